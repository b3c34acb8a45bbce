// Renders the "Bundle size" block of docs/PERFORMANCE.md from the recorded results
// (bench/results/bundle-size-*.json, bench/results/firefox-wake.json).
import type { TargetSizes } from './measure-build';

export interface BundleResult {
  label: string;
  commit: string;
  measuredAt: string;
  targets: Record<'chrome' | 'firefox', TargetSizes>;
}

export interface WakeResult {
  measuredAt: string;
  machine: string;
  browser: string;
  cycles: number;
  /** Milliseconds from sending a classification to a suspended event page to its answer. */
  builds: { label: string; commit: string; ms: number[] }[];
}

const kb = (bytes: number) => `${(bytes / 1000).toLocaleString('en', { maximumFractionDigits: 0 })} kB`;
const change = (before: number, after: number) => {
  if (before === 0) return 'new';
  const pct = ((after - before) / before) * 100;
  return `${after - before >= 0 ? '+' : '−'}${kb(Math.abs(after - before))} (${pct >= 0 ? '+' : '−'}${Math.abs(pct).toFixed(0)} %)`;
};

export function quantile(sorted: number[], q: number): number {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (i - lo);
}

function sizeTable(before: BundleResult, after: BundleResult): string {
  const rows: [string, (t: BundleResult['targets']) => number][] = [
    ['Firefox: TF.js chunk the event page imports on first use', (t) => t.firefox.inferenceChunk.bytes],
    ['… gzip (for scale; the browser parses the unzipped bytes)', (t) => t.firefox.inferenceChunk.gzipBytes],
    ['Chrome: offscreen document chunk', (t) => t.chrome.inferenceChunk.bytes],
    ['WebGPU backend chunk, loaded only when a WebGPU adapter exists (both)', (t) => t.firefox.webgpuChunkBytes],
    ['Firefox: all JavaScript', (t) => t.firefox.allJsBytes],
    ['Chrome: all JavaScript', (t) => t.chrome.allJsBytes],
  ];
  return [
    `| minified bytes | before (${before.commit}) | after (${after.commit}) | change |`,
    '|---|---|---|---|',
    ...rows.map(([name, get]) => {
      const [b, a] = [get(before.targets), get(after.targets)];
      return `| ${name} | ${b ? kb(b) : '— (in the chunk above)'} | ${kb(a)} | ${change(b, a)} |`;
    }),
  ].join('\n');
}

function partsTable(before: BundleResult, after: BundleResult): string {
  const b = before.targets.firefox.inferenceChunk.parts;
  const a = after.targets.firefox.inferenceChunk.parts;
  const names = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort((x, y) => (b[y] ?? a[y] ?? 0) - (b[x] ?? a[x] ?? 0));
  return [
    '| in the Firefox TF.js chunk (bytes before minification) | before | after |',
    '|---|---|---|',
    ...names.map((n) => `| \`${n}\` | ${b[n] ? kb(b[n]) : '—'} | ${a[n] ? kb(a[n]) : '—'} |`),
  ].join('\n');
}

function wakeTable(wake: WakeResult): string {
  return [
    `Firefox wake-to-answer (${wake.browser}, ${wake.machine}, ${wake.measuredAt}; ${wake.cycles} cycles per build, builds alternating):`,
    '',
    '| build | median | min | quartiles | max |',
    '|---|---|---|---|---|',
    ...wake.builds.map(({ label, commit, ms }) => {
      const s = [...ms].sort((x, y) => x - y);
      const f = (v: number) => `${Math.round(v)} ms`;
      return `| ${label} (${commit}) | **${f(quantile(s, 0.5))}** | ${f(s[0]!)} | ${f(quantile(s, 0.25))}–${f(quantile(s, 0.75))} | ${f(s[s.length - 1]!)} |`;
    }),
  ].join('\n');
}

export function bundleBlock(before: BundleResult, after: BundleResult, wake?: WakeResult): string {
  return [
    `Measured ${after.measuredAt} by \`npm run bench:bundle\` (production builds through Vite's API, sizes of the emitted files).`,
    '',
    sizeTable(before, after),
    '',
    partsTable(before, after),
    '',
    wake ? wakeTable(wake) : 'Firefox wake-to-answer: not measured yet (`npm run bench:firefox-wake`).',
  ].join('\n');
}
