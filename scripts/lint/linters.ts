/** Where the linters are installed (their own package: docs/LINT.md), with a clear error when they are not. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

/** A linter's entry script, run with `node` (not .bin/, so the same command works on Windows). */
export function linterBin(relative: string): string {
  const bin = join(root, 'tools/lint/node_modules', relative);
  if (!existsSync(bin)) throw new Error(`${relative} is missing: run npm run lint:install (npm install and npm ci do it too).`);
  return bin;
}
