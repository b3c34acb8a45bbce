/** One model measured on the benchmark page (src/bench/main.ts), in a fresh page. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer';
import type { ModelBenchRequest, ModelBenchResult } from '../../src/bench/protocol';
import { softmaxWithTemperature } from '../../src/core/postprocess';
import type { EncodedImage } from '../../src/shared/messages';
import type { ExtensionSession } from '../../tests/e2e/extension-browser';
import { summarize, type Summary } from './stats';

/** The image every model run and the popup path classify (a real test-split tile). */
export const IMAGE = 'adenocarcinoma-lungaca145.jpg';

export function fixtureImage(): EncodedImage {
  const path = resolve(import.meta.dirname, '../../tests/fixtures/tissue', IMAGE);
  return { base64: readFileSync(path).toString('base64'), mimeType: 'image/jpeg', name: IMAGE };
}

export interface CaseResult extends Omit<ModelBenchResult, 'warmMs' | 'output'> {
  model: 'ours' | 'original';
  executor: ModelBenchRequest['executor'];
  variant: string;
  warm: Summary;
  warmMs: number[];
  reload: Summary | null;
  probabilities: number[];
  jsHeapUsedBytes: number;
}

export /** SwiftShader (or another CPU emulation): ~15× slower than WASM, so only a few runs there. */
function isSoftware(a: ModelBenchResult['adapter']): boolean {
  return !!a && (a.fallback || /swiftshader|llvmpipe|software/i.test(`${a.vendor} ${a.architecture} ${a.description}`));
}

export async function benchPage(session: ExtensionSession): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/src/bench/index.html`);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

export async function runCase(log: (s: string) => void, session: ExtensionSession, model: CaseResult['model'], url: string, req: Omit<ModelBenchRequest, 'model' | 'image'>, temperature: number | null, note = ''): Promise<CaseResult> {
  const page = await benchPage(session);
  try {
    const request: ModelBenchRequest = { ...req, model: url, image: fixtureImage() };
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
    if (r.inputCheckMs) {
      const c = summarize(r.inputCheckMs);
      const f = r.featureScoreMs ? summarize(r.featureScoreMs) : null;
      const t = r.tappedWarmMs ? summarize(r.tappedWarmMs) : null;
      log(`    input check: median ${c.median} ms (p10 ${c.p10}, p90 ${c.p90}, n=${c.n})` +
        (f && t ? `; feature score ${f.median} ms (p10 ${f.p10}, p90 ${f.p90}); run that also returns the features ${t.median} ms (p10 ${t.p10}, p90 ${t.p90}) vs ${result.warm.median} ms without` : ''));
    }
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

