/**
 * Numbers that cannot drift: every wording and TTA figure the docs, the README and the
 * model card page quote comes from training/artifacts/wording-bands.json, which is
 * re-derived here from the committed predictions (the documents' tables are blocks,
 * tests/node/docs-blocks.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORDING_THRESHOLDS } from '../../src/core/confidence-wording';
import { softmaxWithTemperature } from '../../src/core/postprocess';
import { summariseWording, type SplitLogits, type WordingSummary } from '../../scripts/trust/wording-bands';
import { ttaGain } from '../../scripts/trust/wording-docs';
import { readMetadata, ROOT } from '../helpers/node-model';

const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');
const committed = JSON.parse(read('training/artifacts/wording-bands.json')) as WordingSummary;
const predictions = JSON.parse(read('training/artifacts/tfjs-predictions.json')) as Record<'val' | 'test', SplitLogits>;
const meta = readMetadata();

describe('wording and TTA figures', () => {
  it('the committed summary is what the predictions and the model temperature give', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(summariseWording(predictions, meta.temperature, softmaxWithTemperature))));
  });

  it('the thresholds in the code are the summary’s', () => {
    expect(committed.thresholds).toEqual({ single: { ...WORDING_THRESHOLDS.single }, tta: { ...WORDING_THRESHOLDS.tta } });
  });

  it('README and docs/TRUST.md quote the TTA effect the summary gives', () => {
    const gain = ttaGain(committed);
    expect(read('README.md')).toContain(`(${gain} points test accuracy with model ${meta.version};`);
    const pct = (v: number) => `${(100 * v).toFixed(1)} %`;
    expect(read('docs/TRUST.md')).toContain(`${pct(committed.test.single.accuracy)} → **${pct(committed.test.tta.accuracy)}** (${gain} points)`);
  });

  it('no document or UI string still describes the dropped middle band', () => {
    for (const f of ['README.md', 'docs/TRUST.md', 'model/MODEL_CARD.md', 'src/model-card/ModelCard.tsx', 'src/options/Options.tsx', '_locales/en/messages.json']) {
      expect(read(f), f).not.toMatch(/Probably[^.\n]{0,40}in between|0\.75 ≤ top/);
    }
  });
});
