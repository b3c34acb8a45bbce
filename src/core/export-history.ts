// History → CSV and JSON files. Every column is documented in docs/EXPORT.md; keep the
// two in step. Probabilities get one column per class, named `p_<label>`, in the model's
// label order.
import { toCsv, type CsvValue } from './csv';
import type { HistoryEntry } from './history-entry';

export const HISTORY_FORMAT = 'lung-tissue-classifier-history';
export const EXPORT_VERSION = 1;

export function labelsOf(entries: readonly { probabilities: { label: string }[] }[]): string[] {
  const labels: string[] = [];
  for (const e of entries) for (const p of e.probabilities) if (!labels.includes(p.label)) labels.push(p.label);
  return labels;
}

const FIXED_BEFORE = [
  'id', 'time', 'source', 'page_url', 'page_title', 'image_url', 'file_name', 'image_width', 'image_height',
  'image_sha256', 'crop_x', 'crop_y', 'crop_width', 'crop_height', 'tile_column', 'tile_row', 'top_class', 'top_probability',
] as const;
const FIXED_AFTER = [
  'model_name', 'model_version', 'model_checksum', 'extension_version', 'backend',
  'assessable', 'not_assessable_reason', 'tissue_fraction', 'tta_views', 'tta_agreeing',
] as const;

export function historyCsvHeader(labels: readonly string[]): string[] {
  return [...FIXED_BEFORE, ...labels.map((l) => `p_${l}`), ...FIXED_AFTER];
}

function row(e: HistoryEntry, labels: readonly string[]): CsvValue[] {
  const p = e.provenance;
  const area = p.tile ?? p.crop;
  const top = e.probabilities.find((x) => x.label === e.topLabel);
  return [
    e.id, e.time, p.source, p.page?.url, p.page?.title, p.imageUrl, p.fileName, e.imageSize.width, e.imageSize.height,
    e.imageSha256, area?.x, area?.y, area?.width, area?.height, p.tile?.column, p.tile?.row, e.topLabel, top?.probability,
    ...labels.map((l) => e.probabilities.find((x) => x.label === l)?.probability),
    e.model.name, e.model.version, e.model.checksum, e.extension.version, e.backend,
    e.inputCheck ? e.inputCheck.assessable : undefined, e.inputCheck?.reason, e.inputCheck?.tissueFraction,
    e.agreement?.views, e.agreement?.agreeing,
  ];
}

export function historyToCsv(entries: readonly HistoryEntry[]): string {
  const labels = labelsOf(entries);
  return toCsv(historyCsvHeader(labels), entries.map((e) => row(e, labels)));
}

export function historyToJson(entries: readonly HistoryEntry[], exportedAt: Date): string {
  return `${JSON.stringify({ format: HISTORY_FORMAT, version: EXPORT_VERSION, exported: exportedAt.toISOString(), entries }, null, 2)}\n`;
}
