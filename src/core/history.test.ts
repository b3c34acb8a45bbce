import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationLine } from './citation';
import { csvField, toCsv } from './csv';
import { historyCsvHeader, historyToCsv, historyToJson } from './export-history';
import { tileMapToCsv, tileMapToJson, type TileMapExport } from './export-tile-map';
import { makeHistoryEntry, type HistoryEntry } from './history-entry';
import { addToHistory, HISTORY_CAP, parseHistory, removeFromHistory } from './history-list';
import { modelChecksum, modelChecksumInput } from './model-checksum';
import type { Classification } from './types';

const probs = [
  { label: 'adenocarcinoma', displayName: 'Adenocarcinoma', probability: 0.912 },
  { label: 'benign', displayName: 'Benign tissue', probability: 0.051 },
  { label: 'squamous_cell_carcinoma', displayName: 'Squamous cell carcinoma', probability: 0.037 },
];
const result: Classification & { digest: { sha256: string; thumbnail: string } } = {
  probabilities: probs,
  top: probs[0],
  backend: 'wasm',
  timings: { preprocessMs: 1, inferenceMs: 2, totalMs: 3 },
  model: { name: 'convnext-lung', version: '1.0.0' },
  source: { width: 768, height: 768 },
  digest: { sha256: 'ab'.repeat(32), thumbnail: 'data:image/jpeg;base64,xx' },
};
const context = {
  id: 'e1',
  time: new Date('2026-11-25T20:31:00.000Z'),
  model: { name: 'convnext-lung', version: '1.0.0', checksum: 'cd'.repeat(32) },
  extension: { name: 'Lung Tissue Classifier', version: '0.1.0' },
};
const entry = (id: string, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
  ...makeHistoryEntry(result, { source: 'context-menu', imageUrl: 'https://example.org/fig, "2".jpg', page: { url: 'https://example.org/paper', title: 'A "quoted", title\nwith a line break' } }, { ...context, id }),
  ...extra,
});

describe('history entries', () => {
  it('carry class, every probability, provenance, pixel and model fingerprints', () => {
    const e = entry('e1');
    expect(e.time).toBe('2026-11-25T20:31:00.000Z');
    expect(e.topLabel).toBe('adenocarcinoma');
    expect(e.probabilities.map((p) => p.probability)).toEqual([0.912, 0.051, 0.037]);
    expect(e.imageSha256).toBe('ab'.repeat(32));
    expect(e.thumbnail).toMatch(/^data:image\/jpeg/);
    expect(e.model.checksum).toBe('cd'.repeat(32));
    expect(e.imageSize).toEqual({ width: 768, height: 768 });
    expect(e.provenance.page?.url).toBe('https://example.org/paper');
    expect('inputCheck' in e).toBe(false);
  });

  it('are kept newest first, capped, deletable, and parsed defensively', () => {
    let list: HistoryEntry[] = [];
    for (let i = 0; i < HISTORY_CAP + 5; i++) list = addToHistory(list, entry(`e${i}`));
    expect(list).toHaveLength(HISTORY_CAP);
    expect(list[0].id).toBe(`e${HISTORY_CAP + 4}`);
    expect(list.at(-1)!.id).toBe('e5');
    expect(addToHistory(list, entry('e7')).filter((e) => e.id === 'e7')).toHaveLength(1);
    expect(removeFromHistory(list, 'e10').some((e) => e.id === 'e10')).toBe(false);
    expect(parseHistory([entry('a'), null, { id: 3 }, 'x'])).toHaveLength(1);
    expect(parseHistory(undefined)).toEqual([]);
  });
});

