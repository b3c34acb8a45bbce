// Cold right-click → card, two builds alternating in one run (a shared 2-core machine drifts
// by more than the change between separate runs): one headless Chromium per build, each
// click closes its offscreen document first (right-click.ts), and the builds take turns.
// Also records, per build, when each step of the cold model host happened (host:… marks).
// Usage (scripts/bench/cold-click-ab.sh makes the builds):
//   vite-node -c scripts/node.config.ts scripts/bench/cold-click-ab.ts -- --before DIR --after DIR [--clicks N] [--what TEXT] [--warm] [--label NAME]
// → bench/results/cold-click-ab.json
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension, setBackend, type ExtensionSession } from '../../tests/e2e/extension-browser';
import { openDemoPage } from '../../tests/e2e/demo-page';
import { startDemoServer } from '../demo-server';
import { loadAverage, machineInfo } from './machine';
import { timeRightClick, type ColdSteps } from './right-click';
import { summarize } from './stats';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const option = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
const CLICKS = Number(option('clicks') ?? 8);
/** --warm: the same alternation with a warm offscreen document (single-image latency must not get worse). */
const COLD = !args.includes('--warm');

async function main() {
  const builds = { before: option('before'), after: option('after') };
  if (!builds.before || !builds.after) throw new Error('--before DIR and --after DIR are needed');
  const server = await startDemoServer();
  const sessions: Record<string, { session: ExtensionSession; page: Awaited<ReturnType<typeof openDemoPage>>; ms: number[]; steps: ColdSteps[] }> = {};
  try {
    for (const [name, dist] of Object.entries(builds)) {
      const session = await launchWithExtension({ dist: resolve(root, dist!) });
      await setBackend(session.worker, 'auto');
      const page = await openDemoPage(session.browser, server.origin, { width: 1280, height: 1000 });
      await timeRightClick(session, page, '#plain', true); // untimed: first load of everything from disk
      sessions[name] = { session, page, ms: [], steps: [] };
    }
    for (let i = 0; i < CLICKS; i++) {
      for (const name of i % 2 ? ['after', 'before'] : ['before', 'after']) {
        const s = sessions[name];
        await s.page.bringToFront();
        const click = await timeRightClick(s.session, s.page, '#plain', COLD);
        s.ms.push(click.ms);
        if (click.steps) s.steps.push(click.steps);
        console.log(`click ${i + 1} ${name}: ${click.ms.toFixed(1)} ms`);
      }
    }
  } finally {
    for (const s of Object.values(sessions)) await s.session.close();
    await server.close();
  }
  const summary = Object.fromEntries(Object.entries(sessions).map(([name, s]) => {
    const names = [...new Set(s.steps.flatMap((x) => Object.keys(x)))];
    const steps = names.map((step) => ({ step, fromClick: summarize(s.steps.map((x) => x[step]).filter((v) => v !== undefined)) }))
      .sort((a, b) => a.fromClick.median - b.fromClick.median);
    return [name, { build: builds[name as 'before' | 'after'], clickToCard: summarize(s.ms), ms: s.ms.map((v) => Math.round(v * 10) / 10), steps }];
  }));
  const load = loadAverage();
  const out = {
    date: new Date().toISOString(),
    what: option('what') ?? '',
    method: `${COLD ? 'cold' : 'warm'} right-click → card on the demo page's #plain (224×224 JPEG), backend preference auto (→ WASM); ${CLICKS} clicks per build, builds alternating (first click of each untimed); steps: median ms from the click to each model-host mark`,
    machine: { ...machineInfo(), loadAverageAtEnd: load },
    ...summary,
  };
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results', `cold-click-ab${option('label') ? `-${option('label')}` : ''}.json`), JSON.stringify(out, null, 2) + '\n');
  for (const [name, s] of Object.entries(summary)) {
    console.log(`${name}: median ${s.clickToCard.median} ms (p10 ${s.clickToCard.p10}, p90 ${s.clickToCard.p90}, n ${s.clickToCard.n}); ${s.steps.map((x) => `${x.step} ${x.fromClick.median}`).join(', ')}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
