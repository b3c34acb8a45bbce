/** Raw pixels as canvases give them: RGBA, row-major, 4 bytes per pixel. */
import type { ShiftNoteId } from './input-shift';
import type { CheckReasonId } from './input-check';
import type { CoreWords } from './core-words';
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray | Uint8Array;
}

/** One class with its calibrated probability (0..1). */
export interface ClassProbability {
  label: string;
  displayName: string;
  probability: number;
}

export interface Timings {
  /** File bytes → pixels (set by the inference host, which does the decoding). */
  decodeMs?: number;
  /** Pixel read + resize + normalisation. */
  preprocessMs: number;
  /** Model forward pass including the read-back of the logits. */
  inferenceMs: number;
  /** Everything the inference host did for this request. */
  totalMs: number;
}

export interface Classification {
  /** All classes in the model's label order (stable order for bars). */
  probabilities: ClassProbability[];
  /** The most probable class. */
  top: ClassProbability;
  backend: string;
  timings: Timings;
  /** `labelsGuessed`: the class names are the importer's guess (metadata.json), shown on every result. */
  model: { name: string; version: string; labelsGuessed?: true };
  /** Size of the image that was classified, before resizing to the model input. */
  source: { width: number; height: number };
  /** The is-this-H&E check, when it ran. */
  inputCheck?: InputCheck;
  /** How far the input is from the training images (stain, magnification); models that measure it. */
  shift?: InputShift;
  /** Present when test-time augmentation produced the probabilities. */
  agreement?: ViewAgreement;
  /** One plain-text line to cite this result (tool, model checksum, class, source, time), added by the background. */
  citation?: string;
  /** Fingerprint and thumbnail of the pixels classified, added by the inference host (for history). */
  digest?: ImageDigest;
}

/** What the inference host, which holds the decoded pixels, records about them. */
export interface ImageDigest {
  /** sha256 (hex) of the decoded RGBA pixels the model was given, row-major, 4 bytes a pixel. */
  sha256: string;
  /** A small JPEG data: URL (longest side ≤ 80 px) for the history list. */
  thumbnail: string;
}

/**
 * Whether an image looks like something the model can judge (an H&E tissue image).
 * When `assessable` is false the UI says "Not assessable: <reason>" instead of a class.
 */
export interface InputCheck {
  assessable: boolean;
  /** Short, user-facing reason when not assessable ("too little tissue", "colours unlike H&E"). */
  reason?: string;
  /** The same reason as an id and figures, for the UI to word from _locales. */
  reasonWords?: CoreWords<CheckReasonId>;
  /** Share of pixels that look like tissue rather than blank background (0..1). */
  tissueFraction: number;
  /** Angles (radians) from the input's H and E stain vectors to the nearest known H&E ones (stain-family.ts). */
  stainDistance?: [number, number];
}

/** Agreement of the test-time-augmented views ("8 of 8 views agree"). */
export interface ViewAgreement {
  views: number;
  agreeing: number;
  /** What was compared: the 8 flips/rotations (absent) or zoomed-in windows (classify-windows.ts). */
  of?: 'views' | 'windows';
}

/** What was measured about an input's distance from the training images (input-shift.ts). */
export interface InputShift {
  /** Stain or magnification unlike the training images: calibrated for shift, never "Likely". */
  unlikeTraining: boolean;
  /** Largest angle (radians) between the input's stain vectors and the training stain; null: not measured. */
  stainAngle: number | null;
  /** Nucleus size at the model's input as a fraction of the training images'; null: not measured. */
  relativeScale: number | null;
  /** Windows cut at the training scale and averaged (0: the whole image was classified). */
  zoomWindows: number;
  /** Distance of the model's features from the training images' (feature-score.ts); absent: not measured. */
  featureDistance?: number;
  /** One plain sentence per finding, for the result card. */
  notes: string[];
  /** The same notes as ids and figures, for the UI to word from _locales. */
  noteWords?: CoreWords<ShiftNoteId>[];
}
