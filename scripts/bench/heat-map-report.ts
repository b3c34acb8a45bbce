/** The heat-map block of docs/PERFORMANCE.md, from bench/results/heat-map-node.json. */
import type { MachineInfo } from './machine';
import type { Summary } from './stats';

export interface HeatMapResult {
  date: string;
  commit: string;
  machine: MachineInfo;
  tfjs: string;
  /** Milliseconds per map from decoded pixels, warm, per method. */
  timings: { method: string; backend: string; grid: string; ms: Summary }[];
  /** Largest |mean of the per-position contributions − logit| over the fixtures. */
  parityMaxAbs: number;
  /** Spearman's rank correlation with Grad-CAM per comparison, over the tissue fixtures. */
  agreement: { against: string; fixtures: number; median: number; min: number; max: number }[];
}

const f = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));

export function heatMapBlock(r: HeatMapResult): string {
  const rows = r.timings.map((t) => `| ${t.method} | ${t.backend} | ${t.grid} | **${f(t.ms.median)}** | ${f(t.ms.p10)}–${f(t.ms.p90)} | ${t.ms.n} |`);
  const agree = r.agreement.map((a) => `| ${a.against} | ${a.median.toFixed(2)} | ${a.min.toFixed(2)} – ${a.max.toFixed(2)} | ${a.fixtures} |`);
  return [
    `Measured by \`npm run bench:heat-map\` in Node (tfjs ${r.tfjs}, WASM single-threaded SIMD as in the extension), ${r.date}, ${r.machine.cores}-core ${r.machine.cpu}, commit \`${r.commit}\`: raw data [\`bench/results/heat-map-node.json\`](../bench/results/heat-map-node.json). Each time is one map of the top class from decoded pixels, warm (one untimed run first).`,
    '',
    '| method | backend | grid | median ms | p10–p90 | n |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    `Exactness: the per-position contributions average back to the logits within **${r.parityMaxAbs.toExponential(1)}** (largest over the 12 tissue fixtures; \`tests/node/class-activation-map.test.ts\` requires ≤ 1e-4).`,
    '',
    '| rank correlation (Spearman) of the class-activation map with | median | min – max | fixtures |',
    '|---|---|---|---|',
    ...agree,
  ].join('\n');
}
