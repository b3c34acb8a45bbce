// Writes zip archives that are identical byte for byte whenever their files are: entries
// sorted by path, one fixed modification time, no file attributes. With fflate (already a
// dependency, pure JS) instead of the system `zip`, which Windows and many macOS machines
// lack.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

/** Relative paths ('/'-separated) of every file under `dir`, sorted by code unit. */
export function filesUnder(dir: string): string[] {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
  return files.sort(byPath);
}

export function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * fflate writes DOS timestamps from the Date's *local* fields; building the Date from the
 * UTC fields of `instant` makes the archive the same in every time zone.
 */
export function dosTime(instant: Date): Date {
  return new Date(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate(),
    instant.getUTCHours(), instant.getUTCMinutes(), instant.getUTCSeconds());
}

export function zipFiles(dir: string, paths: string[], mtime: Date): Uint8Array {
  const entries: Zippable = {};
  for (const path of [...paths].sort(byPath)) {
    // An integer-like key would be enumerated before the others by JavaScript, breaking
    // the sorted order fflate writes in.
    if (/^\d+$/.test(path)) throw new Error(`Cannot keep "${path}" in sorted order in a zip (integer-like name).`);
    entries[path] = [readFileSync(join(dir, path)), { mtime: dosTime(mtime) }];
  }
  return zipSync(entries, { level: 9 });
}
