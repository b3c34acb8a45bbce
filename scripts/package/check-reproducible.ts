// Builds and packages twice, from scratch each time, and checks that every package is the
// same byte for byte (stores and AMO reviewers compare what they rebuild with what was
// uploaded). Slow by design (four production builds), so it runs from `npm test`, not
// from the unit tests.
//
//   npm run test:package
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const zips = () => readdirSync(dist).filter((f) => f.endsWith('.zip')).sort();

// vite-node, which runs this script, sets NODE_ENV=development; inherited, it would make
// `vite build` produce a development build. Packages are built as a user's `npm run package` is.
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV'));

function packageOnce(): void {
  for (const zip of zips()) rmSync(join(dist, zip));
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
}

const first = mkdtempSync(join(tmpdir(), 'ltc-package-'));
try {
  packageOnce();
  const names = zips();
  for (const zip of names) copyFileSync(join(dist, zip), join(first, zip));
  packageOnce();
  if (zips().join() !== names.join()) throw new Error(`The two runs wrote different packages: ${names.join(', ')} vs ${zips().join(', ')}`);
  const differing = names.filter((zip) => !readFileSync(join(first, zip)).equals(readFileSync(join(dist, zip))));
  for (const zip of names) console.log(`${differing.includes(zip) ? 'DIFFERS  ' : 'identical'} ${zip}`);
  if (names.length !== 3) throw new Error(`Expected 3 packages (chrome, firefox, source), found ${names.length}.`);
  if (differing.length) {
    console.error('Packaging is not reproducible: two builds of the same tree gave different bytes.');
    process.exit(1);
  }
} finally {
  rmSync(first, { recursive: true, force: true });
}
