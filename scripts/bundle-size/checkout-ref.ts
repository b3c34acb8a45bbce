// Extracts the tree of a git commit into a temporary folder (git archive: read-only for
// the repository, no worktree bookkeeping), with this checkout's node_modules linked in,
// so that a "before" build can be measured by the same script as the current one.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Checkout {
  dir: string;
  commit: string;
  remove(): void;
}

export function checkoutRef(root: string, ref: string): Checkout {
  const commit = execFileSync('git', ['rev-parse', '--short', `${ref}^{commit}`], { cwd: root, encoding: 'utf8' }).trim();
  const dir = mkdtempSync(join(tmpdir(), `ltc-${commit}-`));
  const archive = execFileSync('git', ['archive', '--format=tar', commit], { cwd: root, maxBuffer: 512 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, commit, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function currentCommit(root: string): string {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  // Recorded results and docs do not change what is built (and the benchmarks rewrite them).
  const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no', '--', '.', ':!bench/results', ':!docs'], { cwd: root, encoding: 'utf8' }).trim() !== '';
  return dirty ? `${commit}+changes` : commit;
}
