// Zips the built extensions for the stores, plus the source archive addons.mozilla.org
// asks for when the submitted code is bundled (reviewers rebuild it and compare):
//   dist/lung-tissue-classifier-{chrome,firefox,source}-<version>.zip
// Written with fflate (no system `zip` needed) and reproducible: the same commit gives
// the same bytes (sorted entries, the commit's time on every entry; scripts/package/).
//
//   npm run package        (builds both targets first)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pkg from '../package.json' with { type: 'json' };
import { archiveTime } from './package/archive-time';
import { filesUnder, zipFiles } from './package/zip-files';

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

function zip(dir: string, paths: string[], out: string): void {
  writeFileSync(out, zipFiles(dir, paths, mtime));
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
function sourceFiles(): string[] {
  let listed: string;
  try {
    listed = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' });
  } catch {
    throw new Error('The source archive lists files with `git ls-files`; run this inside the git checkout.');
  }
  // Training checkpoints are kept in git so an interrupted CPU run can resume in a later session;
  // a reviewer rebuilds the extension from the exported weights, never from them.
  const files = listed.split('\0').filter((f) => f && !f.startsWith('training/checkpoints/'));
  const missing = files.filter((f) => !existsSync(join(root, f)));
  if (missing.length) throw new Error(`Tracked but deleted, commit or restore them first: ${missing.join(', ')}`);
  return files;
}

function report(out: string, limit: number): boolean {
  const bytes = statSync(out).size;
  const ok = bytes <= limit;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${out.slice(root.length + 1).padEnd(52)} ${(bytes / MB).toFixed(2).padStart(6)} MB (limit ${limit / MB} MB)`);
  return ok;
}

const mtime = archiveTime(root);
const results: boolean[] = [];
for (const target of ['chrome', 'firefox'] as const) {
  const out = zipPath(target);
  const dir = checkBuild(target);
  zip(dir, filesUnder(dir), out);
  results.push(report(out, MAX_EXTENSION_BYTES));
}
const source = zipPath('source');
zip(root, sourceFiles(), source);
results.push(report(source, MAX_SOURCE_BYTES));

if (results.includes(false)) {
  console.error('A package is over its size limit.');
  process.exit(1);
}
