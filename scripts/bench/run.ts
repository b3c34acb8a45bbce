/**
 * `npm run bench [-- --quick] [-- --label NAME] [-- --note TEXT]`: the in-browser benchmark.
 * Builds on `BENCH=1 vite build` (dist/chrome-bench = the Chrome extension + a benchmark
 * page, src/bench/). In real headless Chromium with that extension it measures, per
 * backend: model load, first inference, warm inference (median/p10/p90), tensors and heap
 * after the runs — for the bundled model and for the original LUCIAN architecture
 * (random weights, generated here) — and right-click → overlay latency with a cold and a
 * warm offscreen document. Writes bench/results/<date>-<machine>[-label].json (quick
 * runs: bench/tmp/) and prints a Markdown table for docs/PERFORMANCE.md.
 * --quick: a few iterations, so that CI keeps the harness working; no numbers to keep.
 */
import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, readFileSync, readdirSync, rmSync, copyFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer';
import { softmaxWithTemperature } from '../../src/core/postprocess';
import type { MessageRoundTrip, ModelBenchRequest, ModelBenchResult } from '../../src/bench/protocol';
import { launchWithExtension, setBackend, type ExtensionSession } from '../../tests/e2e/extension-browser';
import { startDemoServer } from '../demo-server';
import { machineInfo, machineSlug } from './machine';
import { writeFloat32Copy } from './float32-copy';
import { ensureOriginalModel, ORIGINAL_CONFIG } from './original-model';
import { timeRightClick } from './right-click';
import { summarize, type Summary } from './stats';

const root = resolve(import.meta.dirname, '../..');
const DIST = join(root, 'dist/chrome-bench');
const IMAGE = 'adenocarcinoma-lungaca145.jpg';

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

interface CaseResult extends Omit<ModelBenchResult, 'warmMs' | 'output'> {
  model: 'ours' | 'original';
  executor: ModelBenchRequest['executor'];
  /** executor plus compile options, e.g. 'compiled (no fold)'. */
  variant: string;
  warm: Summary;
  warmMs: number[];
  reload: Summary | null;
  probabilities: number[];
  jsHeapUsedBytes: number;
}

const log = (s: string) => console.log(s);

/** SwiftShader (or another CPU emulation): ~15× slower than WASM, so only a few runs there. */
function isSoftware(a: ModelBenchResult['adapter']): boolean {
  return !!a && (a.fallback || /swiftshader|llvmpipe|software/i.test(`${a.vendor} ${a.architecture} ${a.description}`));
}

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

async function benchPage(session: ExtensionSession): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/src/bench/index.html`);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

async function runCase(session: ExtensionSession, model: CaseResult['model'], url: string, req: Omit<ModelBenchRequest, 'model' | 'image'>, temperature: number | null, note = ''): Promise<CaseResult> {
  const page = await benchPage(session);
  try {
    const image = { base64: readFileSync(join(root, 'tests/fixtures/tissue', IMAGE)).toString('base64'), mimeType: 'image/jpeg', name: IMAGE };
    const request: ModelBenchRequest = { ...req, model: url, image };
    const r = await page.evaluate((q) => (globalThis as unknown as { benchModel(q: ModelBenchRequest): Promise<ModelBenchResult> }).benchModel(q), request);
    const { JSHeapUsedSize } = await page.metrics();
    const { output, ...rest } = r;
    const result: CaseResult = {
      ...rest, model, executor: req.executor, variant: req.executor + (req.compile?.foldNorms === false ? ' (no fold)' : '') + note, warm: summarize(r.warmMs),
      probabilities: temperature === null ? output : softmaxWithTemperature(output, temperature),
      jsHeapUsedBytes: JSHeapUsedSize ?? 0,
      reload: r.reloadMs.length ? summarize(r.reloadMs) : null,
    };
    log(`  ${model} ${result.backend} ${result.variant}: load ${result.loadMs.toFixed(0)} ms, first ${result.firstMs.toFixed(0)} ms, warm median ${result.warm.median} ms (p10 ${result.warm.p10}, p90 ${result.warm.p90}, n=${result.warm.n}), tensors ${result.tensors}`);
    if (result.reload) log(`    reload: median ${result.reload.median} ms (p10 ${result.reload.p10}, p90 ${result.reload.p90}, n=${result.reload.n})`);
    if (result.profile) {
      const p = result.profile;
      const top = p.kernels.slice(0, 6).map((k) => `${k.name} ${k.ms.toFixed(1)} ms ×${Math.round(k.calls)}`).join(', ');
      log(`    profile: kernels ${p.kernelMs.toFixed(1)} of ${p.wallMs.toFixed(1)} ms per run; ${top}`);
    }
    return result;
  } finally {
    await page.close();
  }
}

async function rightClicks(session: ExtensionSession) {
  const server = await startDemoServer();
  try {
    await setBackend(session.worker, 'auto');
    const page = await session.browser.newPage();
    await page.setViewport({ width: 1280, height: 1000 });
    await page.goto(`${server.origin}/`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.waitForFunction(() => Array.from(document.images).every((i) => i.complete));
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < COLD_CLICKS; i++) cold.push(await timeRightClick(session, page, '#plain', true));
    for (let i = 0; i < WARM_CLICKS; i++) warm.push(await timeRightClick(session, page, '#plain', false));
    await page.close();
    const bench = await benchPage(session);
    const image = { base64: readFileSync(join(root, 'tests/fixtures/tissue', IMAGE)).toString('base64'), mimeType: 'image/jpeg', name: IMAGE };
    const trips: MessageRoundTrip[] = [];
    for (let i = 0; i < WARM_CLICKS; i++) {
      trips.push(await bench.evaluate((img) => (globalThis as unknown as { classifyViaMessage(i: object): Promise<MessageRoundTrip> }).classifyViaMessage(img), image));
    }
    await bench.close();
    const messages = {
      what: 'bench page → background → offscreen → back, the popup path (warm): wall time and what the offscreen document reports',
      wall: summarize(trips.map((t) => t.wallMs)),
      decode: summarize(trips.map((t) => t.decodeMs)),
      preprocess: summarize(trips.map((t) => t.preprocessMs)),
      inference: summarize(trips.map((t) => t.inferenceMs)),
    };
    log(`  message round trip (warm): median ${messages.wall.median} ms = decode ${messages.decode.median} + preprocess ${messages.preprocess.median} + inference ${messages.inference.median} + messaging/JSON`);
    const out = { messages, image: `#plain (${IMAGE}, 224×224 JPEG, same origin)`, backendPreference: 'auto', cold: summarize(cold), coldMs: cold, warm: summarize(warm), warmMs: warm };
    log(`  right-click → overlay: cold median ${out.cold.median} ms (n=${cold.length}), warm median ${out.warm.median} ms (p10 ${out.warm.p10}, p90 ${out.warm.p90}, n=${warm.length})`);
    return out;
  } finally {
    await server.close();
  }
}

