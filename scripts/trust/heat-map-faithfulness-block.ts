/**
 * docs/TRUST.md's heat-map faithfulness table, from training/artifacts/heat-map-faithfulness.json
 * (scripts/trust/measure-heat-map-faithfulness.ts). Written by `npm run docs`;
 * tests/node/docs-blocks.test.ts fails when the block drifts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const HEAT_MAP_FAITHFULNESS = 'training/artifacts/heat-map-faithfulness.json';

export interface MapFaithfulness {
  grid: string;
  n: number;
  meanTopDrop: number;
  meanRandomDrop: number;
  topBeatsRandom: number;
  images: { name: string; classIndex: number; base: number; topDrop: number; randomDrop: number }[];
}

export interface FaithfulnessResults {
  model: string;
  method: string;
  deletedShare: number;
  randomSets: number;
  referenceCrop: number;
  sets: { fixtures: Record<string, MapFaithfulness>; otherLaboratories?: Record<string, MapFaithfulness> };
}

const SET_NAMES: Record<string, (r: FaithfulnessResults) => string> = {
  fixtures: () => 'LC25000 tissue fixtures',
  otherLaboratories: (r) => `other laboratories' H&E (centre ${r.referenceCrop}-px crop of each slide)`,
};
const MAP_NAMES: Record<string, string> = {
  shipped: 'shipped: last stage on 4 shifted feature windows',
  inputCopies: '4 shifted input copies (before)',
  singlePass: 'one pass (before)',
};
const points = (v: number) => `${(v * 100).toFixed(1)} points`;

export function readFaithfulness(root: string): FaithfulnessResults {
  return JSON.parse(readFileSync(join(root, HEAT_MAP_FAITHFULNESS), 'utf8')) as FaithfulnessResults;
}

export function heatMapFaithfulness(root: string): string {
  const r = readFaithfulness(root);
  const rows = Object.entries(r.sets).flatMap(([set, maps]) =>
    Object.entries(maps!).map(([key, m]) =>
      `| ${SET_NAMES[set](r)} | ${MAP_NAMES[key]}, ${m.grid} | **${points(m.meanTopDrop)}** | ${points(m.meanRandomDrop)} | ${m.topBeatsRandom} of ${m.n} |`));
  return [
    `Model ${r.model}; the top ${Math.round(r.deletedShare * 100)} % of the map's cells, or as many random cells (${r.randomSets} seeded sets per image), replaced by the image's mean colour (\`${HEAT_MAP_FAITHFULNESS}\`):`,
    '',
    '| images | map | shown class\'s probability falls, top cells deleted | random cells deleted | images where top > random |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
