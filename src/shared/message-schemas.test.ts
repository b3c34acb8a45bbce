// One definition per message shape: the checks and the types come from the same schemas. Runtime
// half here; the type half is checked by `npm run typecheck`.
import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Rect } from '../core/region-crop';
import type { Classification, ClassProbability } from '../core/types';
import type { showOverlayUpdate } from '../content/overlay-manager';
import { VALID_REQUESTS } from '../../tests/helpers/valid-requests';
import type { HandlerRegistry } from './dispatch';
import type { ErrorCode, ErrorInfo } from './errors';
import { RectSchema } from './message-shapes';
import {
  MESSAGES,
  defineMessages,
  envelope,
  returns,
  type BackendPreference,
  type GrantRef,
  type OverlayState,
  type OverlayUpdate,
  type RegionSelection,
  type RequestOf,
  type ResponseOf,
  type TileVerdict,
  type TileWindow,
} from './messages';
import type { Settings } from './settings';
import { validateEnvelope } from './validate-message';

const result: Classification = {
  probabilities: [
    { label: 'adenocarcinoma', displayName: 'Adenocarcinoma', probability: 0.02 },
    { label: 'benign', displayName: 'Benign tissue', probability: 0.95 },
    { label: 'squamous_cell_carcinoma', displayName: 'Squamous cell carcinoma', probability: 0.03 },
  ],
  top: { label: 'benign', displayName: 'Benign tissue', probability: 0.95 },
  backend: 'wasm',
  timings: { decodeMs: 3, preprocessMs: 2, inferenceMs: 40, totalMs: 45 },
  model: { name: 'lung', version: '2.0.0' },
  source: { width: 224, height: 224 },
  inputCheck: { assessable: true, tissueFraction: 0.9, stainDistance: [0.1, 0.2] },
  shift: { unlikeTraining: false, stainAngle: null, relativeScale: 1.1, zoomWindows: 0, notes: [] },
  agreement: { views: 8, agreeing: 8 },
  citation: 'cite me',
  digest: { sha256: 'ab'.repeat(32), thumbnail: 'data:image/jpeg;base64,AAAA' },
};
const update = (state: unknown) => ({ type: 'overlay-update', target: 'content', request: { requestId: 'r', srcUrl: 'https://x/y.png', state } });

describe('one schema per message shape', () => {
  it('accepts a complete classification in overlay-update, and every result round-trips through JSON', () => {
    expect(validateEnvelope(envelope('overlay-update', { requestId: 'r', srcUrl: 'u', state: { kind: 'result', result } }))).toMatchObject({ type: 'overlay-update' });
    // The citation quotes the page's address and title: a long one must not silence the card.
    const longCitation = { ...result, citation: `Lung Tissue Classifier — https://slides.example/view?${'q'.repeat(100_000)}` };
    expect(validateEnvelope(envelope('overlay-update', { requestId: 'r', srcUrl: 'u', state: { kind: 'result', result: longCitation } }))).toMatchObject({ type: 'overlay-update' });
    expect(validateEnvelope(JSON.parse(JSON.stringify(update({ kind: 'result', result }))))).toMatchObject({ type: 'overlay-update' });
  });

  // Each of these passed the hand-written check ("result: an object"); the card then drew
  // whatever it was given.
  it.each([
    ['an empty object', {}, /state: result: probabilities: missing/],
    ['probabilities that are not a list', { ...result, probabilities: 'all of them' }, /result: probabilities: expected an array/],
    ['a probability that is not a number', { ...result, top: { ...result.top, probability: '95 %' } }, /result: top: probability: expected a number/],
    ['a NaN that JSON turned into null', { ...result, top: { ...result.top, probability: null } }, /result: top: probability/],
    ['no model', { ...result, model: undefined }, /result: model/],
    ['an input check without tissueFraction', { ...result, inputCheck: { assessable: false } }, /result: inputCheck: tissueFraction: missing/],
    ['shift notes that are not strings', { ...result, shift: { ...result.shift, notes: [{ html: '<img onerror>' }] } }, /result: shift: notes\[0\]: expected a string/],
    ['a 2 MB display name', { ...result, top: { ...result.top, displayName: 'x'.repeat(2e6) } }, /displayName: expected a string of at most 1000/],
    ['labelsGuessed: false', { ...result, model: { ...result.model, labelsGuessed: false } }, /labelsGuessed/],
  ])('refuses a result with %s', (_what, bad, reason) => {
    expect(validateEnvelope(update({ kind: 'result', result: bad }))).toMatch(reason);
  });

  it('refuses error states with a code the extension does not have', () => {
    expect(validateEnvelope(update({ kind: 'error', error: { code: 'too-small', message: 'tiny' } }))).toMatchObject({ type: 'overlay-update' });
    expect(validateEnvelope(update({ kind: 'error', error: { code: 'pwned', message: 'x' } }))).toMatch(/state: error: code: expected one of/);
    expect(validateEnvelope(update({ kind: 'nothing' }))).toMatch(/state: kind: unknown overlay state/);
  });

  it('refuses arrays where a request object is expected (all-optional requests included)', () => {
    expect(validateEnvelope({ type: 'history-delete', target: 'background', request: [] })).toMatch(/expected an object/);
    expect(validateEnvelope({ type: 'history-list', target: 'background', request: [] })).toMatch(/expected an object/);
  });

  it('every message in the table has a schema that accepts its example request', () => {
    for (const [type, definition] of Object.entries(MESSAGES)) {
      expect(v.safeParse(definition.request, VALID_REQUESTS[type as keyof typeof MESSAGES]).success, type).toBe(true);
    }
  });
});

