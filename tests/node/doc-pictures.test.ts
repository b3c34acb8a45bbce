/** Every picture a document shows comes from `npm run screenshots` (scripts/screenshots/pictures.ts) and exists. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { expect, it } from 'vitest';
import { PICTURES } from '../../scripts/screenshots/pictures';
import { ROOT } from '../helpers/node-model';

const docs = execFileSync('git', ['ls-files', '*.md'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter((f) => f && !f.startsWith('tests/fixtures/') && !f.startsWith('demo/'));

it('every picture in README and docs is one npm run screenshots draws', () => {
  const known = new Set(PICTURES.map((p) => p.doc));
  const shown: string[] = [];
  for (const doc of docs) {
    for (const [, src] of readFileSync(join(ROOT, doc), 'utf8').matchAll(/!\[[^\]]*\]\(([^)\s]+\.(?:png|jpg|jpeg|gif|webp))\)/g)) {
      shown.push(normalize(join(dirname(doc), src)));
    }
  }
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.filter((p) => !known.has(p))).toEqual([]);
  expect(PICTURES.filter((p) => !existsSync(join(ROOT, p.doc))).map((p) => p.doc)).toEqual([]);
});
