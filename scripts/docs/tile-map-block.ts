// docs/PERFORMANCE.md's tile-map block, from bench/results/tile-batch-node.json (`npm run
// bench:tiles`), tile-map-e2e*.txt (scripts/bench/tile-map-ab.sh) and tile-map-1000.txt
// (scripts/bench/tile-map-1000.sh).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { percentile, type Summary } from '../bench/stats';

interface TileBatchResult { date: string; commit: string; machine: { cores: number; cpu: string }; tfjs: string; rows: { how: string; msPerTile: Summary }[] }

export function tileMapBlock(root: string): string {
  const results = join(root, 'bench/results');
  const node = JSON.parse(readFileSync(join(results, 'tile-batch-node.json'), 'utf8')) as TileBatchResult;
  /** Every alternating run of scripts/bench/tile-map-ab.sh kept: tile-map-e2e.txt, tile-map-e2e-run2.txt, … */
  const runs = readdirSync(results).filter((f) => /^tile-map-e2e(-[\w-]+)?\.txt$/.test(f)).sort();
  const lines = (f: string) => readFileSync(join(results, f), 'utf8').trim().split('\n');
  /** Median of each variant's per-round medians ("round 2 after: tile map speed: median 23.0 ms …"). */
  const roundMedians = (e2e: string[], variant: string) => e2e.map((l) => new RegExp(`^round \\d+ ${variant}: tile map speed: median ([\\d.]+) ms`).exec(l)).filter((m) => m !== null).map((m) => Number(m[1]));
  const median = (v: number[]) => percentile([...v].sort((a, b) => a - b), 0.5);
  const perRun = runs.flatMap((f) => {
    const e2e = lines(f);
    const before = roundMedians(e2e, 'before');
    const after = roundMedians(e2e, 'after');
    return [
      `[\`bench/results/${f}\`](../bench/results/${f})${before.length && after.length ? `: median of the rounds' medians **${median(before)} ms** per tissue tile before, **${median(after)} ms** after (${before.length} rounds each)` : ''}:`,
      '',
      '```',
      ...e2e,
      '```',
      '',
    ];
  });
  /** The 1,024-window map: "round 2: tile map 1024: 14.9 s for 1024 windows (768 tissue, …" */
  const big = lines('tile-map-1000.txt');
  const bigSeconds = big.map((l) => /^round \d+: tile map 1024: ([\d.]+) s/.exec(l)).filter((m) => m !== null).map((m) => Number(m[1]));
  const bigBlock = [
    `A 1,000-tile map (issue 18's target: under 40 s): the mosaic at 42-px windows, 1,024 windows, every one cut, checked and, if tissue, classified in the host, by \`scripts/bench/tile-map-1000.sh\` ([\`bench/results/tile-map-1000.txt\`](../bench/results/tile-map-1000.txt)): median **${median(bigSeconds)} s** (${Math.min(...bigSeconds)}–${Math.max(...bigSeconds)} s, ${bigSeconds.length} maps):`,
    '',
    '```',
    ...big,
    '```',
  ];
  const block = [
    `In the inference host (Node, tfjs ${node.tfjs} WASM, ${node.date}, ${node.machine.cores}-core ${node.machine.cpu}, commit \`${node.commit}\`; everything the host does per tile: base64 decode, preprocessing with the stain and scale estimates, model, postprocessing; 32 tiles per round): [\`bench/results/tile-batch-node.json\`](../bench/results/tile-batch-node.json).`,
    '',
    '| host path | median ms per tile | p10–p90 | rounds |',
    '|---|---|---|---|',
    ...node.rows.map((r) => `| ${r.how} | **${r.msPerTile.median}** | ${r.msPerTile.p10}–${r.msPerTile.p90} | ${r.msPerTile.n} |`),
    '',
    'End to end in Chromium, alternating builds in one session by `scripts/bench/tile-map-ab.sh`, each line the median of 6 runs of the map, page clock from *Run* to the last tile. *Before*: the page cuts each tile, checks it for tissue, and sends tissue tiles as base64 RGBA, 8 per message, through the background to the offscreen document. *After*: the page sends 16 window rectangles per message; the host decodes the stored image once and cuts, checks and classifies them.',
    '',
    ...perRun,
    ...bigBlock,
  ].join('\n').trim();
  return block;
}