describe('types inferred from the schemas', () => {
  it('are the ones handlers and the UI use', () => {
    expectTypeOf<Extract<OverlayState, { kind: 'result' }>['result']>().toEqualTypeOf<Classification>();
    expectTypeOf<Extract<OverlayState, { kind: 'error' }>['error']>().toEqualTypeOf<ErrorInfo>();
    expectTypeOf<ErrorInfo['code']>().toEqualTypeOf<ErrorCode>();
    expectTypeOf<Parameters<HandlerRegistry<'content'>['overlay-update']>[0]>().toEqualTypeOf<OverlayUpdate>();
    expectTypeOf<Parameters<typeof showOverlayUpdate>[0]>().toEqualTypeOf<RequestOf<'overlay-update'>>();
    expectTypeOf<Parameters<HandlerRegistry<'background'>['region-selected']>[0]>().toEqualTypeOf<Omit<RegionSelection & GrantRef, never>>();
    expectTypeOf<ReturnType<HandlerRegistry<'background'>['classify-image']>>().toEqualTypeOf<Promise<Classification>>();
    expectTypeOf<ResponseOf<'classify-tiles'>>().toEqualTypeOf<{ verdicts: TileVerdict[] }>();
    expectTypeOf<RequestOf<'classify-tiles'>['windows'][number]>().toEqualTypeOf<TileWindow>();
    // Structural twins stay twins: the message's rect is core's Rect, the settings' backend the message's.
    expectTypeOf<v.InferOutput<typeof RectSchema>>().toEqualTypeOf<Rect>();
    expectTypeOf<OverlayUpdate['region']>().toEqualTypeOf<Rect | undefined>();
    expectTypeOf<Settings['backend']>().toEqualTypeOf<BackendPreference>();
    expectTypeOf<BackendPreference>().toEqualTypeOf<'auto' | 'webgpu' | 'wasm'>();
    expectTypeOf<RequestOf<'open-model-card'>>().toEqualTypeOf<{}>();
    expectTypeOf<Classification['top']>().toEqualTypeOf<ClassProbability>();
    expectTypeOf<ClassProbability>().toEqualTypeOf<{ label: string; displayName: string; probability: number }>();
    expectTypeOf<Classification['model']>().toEqualTypeOf<{ name: string; version: string; labelsGuessed?: true }>();
    expectTypeOf<NonNullable<Classification['shift']>['stainAngle']>().toEqualTypeOf<number | null>();
    expectTypeOf<NonNullable<Classification['inputCheck']>['stainDistance']>().toEqualTypeOf<[number, number] | undefined>();
  });

  it('a message without a sender policy, or open to unknown senders, does not compile', () => {
    const request = v.object({});
    defineMessages({ ok: { target: 'background', from: ['popup'], request, response: returns<number>() } });
    // @ts-expect-error `from` (the sender policy) is missing
    defineMessages({ noPolicy: { target: 'background', request, response: returns<number>() } });
    // @ts-expect-error 'unknown' senders may send nothing
    defineMessages({ open: { target: 'background', from: ['unknown'], request, response: returns<number>() } });
    // @ts-expect-error a request needs a schema, not a type
    defineMessages({ noSchema: { target: 'background', from: ['popup'], request: {}, response: returns<number>() } });
    // A content script's reply is the page's word: it needs a schema, checked on arrival.
    defineMessages({ checked: { target: 'content', from: ['background'], request, response: v.object({ shown: v.boolean() }) } });
    // @ts-expect-error a content script's reply needs a schema, not a type
    defineMessages({ unchecked: { target: 'content', from: ['background'], request, response: returns<number>() } });
  });
});
