// The README's and the model card's speed line, from one committed `npm run bench` run (the
// latest full run, which also timed the input check): no hand-copied milliseconds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SPEED_RESULTS = 'bench/results/2026-11-30-amd-epyc-2c-input-check.json';

interface Summary { median: number; p10: number; p90: number; n: number }
interface BenchRun {
  machine: { cpu: string; cores: number; browser: string };
  cases: { model: string; backend: string; variant: string; warm: Summary }[];
  rightClick: { warm: Summary; cold: Summary };
  ratios: { wasmCompiled: number | null };
}

export function speedLine(root: string): string {
  const run = JSON.parse(readFileSync(join(root, SPEED_RESULTS), 'utf8')) as BenchRun;
  const find = (variant: string) => {
    const c = run.cases.find((x) => x.model === 'ours' && x.backend === 'wasm' && x.variant === variant);
    if (!c) throw new Error(`${SPEED_RESULTS}: no WASM case '${variant}'`);
    return c.warm;
  };
  const ms = (s: Summary) => `${s.median.toFixed(0)} ms (p10–p90 ${s.p10.toFixed(0)}–${s.p90.toFixed(0)})`;
  const one = find('compiled');
  const tta = find('compiled, TTA 8 views');
  return `Speed (\`npm run bench\`, ${run.machine.browser}, WebAssembly, ${run.machine.cpu} with ${run.machine.cores} cores; \`${SPEED_RESULTS}\`): ` +
    `one image ${ms(one)} warm, with 8-view TTA ${ms(tta)}; right-click to result card ${ms(run.rightClick.warm)} warm, ` +
    `${ms(run.rightClick.cold)} with a cold model host` +
    (run.ratios.wasmCompiled ? `; the original architecture is ${run.ratios.wasmCompiled}× slower in the same run.` : '.');
}
