// The protocol between the content script and the result card's frame: a private
// MessageChannel, handed over with a nonce the frame got as its window name, which page script
// cannot read. Any other message to the frame is ignored.
import * as v from 'valibot';
import { bool, fields, oneOf, record, text } from '../core/schema-parts';
import { OverlayStateSchema } from './message-shapes';

export const CARD_PAGE = 'src/card/index.html';

/** Room around the card inside its frame for its shadow (CSS px on each side). */
export const CARD_FRAME_MARGIN = 8;

export const CARD_CHANNEL_KEY = 'lungTissueClassifierCard';

export const CardStateSchema = record({
  kind: v.literal('state'),
  grant: text(100),
  state: OverlayStateSchema,
  tileMap: bool(),
  focus: bool(),
});
export type CardState = v.InferOutput<typeof CardStateSchema>;
export const CardClearSchema = record({ kind: v.literal('clear') });

export type FromCard =
  | { kind: 'size'; width: number; height: number }
  | { kind: 'position'; position: v.InferOutput<typeof OverlayPositionSchema> }
  | { kind: 'close' };

export const OverlayPositionSchema = oneOf(['auto', 'right', 'left', 'over']);
export const FromCardSchema = v.variant('kind', [
  fields({ kind: v.literal('size'), width: v.number(), height: v.number() }),
  fields({ kind: v.literal('position'), position: OverlayPositionSchema }),
  fields({ kind: v.literal('close') }),
]);
