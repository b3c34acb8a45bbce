// Warm inference time with and without test-time augmentation, in real headless Chromium
// through the built extension (dist/chrome, WASM backend), as users run it: the timings the
// offscreen document reports for each classification (inference = the batched forward pass
// and read-back; total = decode + preprocess + check + inference).
//
//   npm run build && npx vite-node -c scripts/node.config.ts scripts/trust/tta-latency.ts [-- --runs 30]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { classifyViaRuntime, launchWithExtension, setBackend } from '../../tests/e2e/extension-browser';
import { FIXTURES } from '../../tests/helpers/node-model';

const { values } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== '--'), options: { runs: { type: 'string', default: '30' } } });
const runs = Number(values.runs);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const session = await launchWithExtension();
try {
  await setBackend(session.worker, 'wasm');
  const page = await session.browser.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/src/popup/index.html`);
  const bytes = readFileSync(join(FIXTURES, 'squamous_cell_carcinoma-lungscc2446.jpg')).toString('base64');
  for (const tta of [false, true, false, true]) {
    await session.worker.evaluate((t) => chrome.storage.local.set({ tta: t }), tta);
    for (let i = 0; i < 3; i++) await classifyViaRuntime(page, bytes, 'image/jpeg', 'warm-up.jpg');
    const inference: number[] = [];
    const total: number[] = [];
    for (let i = 0; i < runs; i++) {
      const r = await classifyViaRuntime(page, bytes, 'image/jpeg', 'bench.jpg');
      if (tta !== !!r.agreement) throw new Error(`TTA ${tta} but agreement ${JSON.stringify(r.agreement)}`);
      inference.push(r.timings.inferenceMs);
      total.push(r.timings.totalMs);
    }
    console.log(`${tta ? 'TTA (8 views, one batch)' : 'single view             '}  backend wasm  runs ${runs}  median inference ${median(inference).toFixed(1)} ms  median total ${median(total).toFixed(1)} ms`);
  }
} finally {
  await session.close();
}
