/** The Markdown tables printed at the end of a run (pasted into docs/PERFORMANCE.md). */
import type { Latency } from './latency';
import { isSoftware, type CaseResult } from './model-case';

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
  ].join('\n');
}

