import * as v from 'valibot';
import { bool, fields, finite, list, oneOf, text } from './schema-parts';
import { CHECK_REASON_IDS, coreWordsSchema, SHIFT_NOTE_IDS } from './core-words';

/** Raw pixels as canvases give them: RGBA, row-major, 4 bytes per pixel. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray | Uint8Array;
}

/**
 * A classification crosses the messaging boundary inside `overlay-update` (background →
 * content script), so its shape is a schema and the types below are inferred from it: the
 * check the content script runs and the type every module uses are one definition.
 * Only the background sends it, so the limits are generous caps against a broken sender,
 * never lower than what the background can legitimately produce (a silent refusal would
 * leave the card loading).
 */

/** The citation quotes the page's address and title, which a page can make as long as it likes. */
const MAX_CITATION = 64 * 1024 * 1024;

/** One class with its calibrated probability (0..1). */
export const ClassProbabilitySchema = fields({
  /** Class names come from the model's metadata.json (an imported model's may be guesses). */
  label: text(1000),
  displayName: text(1000),
  probability: finite(),
});
export type ClassProbability = v.InferOutput<typeof ClassProbabilitySchema>;

export const TimingsSchema = fields({
  /** File bytes → pixels (set by the inference host, which does the decoding). */
  decodeMs: v.optional(finite()),
  /** Pixel read + resize + normalisation. */
  preprocessMs: finite(),
  /** Model forward pass including the read-back of the logits. */
  inferenceMs: finite(),
  /** Everything the inference host did for this request. */
  totalMs: finite(),
});
export type Timings = v.InferOutput<typeof TimingsSchema>;

/** What the inference host, which holds the decoded pixels, records about them. */
export const ImageDigestSchema = fields({
  /** sha256 (hex) of the decoded RGBA pixels the model was given, row-major, 4 bytes a pixel. */
  sha256: text(128),
  /** A small JPEG data: URL (longest side ≤ 80 px) for the history list. */
  thumbnail: text(1 << 20),
});
export type ImageDigest = v.InferOutput<typeof ImageDigestSchema>;

/**
 * Whether an image looks like something the model can judge (an H&E tissue image).
 * When `assessable` is false the UI says "Not assessable: <reason>" instead of a class.
 */
export const InputCheckSchema = fields({
  assessable: bool(),
  /** Short, user-facing reason when not assessable ("too little tissue", "colours unlike H&E"). */
  reason: v.optional(text(2000)),
  /** The same reason as an id and figures, for the UI to word from _locales. */
  reasonWords: v.optional(coreWordsSchema(CHECK_REASON_IDS)),
  /** Share of pixels that look like tissue rather than blank background (0..1). */
  tissueFraction: finite(),
  /** Share of the image within tissue, air spaces between septa included (tissue-coverage.ts); absent in older history. */
  tissueCoverage: v.optional(finite()),
  /** Angles (radians) from the input's H and E stain vectors to the nearest known H&E ones (stain-family.ts). */
  stainDistance: v.optional(v.tuple([finite(), finite()], 'expected two numbers')),
});
export type InputCheck = v.InferOutput<typeof InputCheckSchema>;

/** Agreement of the test-time-augmented views ("8 of 8 views agree"). */
export const ViewAgreementSchema = fields({
  views: finite(),
  agreeing: finite(),
  /** What was compared: the 8 flips/rotations (absent) or zoomed-in windows (classify-windows.ts). */
  of: v.optional(oneOf(['views', 'windows'])),
  /** Flips/rotations (TTA) were asked for but not run: the windows were averaged instead. */
  withoutTta: v.optional(bool()),
});
export type ViewAgreement = v.InferOutput<typeof ViewAgreementSchema>;

/** What was measured about an input's distance from the training images (input-shift.ts). */
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
  /** Distance of the input's stain from the nearest known H&E stains, in units of the refusal angle (stain-family.ts); absent: not measured. */
  stainFamilyRatio: v.optional(finite()),
  /** Flagged "unlike the H&E images the model was trained on" (by the feature score or the stain family ratio). */
  unlikeHe: v.optional(bool()),
  /** One plain sentence per finding, for the result card. */
  notes: list(text(2000), 50),
  /** The same notes as ids and figures, for the UI to word from _locales. */
  noteWords: v.optional(list(coreWordsSchema(SHIFT_NOTE_IDS), 50)),
});
export type InputShift = v.InferOutput<typeof InputShiftSchema>;

export const ClassificationSchema = fields({
  /** All classes in the model's label order (stable order for bars). */
  probabilities: list(ClassProbabilitySchema, 1000),
  /** The most probable class. */
  top: ClassProbabilitySchema,
  backend: text(100),
  timings: TimingsSchema,
  /** `labelsGuessed`: the class names are the importer's guess (metadata.json), shown on every result. */
  model: fields({ name: text(1000), version: text(1000), labelsGuessed: v.optional(v.literal(true, 'expected true')) }),
  /** Size of the image that was classified, before resizing to the model input. */
  source: fields({ width: finite(), height: finite() }),
  /** The is-this-H&E check, when it ran. */
  inputCheck: v.optional(InputCheckSchema),
  /** How far the input is from the training images (stain, magnification); models that measure it. */
  shift: v.optional(InputShiftSchema),
  /** Present when test-time augmentation produced the probabilities. */
  agreement: v.optional(ViewAgreementSchema),
  /** One plain-text line to cite this result (tool, model checksum, class, source, time), added by the background. */
  citation: v.optional(text(MAX_CITATION)),
  /** Fingerprint and thumbnail of the pixels classified, added by the inference host (for history). */
  digest: v.optional(ImageDigestSchema),
});
export type Classification = v.InferOutput<typeof ClassificationSchema>;
