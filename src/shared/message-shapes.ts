// The shapes inside messages, as valibot schemas: one definition each, types inferred, checked
// by `dispatch` before any handler, sizes capped against a page or a broken sender. Plain JSON
// (sendMessage serialises): image bytes travel as base64 on purpose.
import * as v from 'valibot';
import { fields, num, oneOf, record, text } from '../core/schema-parts';
import { ClassificationSchema, type Classification } from '../core/types';
import { ErrorInfoSchema } from './errors';
import { MAX_FILE_BYTES } from '../core/image-limits';

export const MAX_BASE64 = 64 * 1024 * 1024;

export const BACKEND_PREFERENCES = ['auto', 'webgpu', 'wasm'] as const;
export const BackendPreferenceSchema = oneOf(BACKEND_PREFERENCES);
export type BackendPreference = v.InferOutput<typeof BackendPreferenceSchema>;

export const INPUT_CHECK_LEVELS = ['off', 'lenient', 'standard', 'strict'] as const;
export type InputCheckStrictness = (typeof INPUT_CHECK_LEVELS)[number];

export const RunOptionsSchema = record({ tta: v.boolean('expected a boolean'), inputCheck: oneOf(INPUT_CHECK_LEVELS) });
export type RunOptions = v.InferOutput<typeof RunOptionsSchema>;

export const EncodedImageSchema = record({
  base64: text(MAX_BASE64),
  mimeType: text(200),
  name: text(4096),
});
export type EncodedImage = v.InferOutput<typeof EncodedImageSchema>;

/** The 40 MiB file cap in base64, refused on arrival whatever the page's script did. */
export const MAX_BLOB_BASE64 = Math.ceil(MAX_FILE_BYTES / 3) * 4;
export const BlobImageSchema = record({ base64: text(MAX_BLOB_BASE64), mimeType: text(200), name: text(4096) });

export const GrantIdSchema = v.pipe(v.string('expected a grant id'), v.regex(/^[\w-]{1,64}$/, 'expected a grant id'));
export const GrantRefSchema = record({ grant: GrantIdSchema });
export type GrantRef = v.InferOutput<typeof GrantRefSchema>;

/** Image bytes (popup) or a card's grant: a page never names an address for the extension to read. */
export const ExplainSourceSchema = v.union(
  [record({ image: EncodedImageSchema }), GrantRefSchema],
  'expected image bytes or a grant id',
);
export type ExplainSource = v.InferOutput<typeof ExplainSourceSchema>;

const PX = 1e6;
export const RectSchema = record({ x: num(-PX, PX), y: num(-PX, PX), width: num(0, PX), height: num(0, PX) });

export const RegionActionSchema = oneOf(['classify', 'tile-map']);
export type RegionAction = v.InferOutput<typeof RegionActionSchema>;

const regionSelectionEntries = {
  rect: RectSchema,
  viewport: record({ width: num(1, PX), height: num(1, PX) }),
  scroll: record({ x: num(-PX * 100, PX * 100), y: num(-PX * 100, PX * 100) }),
  devicePixelRatio: num(0.1, 16),
  action: RegionActionSchema,
};
export const RegionSelectionSchema = record(regionSelectionEntries);
export type RegionSelection = v.InferOutput<typeof RegionSelectionSchema>;
export const GrantedRegionSelectionSchema = record({ ...regionSelectionEntries, grant: GrantIdSchema });

export const TileMapSourceSchema = v.union(
  [record({ storedId: GrantIdSchema }), record({ srcUrl: text(MAX_BASE64) })],
  'expected srcUrl or storedId',
);
export type TileMapSource = v.InferOutput<typeof TileMapSourceSchema>;

export const OverlayStateSchema = v.variant(
  'kind',
  [
    fields({ kind: v.literal('loading'), stage: oneOf(['reading-image', 'loading-model', 'classifying']) }),
    fields({ kind: v.literal('result'), result: ClassificationSchema }),
    fields({ kind: v.literal('error'), error: ErrorInfoSchema }),
  ],
  'unknown overlay state',
);
export type OverlayState = v.InferOutput<typeof OverlayStateSchema>;

export const OverlayUpdateSchema = record({
  requestId: text(100),
  /** The image to put the card beside: only in a request's first update, so a `data:` image crosses once. */
  srcUrl: v.optional(text(MAX_BASE64)),
  state: OverlayStateSchema,
  focus: v.optional(v.boolean('expected true or false')),
  region: v.optional(RectSchema),
  tileMap: v.optional(TileMapSourceSchema),
});
export type OverlayUpdate = v.InferOutput<typeof OverlayUpdateSchema>;

const int = (min: number, max: number) => v.pipe(num(min, max), v.integer(`expected a whole number from ${min} to ${max}`));
/** A tile-map window in the stored image's pixels: the host cuts it from its own decoded copy, so no pixels cross a message. */
export const TileWindowSchema = record({ x: int(0, PX), y: int(0, PX), size: int(1, PX) });
export type TileWindow = v.InferOutput<typeof TileWindowSchema>;
const MAX_WINDOWS_PER_MESSAGE = 64;
const windowsMessage = `expected 1 to ${MAX_WINDOWS_PER_MESSAGE} tile windows`;
export const TileWindowsSchema = v.pipe(
  v.array(TileWindowSchema, windowsMessage),
  v.minLength(1, windowsMessage),
  v.maxLength(MAX_WINDOWS_PER_MESSAGE, windowsMessage),
);
export interface TileVerdict {
  tissueFraction: number;
  result: Classification | null;
}
