/**
 * Zips the built extensions for the stores, plus the source archive addons.mozilla.org
 * asks for when the submitted code is bundled (reviewers rebuild it and compare):
 *   dist/lung-tissue-classifier-{chrome,firefox,source}-<version>.zip
 * Uses the system `zip` (Info-ZIP) rather than an npm dependency.
 *
 *   npm run package        (builds both targets first)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pkg from '../package.json' with { type: 'json' };

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const MB = 1024 * 1024;
/** The project's bar for the whole extension (README, Packages); both stores accept far more. */
const MAX_EXTENSION_BYTES = 20 * MB;
/** Our own bar for the source archive: catches a dataset or cache that slipped into git. */
const MAX_SOURCE_BYTES = 50 * MB;

interface Manifest {
  version: string;
  permissions?: string[];
  browser_specific_settings?: { gecko?: { id?: string } };
}

function zipPath(kind: string): string {
  return join(dist, `${pkg.name}-${kind}-${pkg.version}.zip`);
}

/** -X: no extra file attributes (uid/gid, timestamps beyond DOS time) in the archive. */
function zip(cwd: string, out: string, args: string[], stdin?: string): void {
  rmSync(out, { force: true });
  execFileSync('zip', ['-q', '-X', '-9', out, ...args], { cwd, input: stdin, stdio: [stdin ? 'pipe' : 'ignore', 'inherit', 'inherit'] });
}

function checkBuild(target: 'chrome' | 'firefox'): string {
  const dir = join(dist, target);
  const manifestFile = join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: run npm run build${target === 'firefox' ? ':firefox' : ''} first.`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  if (manifest.version !== pkg.version) throw new Error(`dist/${target} is version ${manifest.version}, package.json says ${pkg.version}: rebuild.`);
  if (target === 'firefox') {
    if (manifest.permissions?.includes('offscreen')) throw new Error('dist/firefox asks for "offscreen", which Firefox does not have: rebuild with TARGET=firefox.');
    if (!manifest.browser_specific_settings?.gecko?.id) throw new Error('dist/firefox has no gecko id: AMO cannot sign it.');
  }
  return dir;
}

/** Tracked files only: what a reviewer needs to rebuild, nothing generated or local. */
function sourceFiles(): string {
  try {
    return execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' });
  } catch {
    throw new Error('The source archive lists files with `git ls-files`; run this inside the git checkout.');
  }
}

function report(out: string, limit: number): boolean {
  const bytes = statSync(out).size;
  const ok = bytes <= limit;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${out.slice(root.length + 1).padEnd(52)} ${(bytes / MB).toFixed(2).padStart(6)} MB (limit ${limit / MB} MB)`);
  return ok;
}

const results: boolean[] = [];
for (const target of ['chrome', 'firefox'] as const) {
  const out = zipPath(target);
  zip(checkBuild(target), out, ['-r', '.']);
  results.push(report(out, MAX_EXTENSION_BYTES));
}
const source = zipPath('source');
zip(root, source, ['-@'], sourceFiles());
results.push(report(source, MAX_SOURCE_BYTES));

if (results.includes(false)) {
  console.error('A package is over its size limit.');
  process.exit(1);
}
