/** Every figure the docs quote about shifted images comes from the committed results. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCKS, fillBlock } from '../../scripts/trust/generalisation-numbers';
import { ROOT } from '../helpers/node-model';

describe('quoted generalisation numbers', () => {
  it.each(BLOCKS.map((b) => [`${b.file} (${b.name})`, b] as const))('%s matches the results files', (_, b) => {
    const doc = readFileSync(join(ROOT, b.file), 'utf8');
    expect(doc).toBe(fillBlock(doc, b.name, b.body(ROOT)));
  });
});
