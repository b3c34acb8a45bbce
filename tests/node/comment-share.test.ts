// Comments say why; the what is the code and the history is in commits. This holds src/ to a
// ceiling on comment lines per line of code (tests excluded) and to no issue numbers, which no
// reader of the repository can resolve.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/node-model';

const files = execFileSync('git', ['ls-files', 'src/*.ts', 'src/*.tsx'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter((f) => f && !f.includes('.test.'));

/** [comment lines, code lines]; a line inside or opening a block comment counts as comment. */
function count(text: string): [number, number] {
  let comments = 0, code = 0, inBlock = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (inBlock || line.startsWith('/*')) {
      comments++;
      inBlock = !line.includes('*/');
    } else if (line.startsWith('//')) comments++;
    else code++;
  }
  return [comments, code];
}

it('comment lines are under 12 % of the code lines in src/', () => {
  const byFolder = new Map<string, [number, number]>();
  for (const f of files) {
    const [c, n] = count(readFileSync(join(ROOT, f), 'utf8'));
    const folder = f.split('/')[1]!;
    const [c0, n0] = byFolder.get(folder) ?? [0, 0];
    byFolder.set(folder, [c0 + c, n0 + n]);
  }
  const [comments, code] = [...byFolder.values()].reduce(([a, b], [c, n]) => [a + c, b + n], [0, 0]);
  const share = (c: number, n: number) => `${((100 * c) / n).toFixed(1)} %`;
  const report = [...byFolder].map(([folder, [c, n]]) => `${folder} ${share(c, n)}`).join(', ');
  expect(comments / code, `src/ ${share(comments, code)} (${report})`).toBeLessThan(0.12);
});

it('no comment in src/ cites an issue number', () => {
  const cites = files.filter((f) => /\bissues? #?\d+/i.test(readFileSync(join(ROOT, f), 'utf8')));
  expect(cites).toEqual([]);
});
