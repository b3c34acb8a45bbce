// `npm run screenshots`: builds the extension, runs the end-to-end tests that draw the
// documents' pictures (real extension, real model, headless Chromium) and copies each picture
// to where the documents show it (scripts/screenshots/pictures.ts).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PICTURES } from './pictures';

const root = join(import.meta.dirname, '../..');
// vite-node, which runs this script, sets NODE_ENV=development; the pictures show the production build.
const env = { ...process.env, NODE_ENV: 'production' };
execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env });
const tests = [...new Set(PICTURES.map((p) => p.test))];
execFileSync('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...tests], { cwd: root, stdio: 'inherit', env });
for (const p of PICTURES) {
  mkdirSync(dirname(join(root, p.doc)), { recursive: true });
  copyFileSync(join(root, 'tests/artifacts', p.artifact), join(root, p.doc));
  console.log(`${p.doc} ← ${p.test}`);
}
