// Latency through the real extension: right-click → overlay (cold and warm offscreen
// document, see right-click.ts) and the popup's message round trip, broken down by the
// offscreen document's own timings.
import type { MessageRoundTrip } from '../../src/bench/protocol';
import { setBackend, type ExtensionSession } from '../../tests/e2e/extension-browser';
import { startDemoServer } from '../demo-server';
import { benchPage, fixtureImage, IMAGE } from './model-case';
import { timeRightClick, type ColdSteps } from './right-click';
import { summarize } from './stats';
import { openDemoPage } from '../../tests/e2e/demo-page';

export type Latency = Awaited<ReturnType<typeof measureLatency>>;

export async function measureLatency(log: (s: string) => void, session: ExtensionSession, clicks: { cold: number; warm: number }) {
  const server = await startDemoServer();
  try {
    await setBackend(session.worker, 'auto');
    const page = await openDemoPage(session.browser, server.origin, { width: 1280, height: 1000 });
    const cold: number[] = [];
    const warm: number[] = [];
    const steps: ColdSteps[] = [];
    for (let i = 0; i < clicks.cold; i++) {
      const click = await timeRightClick(session, page, '#plain', true);
      cold.push(click.ms);
      if (click.steps) steps.push(click.steps);
    }
    for (let i = 0; i < clicks.warm; i++) warm.push((await timeRightClick(session, page, '#plain', false)).ms);
    // Median time from the click to each step of the cold model host, in the order they happen.
    const names = [...new Set(steps.flatMap((s) => Object.keys(s)))];
    const coldSteps = names.map((name) => ({ step: name, fromClick: summarize(steps.map((s) => s[name]).filter((v) => v !== undefined)) }))
      .sort((a, b) => a.fromClick.median - b.fromClick.median);
    await page.close();
    const bench = await benchPage(session);
    const image = fixtureImage();
    const trips: MessageRoundTrip[] = [];
    for (let i = 0; i < clicks.warm; i++) {
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
    const out = { messages, image: `#plain (${IMAGE}, 224×224 JPEG, same origin)`, backendPreference: 'auto', cold: summarize(cold), coldMs: cold, coldSteps, warm: summarize(warm), warmMs: warm };
    log(`  cold click, from the click to: ${coldSteps.map((s) => `${s.step} ${s.fromClick.median}`).join(', ')} ms (medians)`);
    log(`  right-click → overlay: cold median ${out.cold.median} ms (n=${cold.length}), warm median ${out.warm.median} ms (p10 ${out.warm.p10}, p90 ${out.warm.p90}, n=${warm.length})`);
    return out;
  } finally {
    await server.close();
  }
}

