/** docs/PERFORMANCE.md's cold-start block, from the A/B runs of scripts/bench/cold-click-ab.sh. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { machineWasShared } from '../bench/machine';
import type { Summary } from '../bench/stats';

interface Side { build: string; clickToCard: Summary; steps: { step: string; fromClick: Summary }[] }
interface AB { date: string; what: string; method: string; machine: { cores: number; cpu: string; loadAverageAtEnd: string; browser?: string }; before: Side; after: Side }

const STEP_NAMES: Record<string, string> = {
  document: 'offscreen document starts (image read, document created)',
  'script-start': 'host script runs (HTML, TF.js chunk parsed)',
  request: 'classify request reaches the host',
  'backend-start': 'backend selection starts',
  'backend-ready': 'WASM backend ready (binary fetched, compiled)',
  'weights-fetched': 'model.json and weights fetched',
  'classifier-ready': 'model compiled (and warmed up, before)',
  decoded: 'image decoded (while the model loads)',
  'checks-warm': 'checks compiled on a synthetic image (tried, dropped)',
  'input-checked': 'input check, stain and scale estimates (first request)',
  inferred: 'first inference (XNNPACK operator set-up included)',
  answered: 'answer sent (decode, input check, first inference)',
};

export function coldStartBlock(root: string): string {
  const dir = join(root, 'bench/results');
  const runs = readdirSync(dir).filter((f) => /^cold-click-ab(-[\w-]+)?\.json$/.test(f))
    .map((f) => ({ f, r: JSON.parse(readFileSync(join(dir, f), 'utf8')) as AB }))
    .sort((a, b) => a.r.date.localeCompare(b.r.date));
  const parts: string[] = [];
  for (const { f, r } of runs) {
    const steps = r.after.steps.map((s) => s.step);
    parts.push(
      `**${r.what}** (${r.date.slice(0, 10)}, ${r.machine.cores}-core ${r.machine.cpu}, load average ${r.machine.loadAverageAtEnd} at the end${machineWasShared(r.machine.loadAverageAtEnd) ? ': other jobs shared the machine' : ', otherwise idle'}; [\`bench/results/${f}\`](../bench/results/${f})). ${r.method}.`,
      '',
      '| ms from the click (median, p10–p90) | before | after |',
      '|---|---|---|',
      ...steps.map((step) => {
        const b = r.before.steps.find((s) => s.step === step)?.fromClick;
        const a = r.after.steps.find((s) => s.step === step)!.fromClick;
        return `| ${STEP_NAMES[step] ?? step} | ${b ? `${b.median} (${b.p10}–${b.p90})` : '–'} | ${a.median} (${a.p10}–${a.p90}) |`;
      }),
      `| **card shown** (n = ${r.after.clickToCard.n} each) | **${r.before.clickToCard.median}** (${r.before.clickToCard.p10}–${r.before.clickToCard.p90}) | **${r.after.clickToCard.median}** (${r.after.clickToCard.p10}–${r.after.clickToCard.p90}) |`,
      '',
    );
  }
  return parts.join('\n').trim();
}
