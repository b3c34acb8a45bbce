/**
 * Every generated block of the documents is what its renderer makes from the committed
 * results today (scripts/docs/blocks.ts), and every block marker in a document is in the
 * registry: a figure cannot drift, and no block goes unchecked.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOC_BLOCKS, fillBlock, MEASURED_BLOCKS } from '../../scripts/docs/blocks';
import { ROOT } from '../helpers/node-model';

describe('generated blocks', () => {
  it.each(DOC_BLOCKS.map((b) => [`${b.doc} (${b.block}, from ${b.source})`, b] as const))('%s is up to date: run `npm run docs`', (_, b) => {
    const doc = readFileSync(join(ROOT, b.doc), 'utf8');
    expect(doc).toBe(fillBlock(doc, b.block, b.render(ROOT)));
  });

  it('every block marker in a document is in the registry', () => {
    const docs = execFileSync('git', ['ls-files', '*.md'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
    const found = docs.flatMap((doc) => [...readFileSync(join(ROOT, doc), 'utf8').matchAll(/<!-- ([\w-]+):start -->/g)].map((m) => `${doc}#${m[1]}`));
    const known = [...DOC_BLOCKS, ...MEASURED_BLOCKS].map((b) => `${b.doc}#${b.block}`);
    expect(found.filter((f) => !known.includes(f))).toEqual([]);
    expect(known.filter((k) => !found.includes(k))).toEqual([]);
  });
});
