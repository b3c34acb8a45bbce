/**
 * One remembered classification with everything needed to cite or re-check it later:
 * where the image came from, a fingerprint of the exact pixels the model saw, and which
 * model (by checksum) on which backend said what. Pure: ids and times are passed in.
 */
import type { Classification, ImageDigest, InputCheck, ViewAgreement } from './types';

export type { ImageDigest };

/** How a classification was started. New entry points add their own word here. */
export type HistorySource = 'popup' | 'context-menu' | 'keyboard' | 'page-batch' | 'region' | 'tile-map';

/** A rectangle in the source image's pixels (a crop, a region, or one tile of a tile map). */
export interface PixelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What an entry point knows about the image it classified; the rest comes from the result. */
export interface Provenance {
  source: HistorySource;
  page?: { url: string; title: string };
  /** The image's own URL (http(s), or "data: URL image" / "blob: URL image" for those). */
  imageUrl?: string;
  /** The file name of an uploaded, dropped or pasted image. */
  fileName?: string;
  /** The part of the image that was classified, when it was not all of it. */
  crop?: PixelRect;
  /** The tile of a tile map this entry is, with the map's grid position. */
  tile?: PixelRect & { column: number; row: number };
}

export interface ModelIdentity {
  name: string;
  version: string;
  /** sha256 (hex) over the model's weight-file hashes (see modelChecksum). */
  checksum: string;
}

export interface HistoryEntry {
  id: string;
  /** ISO 8601 time the result arrived. */
  time: string;
  provenance: Provenance;
  /** Size of the image classified, before resizing to the model input. */
  imageSize: { width: number; height: number };
  imageSha256: string;
  thumbnail: string;
  topLabel: string;
  topDisplayName: string;
  /** Every class in the model's label order. */
  probabilities: { label: string; displayName: string; probability: number }[];
  model: ModelIdentity;
  extension: { name: string; version: string };
  backend: string;
  inputCheck?: InputCheck;
  agreement?: ViewAgreement;
}

export interface EntryContext {
  id: string;
  time: Date;
  model: ModelIdentity;
  extension: { name: string; version: string };
}

export function makeHistoryEntry(
  result: Classification,
  provenance: Provenance,
  context: EntryContext,
): HistoryEntry {
  return {
    id: context.id,
    time: context.time.toISOString(),
    provenance,
    imageSize: { width: result.source.width, height: result.source.height },
    imageSha256: result.digest?.sha256 ?? '',
    thumbnail: result.digest?.thumbnail ?? '',
    topLabel: result.top.label,
    topDisplayName: result.top.displayName,
    probabilities: result.probabilities.map(({ label, displayName, probability }) => ({ label, displayName, probability })),
    model: context.model,
    extension: context.extension,
    backend: result.backend,
    ...(result.inputCheck ? { inputCheck: result.inputCheck } : {}),
    ...(result.agreement ? { agreement: result.agreement } : {}),
  };
}