describe('CSV (RFC 4180)', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-0.5)).toBe('-0.5');
    expect(csvField(undefined)).toBe('');
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });

  it('history CSV has one documented column per field and a probability per class', () => {
    const csv = historyToCsv([entry('e1'), entry('e2', { inputCheck: { assessable: false, reason: 'too little tissue', tissueFraction: 0.1 } })]);
    const header = historyCsvHeader(['adenocarcinoma', 'benign', 'squamous_cell_carcinoma']);
    expect(csv.split('\r\n')[0]).toBe(header.join(','));
    expect(csv).toContain('"https://example.org/fig, ""2"".jpg"');
    expect(csv).toContain('"A ""quoted"", title\nwith a line break"');
    expect(csv).toContain(',0.912,0.051,0.037,convnext-lung,1.0.0,');
    expect(csv).toContain(',false,too little tissue,0.1,,');
    // Every column is documented in docs/EXPORT.md.
    const doc = readFileSync(resolve(import.meta.dirname, '../../docs/EXPORT.md'), 'utf8');
    for (const column of header.filter((h) => !h.startsWith('p_'))) expect(doc, column).toContain(`\`${column}\``);
  });

  it('history JSON is versioned and holds the entries as they are', () => {
    const json = JSON.parse(historyToJson([entry('e1')], new Date('2026-11-25T21:00:00Z')));
    expect(json).toMatchObject({ format: 'lung-tissue-classifier-history', version: 1, exported: '2026-11-25T21:00:00.000Z' });
    expect(json.entries[0]).toEqual(entry('e1'));
  });
});

describe('tile map export', () => {
  const map: TileMapExport = {
    time: '2026-11-25T21:00:00.000Z',
    image: { url: 'https://example.org/slide.jpg', width: 448, height: 224 },
    labels: ['adenocarcinoma', 'benign', 'squamous_cell_carcinoma'],
    model: context.model,
    backend: 'wasm',
    tiles: [
      { x: 0, y: 0, width: 224, height: 224, label: 'benign', probabilities: [0.1, 0.8, 0.1] },
      { x: 224, y: 0, width: 224, height: 224, label: null, probabilities: [], notAssessableReason: 'blank, background' },
    ],
  };
  it('CSV has a row per tile', () => {
    expect(tileMapToCsv(map)).toBe(
      'x,y,width,height,class,p_adenocarcinoma,p_benign,p_squamous_cell_carcinoma,not_assessable_reason\r\n' +
        '0,0,224,224,benign,0.1,0.8,0.1,\r\n224,0,224,224,,,,,"blank, background"\r\n',
    );
  });
  it('JSON carries the format name and everything given', () => {
    expect(JSON.parse(tileMapToJson(map))).toEqual({ format: 'lung-tissue-classifier-tile-map', version: 1, ...map });
  });
});

describe('citation line', () => {
  it('names extension, model checksum, verdict, all classes, the image, page and time', () => {
    expect(citationLine(entry('e1'))).toBe(
      'Lung Tissue Classifier 0.1.0 (model convnext-lung 1.0.0, sha256 cdcdcdcdcdcdcdcd, wasm): Adenocarcinoma 91.2 % ' +
        '(Benign tissue 5.1 %, Squamous cell carcinoma 3.7 %) — https://example.org/fig, "2".jpg, "A "quoted", title with a line break", ' +
        'https://example.org/paper, pixels sha256 abababababababab, classified 2026-11-25T20:31:00.000Z. Research use only, not a diagnosis.',
    );
  });
  it('says not assessable instead of a class when the input check refused the image', () => {
    expect(citationLine(entry('e1', { inputCheck: { assessable: false, reason: 'too little tissue', tissueFraction: 0.05 } })))
      .toContain('): not assessable (too little tissue) — ');
  });
});

describe('model checksum', () => {
  it('is sha256 over "<file> <sha256>" lines of the bundled metadata', async () => {
    const metadata = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../model/metadata.json'), 'utf8'));
    const expected = createHash('sha256').update(modelChecksumInput(metadata)).digest('hex');
    expect(await modelChecksum(metadata)).toBe(expected);
    expect(modelChecksumInput(metadata).split('\n')[0]).toBe(`model.json ${metadata.weights[0].sha256}`);
  });
});
