// The issue-18 block of docs/PERFORMANCE.md ("bench-round-two"), written by `npm run bench`
// itself: this run's figures next to the committed run from before the round (same harness,
// same machine type), with the original architecture from this run for scale.
import { machineWasShared } from './machine';
import type { Summary } from './stats';

interface CaseLike { model: string; backend: string; variant: string; warm: Summary }
interface RunLike {
  date: string;
  git: { commit: string };
  cases: CaseLike[];
  rightClick: { cold: Summary; warm: Summary; coldSteps?: { step: string; fromClick: Summary }[]; messages: { wall: Summary } };
}

const ms = (v: number) => v.toFixed(v < 100 ? 1 : 0);
const cell = (s: Summary | undefined) => (s ? `**${ms(s.median)}** (${ms(s.p10)}–${ms(s.p90)}, n ${s.n})` : '–');

export function roundTwoBlock(now: RunLike, before: RunLike | null, nowFile: string, beforeFile: string | null, load: string): string {
  const warmOf = (run: RunLike | null, variant: string) => run?.cases.find((c) => c.model === 'ours' && c.backend === 'wasm' && c.variant === variant)?.warm;
  const one = warmOf(now, 'compiled');
  const rows: [string, Summary | undefined, Summary | undefined][] = [
    ['warm inference, one view (shipped)', warmOf(before, 'compiled'), one],
    ['warm inference, TTA 8 views in one batch', warmOf(before, 'compiled, TTA 8 views'), warmOf(now, 'compiled, TTA 8 views')],
    ['warm inference, TTA 4 views (0,1,2,6)', undefined, warmOf(now, 'compiled, TTA 4 views')],
    ['warm inference, TTA 2 views (0,7)', undefined, warmOf(now, 'compiled, TTA 2 views')],
    ['popup message round trip (warm)', before?.rightClick.messages.wall, now.rightClick.messages.wall],
    ['right-click → card, warm', before?.rightClick.warm, now.rightClick.warm],
    ['right-click → card, cold offscreen document', before?.rightClick.cold, now.rightClick.cold],
    ['original architecture (random weights), warm, compiled', now.cases.find((c) => c.model === 'original' && c.backend === 'wasm' && c.variant === 'compiled')?.warm, undefined],
  ];
  const ratio = (s: Summary | undefined) => (s && one ? ` = ${(s.median / one.median).toFixed(1)}× one view` : '');
  const table = rows.map(([what, b, a]) => {
    // The original architecture is measured in this run only: shown under "this run".
    if (what.startsWith('original')) return `| ${what} | – | ${cell(b)} |`;
    return `| ${what} | ${cell(b)} | ${cell(a)}${what.includes('TTA') ? ratio(a) : ''} |`;
  });
  const steps = now.rightClick.coldSteps ?? [];
  return [
    `\`npm run bench\`, ${now.date.slice(0, 10)}, commit \`${now.git.commit.slice(0, 7)}\` ([\`${nowFile}\`](../${nowFile})), next to the committed run before this round${before && beforeFile ? ` (${before.date.slice(0, 10)}, commit \`${before.git.commit.slice(0, 7)}\`, [\`${beforeFile}\`](../${beforeFile}))` : ' (none found)'}. Medians in ms with p10–p90 and n; headless Chromium, WASM; load average ${load} at the end of this run${machineWasShared(load) ? ' (the machine was shared: figures are inflated, compare rows within a column with care and columns only as a rough guide)' : ' (an otherwise idle 2-core machine: the two columns are comparable, but they are separate runs, not an A/B)'}.`,
    '',
    '| measured | before this round | this run |',
    '|---|---|---|',
    ...table,
    '',
    steps.length ? `Cold click in this run, median ms from the click to each step of the model host: ${steps.map((s) => `${s.step} ${ms(s.fromClick.median)}`).join(' → ')}.` : '',
  ].join('\n').trim();
}
