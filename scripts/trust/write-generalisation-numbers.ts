/** Writes the generalisation numbers into the docs' marked blocks (see generalisation-numbers.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BLOCKS, fillBlock } from './generalisation-numbers';

const root = process.cwd();
for (const b of BLOCKS) {
  const path = join(root, b.file);
  writeFileSync(path, fillBlock(readFileSync(path, 'utf8'), b.name, b.body(root)));
  console.log(`${b.file}: ${b.name} block written`);
}
