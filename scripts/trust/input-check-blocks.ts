// The input check's figures as the README, model card and docs/INPUT_CHECK.md print them, all
// from training/artifacts/input-check.json (src/core/input-check-numbers.ts). Written by
// `npm run docs`; tests/node/docs-blocks.test.ts fails when a block drifts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckStrictness } from '../../src/core/input-check';
import { inputCheckSentence, share, type InputCheckResults, type Rate } from '../../src/core/input-check-numbers';
import { percentile } from '../bench/stats';
import { SPEED_RESULTS } from './speed-block';

const LEVELS: CheckStrictness[] = ['lenient', 'standard', 'strict'];
const read = (root: string) => JSON.parse(readFileSync(join(root, 'training/artifacts/input-check.json'), 'utf8')) as InputCheckResults;

export function inputCheckSummary(root: string): string {
  return `At the default strictness the input check ${inputCheckSentence('standard', read(root))}.`;
}

/** docs/INPUT_CHECK.md's results: refusals per strictness, then per kind. */
export function inputCheckResults(root: string): string {
  const r = read(root);
  const real: [string, keyof InputCheckResults['realHe']][] = [
    ['LC25000 group-held-out **test** split', 'lc25000Test'],
    ["other laboratories' H&E (36 slides, 8 organs; the stain table's augment-half slides helped fit the stain rule)", 'otherLaboratories'],
    ['shift check (validation re-stained with 16 held-out laboratories, 1 / ½ / ⅓ magnification: a stress test)', 'shiftCheck'],
  ];
  const rows = [
    '| refused ("Not assessable") | lenient | **standard** | strict |',
    '|---|---|---|---|',
    ...real.filter(([, k]) => r.realHe[k]).map(([label, k]) => `| real H&E: ${label} | ${LEVELS.map((l) => share(r.realHe[k]!.refused[l], r.realHe[k]!.n)).join(' | ')} |`),
    ...(['held-out', 'tune'] as const).map((part) => `| non-H&E, **${part}** half | ${LEVELS.map((l) => share(r.negativesTotal[part][l].refused, r.negativesTotal[part][l].n)).join(' | ')} |`),
  ];
  const kinds = [...new Set([...Object.keys(r.negatives['held-out']), ...Object.keys(r.negatives.tune)])].sort();
  const cell = (part: 'tune' | 'held-out', k: string, f: (rate: Rate) => number | undefined) => {
    const rate = r.negatives[part][k];
    const v = rate ? f(rate) : undefined;
    return rate && v !== undefined ? share(v, rate.n) : '—';
  };
  const either = (rate: Rate) => rate.refusedOrFlagged;
  const total = (part: 'tune' | 'held-out') => {
    const rates = Object.values(r.negatives[part]);
    const n = rates.reduce((a, x) => a + x.n, 0);
    return rates.every((x) => x.refusedOrFlagged !== undefined) ? share(rates.reduce((a, x) => a + x.refusedOrFlagged!, 0), n) : '—';
  };
  const byKind = [
    '| kind of non-H&E image | held-out half: refused at standard | held-out half: **refused or flagged** "unlike H&E" | tune half: refused at standard | tune half: refused or flagged |',
    '|---|---|---|---|---|',
    ...kinds.map((k) => `| ${k} | ${cell('held-out', k, (x) => x.refused.standard)} | ${cell('held-out', k, either)} | ${cell('tune', k, (x) => x.refused.standard)} | ${cell('tune', k, either)} |`),
    `| **all** | ${share(r.negativesTotal['held-out'].standard.refused, r.negativesTotal['held-out'].standard.n)} | **${total('held-out')}** | ${share(r.negativesTotal.tune.standard.refused, r.negativesTotal.tune.standard.n)} | ${total('tune')} |`,
  ];
  const label = (l: string) => l.replace(/\*\*/g, '').replace(/ \(.*$/, '');
  const present = real.filter(([, k]) => r.realHe[k]);
  const flagged = present.map(([l, k]) => `${label(l)}: ${share(r.realHe[k]!.featureUnlike, r.realHe[k]!.n)}`);
  const unlikeHe = present.map(([l, k]) => `${label(l)}: ${r.realHe[k]!.unlikeHe === undefined ? 'not measured' : share(r.realHe[k]!.unlikeHe!, r.realHe[k]!.n)}`);
  const through = r.negatives['held-out'] && Object.values(r.negatives['held-out']).flatMap((x) => x.passedUnflagged ?? []);
  return [
    ...rows,
    '',
    ...byKind,
    '',
    `Flagged "unlike the H&E images the model was trained on" (not refused), by the feature score alone: ${flagged.join('; ')}. By the feature score or the stain-family ratio, as the card does: ${unlikeHe.join('; ')}.`,
    ...(through?.length ? ['', `Held-out non-H&E images neither refused nor flagged: ${through.map((f) => `\`${f}\``).join(', ')}.`] : []),
  ].join('\n');
}

/** docs/INPUT_CHECK.md's comparison of how the stain is estimated for the stain rule (training/artifacts/input-check-variants). */
export function stainEstimateVariants(root: string): string {
  const dir = join(root, 'training/artifacts/input-check-variants');
  const variants = readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as InputCheckResults & { variant: string });
  const shipped = { ...read(root), variant: '**shipped:** 224-px input averaged over 2x2 blocks, 2nd/98th percentile angles' };
  const row = (r: InputCheckResults & { variant: string }) => {
    const h = r.negativesTotal['held-out'].standard;
    const t = r.negativesTotal.tune.standard;
    return `| ${r.variant} | ${share(t.refused, t.n)} | ${share(r.realHe.shiftCheck.refused.standard, r.realHe.shiftCheck.n)} | ${share(r.realHe.lc25000Test.refused.standard, r.realHe.lc25000Test.n)} | ${share(h.refused, h.n)} |`;
  };
  return [
    '| stain estimate for the rule (standard strictness) | tune half refused | shift check refused | LC25000 test refused | held-out half refused |',
    '|---|---|---|---|---|',
    ...[...variants, shipped].map(row),
  ].join('\n');
}

/** The benchmark run that timed the input check (scripts/bench/run.ts, compiled WASM case): the one the speed line quotes. */
const LATENCY_RESULTS = SPEED_RESULTS;

/** docs/INPUT_CHECK.md's latency line, from that run's samples. */
export function inputCheckLatency(root: string): string {
  const run = JSON.parse(readFileSync(join(root, LATENCY_RESULTS), 'utf8')) as {
    machine: { cpu: string; cores: number; browser: string };
    cases: { inputCheckMs?: number[]; featureScoreMs?: number[]; tappedWarmMs?: number[]; warmMs: number[] }[];
  };
  const c = run.cases.find((x) => x.inputCheckMs?.length);
  if (!c?.featureScoreMs || !c.tappedWarmMs) throw new Error(`${LATENCY_RESULTS} has no input-check timings`);
  const median = (v: number[]) => percentile([...v].sort((a, b) => a - b), 0.5);
  // performance.now() is coarsened to 0.1 ms in extension pages: below that, say so.
  const ms = (v: number) => (v < 0.05 ? '< 0.1 ms' : `${v.toFixed(1)} ms`);
  const check = median(c.inputCheckMs!);
  const score = median(c.featureScoreMs);
  const tap = median(c.tappedWarmMs) - median(c.warmMs);
  return `Per image, medians of ${c.inputCheckMs!.length} runs in ${run.machine.browser} on WASM (${run.machine.cpu}, ${run.machine.cores} cores; \`${LATENCY_RESULTS}\`): ` +
    `colour rules and stain family ${ms(check)}, feature score ${ms(score)}, and ${ms(tap)} more for the forward pass that also returns the features ` +
    `(${ms(median(c.tappedWarmMs))} against ${ms(median(c.warmMs))}): ${ms(check + score + tap)} in all, against a budget of 5 ms.`;
}
