/** Every figure the docs quote about shifted images comes from the committed results. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCKS, fillBlock } from '../../scripts/trust/generalisation-numbers';
import { ROOT } from '../helpers/node-model';

describe('quoted generalisation numbers', () => {
  it.each(BLOCKS.map((b) => [`${b.file} (${b.name})`, b] as const))('%s matches the results files', (_, b) => {
    const doc = readFileSync(join(ROOT, b.file), 'utf8');
    expect(doc).toBe(fillBlock(doc, b.name, b.body(ROOT)));
  });
});

/** Every percentage with one decimal anywhere in a JSON value or a training log line, formatted as the docs write it. */
function percentagesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/-?\d+\.\d+(e-?\d+)?/g)) {
    const v = Number(m[0]);
    if (v >= 0 && v <= 1) out.add(`${(v * 100).toFixed(1)} %`);
  }
  return out;
}

describe('prose figures in docs/GENERALISATION.md', () => {
  it('each "NN.N %" is a value of the committed results (shift checks, metadata, training logs)', () => {
    const dir = join(ROOT, 'training/artifacts');
    const sources = [
      ...readdirSync(dir).filter((f) => f.startsWith('shift-check-') || f.startsWith('train-run')).map((f) => readFileSync(join(dir, f), 'utf8')),
      readFileSync(join(ROOT, 'model/metadata.json'), 'utf8'),
    ];
    const known = new Set(sources.flatMap((t) => [...percentagesIn(t)]));
    const doc = readFileSync(join(ROOT, 'docs/GENERALISATION.md'), 'utf8');
    const quoted = [...doc.matchAll(/(\d{1,3}\.\d) %/g)].map((m) => `${m[1]} %`);
    expect(quoted.length).toBeGreaterThan(10);
    expect(quoted.filter((q) => !known.has(q))).toEqual([]);
  });
});
