// `npm run bench [-- --quick] [-- --label NAME] [-- --note TEXT]`: the in-browser benchmark.
// Builds on `BENCH=1 vite build` (dist/chrome-bench = the Chrome extension + a benchmark
// page, src/bench/). In real headless Chromium with that extension it measures, per
// backend: model load, first inference, warm inference (median/p10/p90), tensors and heap
// after the runs — for the bundled model and for the original LUCIAN architecture
// (random weights, generated here) — and right-click → overlay latency with a cold and a
// warm offscreen document. Writes bench/results/<date>-<machine>[-label].json (quick
// runs: bench/tmp/) and prints a Markdown table for docs/PERFORMANCE.md.
// --quick: a few iterations, so that CI keeps the harness working; no numbers to keep.
import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, readFileSync, readdirSync, rmSync, copyFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ModelBenchResult } from '../../src/bench/protocol';
import type { ModelMetadata } from '../../src/core/model-metadata';
import { launchWithExtension } from '../../tests/e2e/extension-browser';
import { writeFloat32Copy } from './float32-copy';
import { measureLatency, type Latency } from './latency';
import { loadAverage, machineInfo, machineSlug } from './machine';
import { benchPage, IMAGE, isSoftware, runCase, type CaseResult } from './model-case';
import { ensureOriginalModel, ORIGINAL_CONFIG } from './original-model';
import { heatMapBlock, markdown, ratio } from './report';
import { roundTwoBlock } from './round-two-report';
import { fillBlock } from '../docs/blocks';

const root = resolve(import.meta.dirname, '../..');
const DIST = join(root, 'dist/chrome-bench');

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
const quick = flag('quick');
const RUNS = quick ? 2 : Number(option('runs') ?? 30);
const ORIGINAL_RUNS = quick ? 1 : 5;
const SOFTWARE_GPU_RUNS = quick ? 1 : 3;
const COLD_CLICKS = quick ? 1 : 5;
const WARM_CLICKS = quick ? 2 : 30;
const PROFILE_RUNS = quick ? 1 : 5;
const RELOADS = quick ? 1 : 5;
const EXPLAIN_RUNS = quick ? 1 : 10;

const log = (s: string) => console.log(s);

/** The committed full run from before issue 18's second round, for the side-by-side block. */
const BEFORE_ROUND_TWO = 'bench/results/2026-11-30-amd-epyc-2c.json';

/** The 2- and 4-view subsets chosen on validation by scripts/trust/tta-views.ts. */
const TTA_SUBSETS = [[0, 7], [0, 1, 2, 6]];

function git(...a: string[]): string {
  try { return execFileSync('git', a, { cwd: root, encoding: 'utf8' }).trim(); } catch { return ''; }
}

/** The original model inside the bench build, so it loads from the extension like ours (hard links: no 200 MB copy). */
function placeOriginal(dir: string): string {
  const target = join(DIST, 'bench-models/original');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const f of readdirSync(dir)) {
    if (f === 'stamp.json') continue;
    try { linkSync(join(dir, f), join(target, f)); } catch { copyFileSync(join(dir, f), join(target, f)); }
  }
  return 'bench-models/original/model.json';
}

