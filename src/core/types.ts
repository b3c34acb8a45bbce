import * as v from 'valibot';
import { bool, fields, finite, list, oneOf, text } from './schema-parts';
import { CHECK_REASON_IDS, coreWordsSchema, SHIFT_NOTE_IDS } from './core-words';

/** Raw pixels as canvases give them: RGBA, row-major, 4 bytes per pixel. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray | Uint8Array;
}

/** A classification crosses to the page inside `overlay-update`, so it is a schema; caps are generous, against a broken sender. */

/** The citation quotes the page's address and title, which a page can make as long as it likes. */
const MAX_CITATION = 64 * 1024 * 1024;

export const ClassProbabilitySchema = fields({
  label: text(1000),
  displayName: text(1000),
  probability: finite(),
});
export type ClassProbability = v.InferOutput<typeof ClassProbabilitySchema>;

export const TimingsSchema = fields({
  decodeMs: v.optional(finite()),
  preprocessMs: finite(),
  inferenceMs: finite(),
  totalMs: finite(),
});
export type Timings = v.InferOutput<typeof TimingsSchema>;

export const ImageDigestSchema = fields({
  /** sha256 (hex) of the decoded RGBA pixels the model was given, row-major, 4 bytes a pixel. */
  sha256: text(128),
  /** A small JPEG data: URL (longest side ≤ 80 px) for the history list. */
  thumbnail: text(1 << 20),
});
export type ImageDigest = v.InferOutput<typeof ImageDigestSchema>;

/** When `assessable` is false the UI says "Not assessable" instead of a class. */
export const InputCheckSchema = fields({
  assessable: bool(),
  reason: v.optional(text(2000)),
  reasonWords: v.optional(coreWordsSchema(CHECK_REASON_IDS)),
  /** Share of pixels that look like tissue rather than blank background (0..1). */
  tissueFraction: finite(),
  /** Share of the image within tissue, air spaces between septa included (tissue-coverage.ts); absent in older history. */
  tissueCoverage: v.optional(finite()),
  /** Angles (radians) from the input's H and E stain vectors to the nearest known H&E ones (stain-family.ts). */
  stainDistance: v.optional(v.tuple([finite(), finite()], 'expected two numbers')),
});
export type InputCheck = v.InferOutput<typeof InputCheckSchema>;

export const ViewAgreementSchema = fields({
  views: finite(),
  agreeing: finite(),
  /** What was compared: the 8 flips/rotations (absent) or zoomed-in windows (classify-windows.ts). */
  of: v.optional(oneOf(['views', 'windows'])),
  /** Flips/rotations (TTA) were asked for but not run: the windows were averaged instead. */
  withoutTta: v.optional(bool()),
});
export type ViewAgreement = v.InferOutput<typeof ViewAgreementSchema>;

export const InputShiftSchema = fields({
  /** Stain or magnification unlike the training images: calibrated for shift, never "Likely". */
  unlikeTraining: bool(),
  /** Largest angle (radians) between the input's stain vectors and the training stain; null: not measured. */
  stainAngle: v.nullable(finite()),
  /** Nucleus size at the model's input as a fraction of the training images'; null: not measured. */
  relativeScale: v.nullable(finite()),
  /** Windows cut at the training scale and averaged (0: the whole image was classified). */
  zoomWindows: finite(),
  /** Distance of the model's features from the training images' (feature-score.ts); absent: not measured. */
  featureDistance: v.optional(finite()),
  /** Stain distance from the nearest known H&E stains, in refusal angles (stain-family.ts); absent: not measured. */
  stainFamilyRatio: v.optional(finite()),
  /** Flagged unlike the H&E images the model was trained on (feature score or stain family). */
  unlikeHe: v.optional(bool()),
  notes: list(text(2000), 50),
  noteWords: v.optional(list(coreWordsSchema(SHIFT_NOTE_IDS), 50)),
});
export type InputShift = v.InferOutput<typeof InputShiftSchema>;

export const ClassificationSchema = fields({
  probabilities: list(ClassProbabilitySchema, 1000),
  top: ClassProbabilitySchema,
  backend: text(100),
  timings: TimingsSchema,
  /** `labelsGuessed`: the class names are the importer's guess (metadata.json), shown on every result. */
  model: fields({ name: text(1000), version: text(1000), labelsGuessed: v.optional(v.literal(true, 'expected true')) }),
  source: fields({ width: finite(), height: finite() }),
  inputCheck: v.optional(InputCheckSchema),
  shift: v.optional(InputShiftSchema),
  agreement: v.optional(ViewAgreementSchema),
  citation: v.optional(text(MAX_CITATION)),
  digest: v.optional(ImageDigestSchema),
});
export type Classification = v.InferOutput<typeof ClassificationSchema>;