function ratio(a: CaseResult | undefined, b: CaseResult | undefined): number | null {
  return a && b ? Math.round((a.warm.median / b.warm.median) * 10) / 10 : null;
}

function markdown(cases: CaseResult[], click: Awaited<ReturnType<typeof rightClicks>>): string {
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

async function main() {
  if (!existsSync(join(DIST, 'src/bench/index.html'))) throw new Error('dist/chrome-bench has no benchmark page: run `BENCH=1 vite build` (npm run bench does).');
  const meta = JSON.parse(readFileSync(join(root, 'model/metadata.json'), 'utf8')) as { temperature: number; training: { parameters: number } };
  const original = await ensureOriginalModel(join(root, 'bench/tmp/original'), log);
  const originalUrl = placeOriginal(original.dir);
  writeFloat32Copy(join(root, 'model'), join(DIST, 'bench-models/ours-float32'));
  const machine = machineInfo();
  const cases: CaseResult[] = [];
  const started = new Date();

  log(`WASM (headless Chromium, ${quick ? 'quick' : `${RUNS} warm runs`}):`);
  const session = await launchWithExtension({ dist: DIST });
  let click;
  try {
    machine.browser = await session.browser.version();
    cases.push(await runCase(session, 'ours', 'model/model.json', { backend: 'wasm', executor: 'layers', runs: RUNS, profileRuns: quick ? 0 : PROFILE_RUNS }, meta.temperature));
    if (!quick) cases.push(await runCase(session, 'ours', 'model/model.json', { backend: 'wasm', executor: 'compiled', compile: { foldNorms: false }, runs: RUNS }, meta.temperature));
    cases.push(await runCase(session, 'ours', 'model/model.json', { backend: 'wasm', executor: 'compiled', runs: RUNS, profileRuns: PROFILE_RUNS, reloads: RELOADS }, meta.temperature));
    cases.push(await runCase(session, 'ours', 'bench-models/ours-float32/model.json', { backend: 'wasm', executor: 'compiled', runs: RUNS, reloads: RELOADS }, meta.temperature, ', float32 file'));
    for (const executor of quick ? (['compiled'] as const) : (['layers', 'compiled'] as const)) {
      cases.push(await runCase(session, 'original', originalUrl, { backend: 'wasm', executor, runs: ORIGINAL_RUNS, profileRuns: quick ? 0 : 1 }, null));
    }
    click = await rightClicks(session);
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
      const ours = await runCase(gpu, 'ours', 'model/model.json', { backend: 'webgpu', executor: 'compiled', runs }, meta.temperature);
      cases.push(ours);
      if (!software) cases.push(await runCase(gpu, 'original', originalUrl, { backend: 'webgpu', executor: 'compiled', runs: ORIGINAL_RUNS }, null));
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
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
