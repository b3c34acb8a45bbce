// The "Copy citation" line: what was classified, by which model (checksum) and when, in one
// line of plain text.
import { formatPercent } from './format-percent';
import type { HistoryEntry } from './history-entry';

/** 16 hex digits (64 bits) identify a model or image unambiguously in practice and stay readable. */
export const SHORT_HASH = 16;

/** Page titles can hold line breaks and runs of spaces; a citation is one line. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function citationLine(e: HistoryEntry): string {
  const top = e.probabilities.find((p) => p.label === e.topLabel);
  const others = e.probabilities.filter((p) => p.label !== e.topLabel).map((p) => `${p.displayName} ${formatPercent(p.probability)}`);
  const where = [
    e.provenance.imageUrl ?? e.provenance.fileName ?? 'uploaded image',
    e.provenance.page?.title ? `"${oneLine(e.provenance.page.title)}"` : undefined,
    e.provenance.page?.url && e.provenance.page.url !== e.provenance.imageUrl ? e.provenance.page.url : undefined,
    e.provenance.tile ? `tile x ${e.provenance.tile.x}, y ${e.provenance.tile.y}, ${e.provenance.tile.width}×${e.provenance.tile.height} px`
      : e.provenance.crop ? `crop x ${e.provenance.crop.x}, y ${e.provenance.crop.y}, ${e.provenance.crop.width}×${e.provenance.crop.height} px` : undefined,
    e.imageSha256 ? `pixels sha256 ${e.imageSha256.slice(0, SHORT_HASH)}` : undefined,
    `classified ${e.time}`,
  ].filter((x): x is string => !!x);
  const verdict = e.inputCheck?.assessable === false
    ? `not assessable (${e.inputCheck.reason ?? 'input check'})`
    : `${e.topDisplayName} ${formatPercent(top?.probability ?? 0)}${others.length ? ` (${others.join(', ')})` : ''}`;
  return `${e.extension.name} ${e.extension.version} (model ${e.model.name} ${e.model.version}, sha256 ${e.model.checksum.slice(0, SHORT_HASH)}, ${e.backend}): ` +
    `${verdict} — ${where.join(', ')}. Research use only, not a diagnosis.`;
}
