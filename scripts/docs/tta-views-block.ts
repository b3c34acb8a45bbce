/** docs/PERFORMANCE.md's tta-views block, from bench/results/tta-views.json (scripts/trust/tta-views.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Split { n: number; errors: number; accuracy: number; nll: number; vsOneView: { fixed: number; broken: number } }
interface TtaViews { method: string; rows: { what: string; val: Split; test: Split }[] }

const pct = (v: number) => `${(100 * v).toFixed(2)} %`;

export function ttaViewsBlock(root: string): string {
  const out = JSON.parse(readFileSync(join(root, 'bench/results/tta-views.json'), 'utf8')) as TtaViews;
  return [
    `Accuracy of the bundled model by number of views (\`scripts/trust/tta-views.ts\`, [\`bench/results/tta-views.json\`](../bench/results/tta-views.json)): ${out.method}. *Fixes / breaks*: images the views get right that one view gets wrong, and the reverse (McNemar's discordant pairs).`,
    '',
    '| views | validation errors (accuracy) | fixes / breaks vs 1 view | validation log-loss | test errors (accuracy) | test log-loss |',
    '|---|---|---|---|---|---|',
    ...out.rows.map((r) => `| ${r.what} | ${r.val.errors} of ${r.val.n} (${pct(r.val.accuracy)}) | ${r.val.vsOneView.fixed} / ${r.val.vsOneView.broken} | ${r.val.nll} | ${r.test.errors} of ${r.test.n} (${pct(r.test.accuracy)}) | ${r.test.nll} |`),
  ].join('\n');
}