async function main() {
  if (!existsSync(join(DIST, 'src/bench/index.html'))) throw new Error('dist/chrome-bench has no benchmark page: run `BENCH=1 vite build` (npm run bench does).');
  const meta = JSON.parse(readFileSync(join(root, 'model/metadata.json'), 'utf8')) as Pick<ModelMetadata, 'temperature' | 'input' | 'inputCheck'> & { training: { parameters: number } };
  const original = await ensureOriginalModel(join(root, 'bench/tmp/original'), log);
  const originalUrl = placeOriginal(original.dir);
  writeFloat32Copy(join(root, 'model'), join(DIST, 'bench-models/ours-float32'));
  const machine = machineInfo();
  // Read now: a run on the same day and machine without --label writes over this file.
  const beforeFile = option('before') ?? BEFORE_ROUND_TWO;
  const before = existsSync(join(root, beforeFile)) ? JSON.parse(readFileSync(join(root, beforeFile), 'utf8')) : null;
  const cases: CaseResult[] = [];
  const started = new Date();

  log(`WASM (headless Chromium, ${quick ? 'quick' : `${RUNS} warm runs`}):`);
  const session = await launchWithExtension({ dist: DIST });
  let click: Latency;
  try {
    machine.browser = await session.browser.version();
    cases.push(await runCase(log, session, 'ours', 'model/model.json', { input: meta.input, backend: 'wasm', executor: 'layers', runs: RUNS, profileRuns: quick ? 0 : PROFILE_RUNS }, meta.temperature));
    if (!quick) cases.push(await runCase(log, session, 'ours', 'model/model.json', { input: meta.input, backend: 'wasm', executor: 'compiled', compile: { foldNorms: false }, runs: RUNS }, meta.temperature));
    cases.push(await runCase(log, session, 'ours', 'model/model.json', { input: meta.input, inputCheck: meta.inputCheck, backend: 'wasm', executor: 'compiled', runs: RUNS, profileRuns: PROFILE_RUNS, reloads: RELOADS, explainRuns: EXPLAIN_RUNS }, meta.temperature));
    cases.push(await runCase(log, session, 'ours', 'model/model.json', { input: meta.input, backend: 'wasm', executor: 'compiled', runs: RUNS, tta: true }, meta.temperature, ', TTA 8 views'));
    // Fewer views (issue 18): the subsets scripts/trust/tta-views.ts picked on validation (bench/results/tta-views.json).
    for (const views of TTA_SUBSETS) {
      cases.push(await runCase(log, session, 'ours', 'model/model.json', { input: meta.input, backend: 'wasm', executor: 'compiled', runs: RUNS, tta: true, ttaViews: views }, meta.temperature, `, TTA ${views.length} views`));
    }
    cases.push(await runCase(log, session, 'ours', 'bench-models/ours-float32/model.json', { input: meta.input, backend: 'wasm', executor: 'compiled', runs: RUNS, reloads: RELOADS }, meta.temperature, ', float32 file'));
    for (const executor of quick ? (['compiled'] as const) : (['layers', 'compiled'] as const)) {
      cases.push(await runCase(log, session, 'original', originalUrl, { backend: 'wasm', executor, runs: ORIGINAL_RUNS, profileRuns: quick ? 0 : 1 }, null));
    }
    click = await measureLatency(log, session, { cold: COLD_CLICKS, warm: WARM_CLICKS });
  } finally {
    await session.close();
  }

  log('WebGPU (headless Chromium with --enable-unsafe-webgpu):');
  let parity: { maxAbsDiff: number } | null = null;
  const gpu = await launchWithExtension({ dist: DIST, webgpu: true });
  try {
    const page = await benchPage(gpu);
    type Adapter = ModelBenchResult['adapter'];
    const adapter = await page.evaluate(() => (globalThis as unknown as { adapterInfo(): Promise<Adapter> }).adapterInfo());
    await page.close();
    if (!adapter) {
      log('  no WebGPU adapter: skipped');
    } else {
      const software = isSoftware(adapter);
      log(`  adapter: ${adapter.vendor} ${adapter.architecture} ${adapter.description}${software ? ' (software)' : ''}`);
      const runs = software ? SOFTWARE_GPU_RUNS : RUNS;
      const ours = await runCase(log, gpu, 'ours', 'model/model.json', { input: meta.input, backend: 'webgpu', executor: 'compiled', runs }, meta.temperature);
      cases.push(ours);
      if (!software) cases.push(await runCase(log, gpu, 'original', originalUrl, { backend: 'webgpu', executor: 'compiled', runs: ORIGINAL_RUNS }, null));
      else log('  software adapter: the original architecture is not run on it (minutes per image)');
      const wasm = cases.find((c) => c.model === 'ours' && c.backend === 'wasm' && c.variant === 'compiled')!;
      if (ours.backend === 'webgpu') {
        parity = { maxAbsDiff: Math.max(...ours.probabilities.map((p, i) => Math.abs(p - wasm.probabilities[i]))) };
        log(`  WebGPU vs WASM probabilities: max |Δ| = ${parity.maxAbsDiff.toExponential(2)}`);
      }
    }
  } finally {
    await gpu.close();
  }

  const find = (model: string, backend: string, variant: string) => cases.find((c) => c.model === model && c.backend === backend && c.variant === variant);
  const ratios = {
    wasmCompiled: ratio(find('original', 'wasm', 'compiled'), find('ours', 'wasm', 'compiled')),
    wasmLayers: ratio(find('original', 'wasm', 'layers'), find('ours', 'wasm', 'layers')),
  };
  log(`\nOriginal architecture / ours, warm WASM median: ${ratios.wasmCompiled}× (compiled executor)${ratios.wasmLayers ? `, ${ratios.wasmLayers}× (tfjs-layers predict)` : ''}`);

  const result = {
    date: started.toISOString(),
    mode: quick ? 'quick' : 'full',
    label: option('label') ?? null,
    note: option('note') ?? null,
    git: { commit: git('rev-parse', 'HEAD'), dirty: git('status', '--porcelain', '--untracked-files=no') !== '' },
    machine,
    method: {
      browser: 'headless Chromium (puppeteer, pipe), extension dist/chrome-bench = dist/chrome + src/bench page',
      image: `${IMAGE} decoded by the offscreen code (createImageBitmap + canvas), preprocessed once`,
      warmRuns: RUNS, originalRuns: ORIGINAL_RUNS,
      timing: 'performance.now() around loadModelRunner (load), the first run (first), each later run (warm): tensor4d + forward pass + data() read-back',
      rightClick: 'dispatch of the real contextMenus.onClicked listener in the service worker → overlay result in the page DOM (MutationObserver), timeOrigin-based clocks on both ends',
    },
    models: {
      ours: { parameters: meta.training.parameters, bytes: readdirSync(join(root, 'model')).filter((f) => f.endsWith('.bin')).reduce((a, f) => a + readFileSync(join(root, 'model', f)).length, 0) },
      original: { config: ORIGINAL_CONFIG, parameters: original.parameters, bytes: original.bytes, weights: 'random (xorshift, He-uniform), float16' },
    },
    cases,
    ratios,
    rightClick: click,
    webgpuParity: parity,
  };
  const day = started.toISOString().slice(0, 10);
  const label = option('label') ? `-${option('label')}` : '';
  const dir = quick ? join(root, 'bench/tmp/results') : join(root, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${day}-${machineSlug(machine)}${label}.json`);
  writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
  log(`\n${markdown(cases, click)}\n\nMachine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.browser}\nResults → ${file.slice(root.length + 1)}`);
  const heat = heatMapBlock(cases, file.slice(root.length + 1), machine);
  if (heat && !quick) {
    const doc = join(root, 'docs/PERFORMANCE.md');
    writeFileSync(doc, fillBlock(readFileSync(doc, 'utf8'), 'heat-map-browser', heat));
    log('docs/PERFORMANCE.md: heat-map-browser block written');
  }
  // Issue 18 side by side with the committed run from before it (--before FILE to choose another).
  const load = loadAverage();
  const roundTwo = roundTwoBlock(result, before, file.slice(root.length + 1), before ? beforeFile : null, load);
  log(`\n${roundTwo}`);
  if (!quick) {
    const doc = join(root, 'docs/PERFORMANCE.md');
    writeFileSync(doc, fillBlock(readFileSync(doc, 'utf8'), 'bench-round-two', roundTwo));
    log('docs/PERFORMANCE.md: bench-round-two block written');
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
