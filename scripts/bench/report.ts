/** The Markdown tables printed at the end of a run (pasted into docs/PERFORMANCE.md). */
import type { Latency } from './latency';
import type { MachineInfo } from './machine';
import { isSoftware, type CaseResult } from './model-case';
import { summarize } from './stats';

export function ratio(a: CaseResult | undefined, b: CaseResult | undefined): number | null {
  return a && b ? Math.round((a.warm.median / b.warm.median) * 10) / 10 : null;
}

export function markdown(cases: CaseResult[], click: Latency): string {
  const ms = (v: number) => `${v.toFixed(v < 100 ? 1 : 0)}`;
  const rows = cases.map((c) => `| ${c.model === 'ours' ? 'bundled (3.4 M)' : 'original arch. (100.5 M)'} | ${c.backend}${c.backend === 'webgpu' && isSoftware(c.adapter) ? ' (software adapter)' : ''} | ${c.variant} | ${ms(c.loadMs)}${c.reload ? ` (${ms(c.reload.median)})` : ''} | ${ms(c.firstMs)} | **${ms(c.warm.median)}** | ${ms(c.warm.p10)}–${ms(c.warm.p90)} | ${c.warm.n} | ${c.tensors} | ${(c.jsHeapUsedBytes / 1e6).toFixed(0)} | ${c.wasmHeapBytes ? (c.wasmHeapBytes / 1e6).toFixed(0) : '–'} |`);
  return [
    '| model | backend | executor | load ms (reload median) | first ms | warm median ms | p10–p90 | n | tensors | JS heap MB | WASM heap MB |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    '| right-click → overlay (auto → WASM) | median ms | p10–p90 | n |',
    '|---|---|---|---|',
    `| cold offscreen document | **${ms(click.cold.median)}** | ${ms(click.cold.p10)}–${ms(click.cold.p90)} | ${click.cold.n} |`,
    `| warm | **${ms(click.warm.median)}** | ${ms(click.warm.p10)}–${ms(click.warm.p90)} | ${click.warm.n} |`,
    ...inputCheckRows(cases),
  ].join('\n');
}

/** The input check and feature score on the compiled WASM case (issue budget: ≤ 5 ms together). */
function inputCheckRows(cases: CaseResult[]): string[] {
  const c = cases.find((x) => x.inputCheckMs?.length);
  if (!c) return [];
  const ms = (v: number) => v.toFixed(1);
  const row = (name: string, v: number[] | undefined) => {
    if (!v?.length) return [];
    const s = summarize(v);
    return [`| ${name} | **${ms(s.median)}** | ${ms(s.p10)}–${ms(s.p90)} | ${s.n} |`];
  };
  return [
    '',
    `| input check (${c.backend}, compiled) | median ms | p10–p90 | n |`,
    '|---|---|---|---|',
    ...row('colour rules + stain family', c.inputCheckMs),
    ...row('feature score (Mahalanobis)', c.featureScoreMs),
    ...row('forward pass that also returns the features', c.tappedWarmMs),
    ...row('forward pass alone (same page)', c.warmMs),
  ];
}


/** The heat map both ways on the case that timed them (docs/PERFORMANCE.md, heat-map-browser block). */
export function heatMapBlock(cases: CaseResult[], resultsFile: string, machine: MachineInfo): string | null {
  const c = cases.find((x) => x.explainMs);
  if (!c?.explainMs) return null;
  const ms = (v: number) => v.toFixed(v < 100 ? 1 : 0);
  const row = (method: string, backend: string, v: number[]) => {
    const s = summarize(v);
    return `| ${method} | ${backend} | **${ms(s.median)}** | ${ms(s.p10)}–${ms(s.p90)} | ${s.n} |`;
  };
  return [
    `\`npm run bench\` in ${machine.browser ?? 'Chromium'}, ${machine.cores}-core ${machine.cpu}: one heat map of the top class from decoded pixels, warm (one untimed run each first), in the benchmark page with the extension's code; raw data [\`${resultsFile}\`](../${resultsFile}).`,
    '',
    '| heat map | backend | median ms | p10–p90 | n |',
    '|---|---|---|---|---|',
    row('class-activation map (shipped for the bundled model)', c.backend, c.explainMs.classActivation),
    row('Grad-CAM on a CPU-backend copy (before; still used for other heads)', 'cpu', c.explainMs.gradCam),
  ].join('\n');
}
