// One remembered classification with everything needed to cite or re-check it later:
// where the image came from, a fingerprint of the exact pixels the model saw, and which
// model (by checksum) on which backend said what. Pure: ids and times are passed in.
import * as v from 'valibot';
import { finite, list, oneOf, text } from './schema-parts';
import { InputCheckSchema, ViewAgreementSchema, type Classification, type ImageDigest } from './types';

export type { ImageDigest };

const HISTORY_SOURCES = ['popup', 'context-menu', 'keyboard', 'page-batch', 'region', 'tile-map'] as const;
export type HistorySource = (typeof HISTORY_SOURCES)[number];

const PixelRectEntries = { x: finite(), y: finite(), width: finite(), height: finite() };
export type PixelRect = v.InferOutput<v.ObjectSchema<typeof PixelRectEntries, undefined>>;

const ProvenanceSchema = v.object({
  source: oneOf(HISTORY_SOURCES),
  page: v.optional(v.object({ url: text(1 << 16), title: text(1 << 16) })),
  /** The image's own URL (http(s), or "data: URL image" / "blob: URL image" for those). */
  imageUrl: v.optional(text(1 << 16)),
  fileName: v.optional(text(1 << 12)),
  crop: v.optional(v.object(PixelRectEntries)),
  tile: v.optional(v.object({ ...PixelRectEntries, column: finite(), row: finite() })),
});
export type Provenance = v.InferOutput<typeof ProvenanceSchema>;

const ModelIdentitySchema = v.object({
  name: text(1000),
  version: text(1000),
  /** sha256 (hex) over the model's weight-file hashes (see modelChecksum). */
  checksum: text(1000),
});
export type ModelIdentity = v.InferOutput<typeof ModelIdentitySchema>;

export const HistoryEntrySchema = v.object({
  id: text(1000),
  time: text(100),
  provenance: ProvenanceSchema,
  imageSize: v.object({ width: finite(), height: finite() }),
  imageSha256: text(1000),
  thumbnail: text(1 << 20),
  topLabel: text(1000),
  topDisplayName: text(1000),
  probabilities: list(v.object({ label: text(1000), displayName: text(1000), probability: finite() }), 1000),
  model: ModelIdentitySchema,
  extension: v.object({ name: text(1000), version: text(1000) }),
  backend: text(100),
  inputCheck: v.optional(InputCheckSchema),
  agreement: v.optional(ViewAgreementSchema),
});
export type HistoryEntry = v.InferOutput<typeof HistoryEntrySchema>;

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
