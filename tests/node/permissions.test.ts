/**
 * The permissions the manifests ask for are exactly the ones the README lists and
 * justifies (its "Permissions, and why" table), for both browsers: adding one without
 * documenting it, or documenting one that is not used, fails here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../manifest.config';

const README = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');

/** The table's rows: the first cell's `name` (or "host access to all sites"), and whether it is Chrome only. */
function documented(): { name: string; chromeOnly: boolean; why: string }[] {
  const section = README.split('## Permissions, and why')[1].split('\n## ')[0];
  return section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| permission') && !l.startsWith('|---'))
    .map((row) => {
      const [first, why] = row.split('|').slice(1).map((c) => c.trim());
      const name = /host access to all sites/.test(first) ? '<all_urls>' : /`([^`]+)`/.exec(first)![1];
      return { name, chromeOnly: /Chrome only/.test(first), why };
    });
}

describe.each(['chrome', 'firefox'] as const)('%s manifest permissions', (target) => {
  const manifest = manifestFor(target) as unknown as { permissions: string[]; host_permissions: string[]; optional_permissions?: string[] };
  const rows = documented().filter((r) => target === 'chrome' || !r.chromeOnly);

  it('equal the documented list, each with a reason', () => {
    expect([...manifest.permissions, ...manifest.host_permissions].sort()).toEqual(rows.map((r) => r.name).sort());
    for (const row of rows) expect(row.why.length, row.name).toBeGreaterThan(20);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('include none of the broad ones the extension does not need', () => {
    for (const p of ['tabs', 'webRequest', 'cookies', 'history', 'downloads', 'clipboardRead', 'nativeMessaging', 'debugger', 'management']) {
      expect(manifest.permissions).not.toContain(p);
    }
  });
});
