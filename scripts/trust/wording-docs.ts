/** Renderers of the wording blocks (scripts/docs/blocks.ts), from training/artifacts/wording-bands.json. */
import type { WordingSummary } from './wording-bands';

const pct = (v: number) => `${(100 * v).toFixed(1)} %`;
const count = (n: number) => n.toLocaleString('en');

/** docs/TRUST.md: the rule per band and what it measured on each split. */
export function trustBandTable(s: WordingSummary): string {
  const rows: string[] = [
    '| results | "Likely X" when | "Uncertain: X or Y" when |',
    '|---|---|---|',
    `| single view | top ≥ ${s.thresholds.single.likelyFrom.toFixed(2)} | top < ${s.thresholds.single.likelyFrom.toFixed(2)} |`,
    `| 8-view TTA | top ≥ ${s.thresholds.tta.likelyFrom.toFixed(2)} | top < ${s.thresholds.tta.likelyFrom.toFixed(2)} |`,
    '',
    '| split | band | images | top class right | truth among the two named |',
    '|---|---|---|---|---|',
  ];
  for (const [split, name] of [['val', 'validation'], ['test', 'test']] as const) {
    for (const view of ['single', 'tta'] as const) {
      s[split][view].bands.forEach((b, i) => {
        const label = i === 0 ? `${name}${view === 'tta' ? ', 8-view TTA' : ''}` : '';
        rows.push(`| ${label} | ${b.band} | ${count(b.n)} (${pct(b.share)}) | ${pct(b.accuracy)} | ${pct(b.top2)} |`);
      });
    }
  }
  return rows.join('\n');
}

/** model/MODEL_CARD.md: the wording table. */
export function modelCardWordingTable(s: WordingSummary): string {
  const t = s.thresholds.single.likelyFrom.toFixed(2);
  const [vl, vu] = s.val.single.bands;
  const [tl, tu] = s.test.single.bands;
  return [
    '| wording | rule (single view; 8-view TTA) | validation: right | test: right | test: share of images |',
    '|---|---|---|---|---|',
    `| "Likely X" | top ≥ ${t}; ≥ ${s.thresholds.tta.likelyFrom.toFixed(2)} | ${pct(vl.accuracy)} | ${pct(tl.accuracy)} | ${pct(tl.share)} |`,
    `| "Uncertain: X or Y" | top < ${t}; < ${s.thresholds.tta.likelyFrom.toFixed(2)} | ${pct(vu.accuracy)} | ${pct(tu.accuracy)} (truth is X or Y: ${pct(tu.top2)}) | ${pct(tu.share)} |`,
  ].join('\n');
}

/** The TTA effect on test accuracy, in points: "+0.75". */
export function ttaGain(s: WordingSummary): string {
  const points = 100 * (s.test.tta.accuracy - s.test.single.accuracy);
  return `${points >= 0 ? '+' : ''}${points.toFixed(2)}`;
}
