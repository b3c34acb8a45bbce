/**
 * Every repository path that code comments and documents point to exists, and nothing
 * points to the project brief (which is not in the repository): a reader must be able to
 * follow every reference.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/node-model';

const files = execFileSync('git', ['ls-files', '*.ts', '*.tsx', '*.md', '*.py', '*.cjs', '*.html', 'tools/lint/*.js'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n').filter((f) => f && !f.startsWith('tests/fixtures/'));
const PATH_RE = /\b((?:docs|src|scripts|tests|training|model|demo)\/[\w./-]+\.(?:md|ts|tsx|py|json|csv|html))\b/g;

// Skipped: globs, training outputs, placeholders, and the lint tests' virtual `probe` files (linted from strings).
it('every referenced docs/src/scripts/tests/training path exists', () => {
  const missing: string[] = [];
  for (const file of files) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const [, ref] of text.matchAll(PATH_RE)) {
      const candidates = [join(ROOT, ref), join(ROOT, file, '..', ref)];
      if (!candidates.some((c) => existsSync(c)) && !ref.includes('*') && !/runs\/|artifacts\/|\/x\.|<|example|\/[pP]robe\./.test(ref)) missing.push(`${file} → ${ref}`);
    }
  }
  expect(missing).toEqual([]);
});

it('every document cited by a bare file name (LINT.md, DESIGN.md §2) is in the repository', () => {
  const names = new Set(files.map((f) => f.split('/').pop()));
  for (const f of execFileSync('git', ['ls-files', '*.md'], { cwd: ROOT, encoding: 'utf8' }).split('\n')) names.add(f.split('/').pop());
  const missing: string[] = [];
  for (const file of files.filter((f) => !f.endsWith('doc-references.test.ts'))) {
    for (const [, name] of readFileSync(join(ROOT, file), 'utf8').matchAll(/(?<![\w/.-])([A-Z][\w-]*\.md)\b/g)) {
      if (!names.has(name)) missing.push(`${file} → ${name}`);
    }
  }
  expect(missing).toEqual([]);
});

it('nothing cites the project brief (DESIGN §n), which is not in the repository', () => {
  const cites = files.filter((f) => !f.endsWith('doc-references.test.ts') && /\bDESIGN(?: §|'s\b)/.test(readFileSync(join(ROOT, f), 'utf8')));
  expect(cites).toEqual([]);
});
