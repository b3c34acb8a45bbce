// Firefox wake-to-answer: how long a classification takes when it has to wake the
// suspended event page (which then loads the background script, imports the TF.js chunk,
// starts WASM, loads the model and classifies). Compares this checkout's Firefox build
// with a past commit's, in two headless Firefox instances whose cycles alternate (A B, B A,
// …) so that load from other processes falls on both alike.
//
//   npm run bench:firefox-wake -- --ref 54d6c18 [--cycles 15]
//
// Writes bench/results/firefox-wake.json, then every docs block (`npm run docs`).
// Times are Node-side wall clock around the request (WebDriver BiDi round trip included,
// the same for both builds).
import { waitForSuspension } from '../../tests/e2e/wait-for-suspension';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'puppeteer';
import { findFirefox } from '../../tests/e2e/find-browser';
import { classifyViaRuntimeFirefox, launchFirefoxWithExtension, type FirefoxSession } from '../../tests/e2e/firefox-browser';
import { checkoutRef, currentCommit } from '../bundle-size/checkout-ref';
import type { WakeResult } from '../bundle-size/report';
import { viteBuild } from '../bundle-size/vite-build';
import { writeDocs } from '../docs/blocks';
import { machineInfo } from './machine';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { ref: { type: 'string' }, cycles: { type: 'string', default: '15' } } });
if (!values.ref) throw new Error('--ref <commit> is required: the build to compare this checkout with.');
const cycles = Number(values.cycles);
const IMAGE = 'benign-lungn726.jpg';
const image = readFileSync(join(root, 'tests/fixtures/tissue', IMAGE)).toString('base64');

interface Build { label: string; commit: string; dist: string; session?: FirefoxSession; popup?: Page; ms: number[] }


async function classify(b: Build): Promise<number> {
  const t0 = performance.now();
  const result = await classifyViaRuntimeFirefox(b.popup!, image, 'image/jpeg', IMAGE);
  const ms = performance.now() - t0;
  if (result.top.label !== 'benign') throw new Error(`${b.label}: expected benign, got ${result.top.label}`);
  return ms;
}

const past = checkoutRef(root, values.ref);
const work = mkdtempSync(join(tmpdir(), 'ltc-wake-'));
const builds: Build[] = [
  { label: 'before', commit: past.commit, dist: join(work, 'before'), ms: [] },
  { label: 'after', commit: currentCommit(root), dist: join(work, 'after'), ms: [] },
];
try {
  await viteBuild(past.dir, 'firefox', builds[0]!.dist);
  await viteBuild(root, 'firefox', builds[1]!.dist);
  for (const b of builds) {
    b.session = await launchFirefoxWithExtension({ idleTimeoutMs: 1_000, dist: b.dist });
    b.popup = await b.session.openExtensionPage('src/popup/index.html');
    await classify(b); // first load of all: fills Firefox's caches (compiled WASM, HTTP) once
  }
  for (let i = 0; i < cycles; i++) {
    for (const b of i % 2 === 0 ? builds : [...builds].reverse()) {
      await waitForSuspension(b.popup!);
      b.ms.push(await classify(b));
    }
    console.log(`cycle ${i + 1}/${cycles}: ${builds.map((b) => `${b.label} ${Math.round(b.ms.at(-1)!)} ms`).join(', ')}`);
  }
} finally {
  for (const b of builds) await b.session?.close().catch(() => undefined);
  past.remove();
  rmSync(work, { recursive: true, force: true });
}

const machine = machineInfo();
let version = 'Firefox';
try {
  version = execFileSync(findFirefox(), ['--version'], { encoding: 'utf8' }).trim();
} catch {
  // the name alone will do
}
const result: WakeResult = {
  measuredAt: new Date().toISOString().slice(0, 10),
  machine: `${machine.cores}-core ${machine.cpu}`,
  browser: `${version}, headless`,
  cycles,
  builds: builds.map(({ label, commit, ms }) => ({ label, commit, ms: ms.map((v) => Math.round(v)) })),
};
writeFileSync(join(root, 'bench/results/firefox-wake.json'), `${JSON.stringify(result, null, 2)}\n`);
writeDocs(root);
