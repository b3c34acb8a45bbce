/**
 * Issue 19, translatable UI: the UI reads every string from _locales. No user-facing literal
 * in the UI folders (scripts/i18n/ui-literals.ts, proven on samples in its own test); every
 * key the code names exists; no message is unused; each has what translators need.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MessageEntry } from '../../src/shared/i18n';
import { root, scanUi } from '../../scripts/i18n/scan-ui';

const messages = JSON.parse(readFileSync(join(root, '_locales/en/messages.json'), 'utf8')) as Record<string, MessageEntry>;
const keys = Object.keys(messages);

/** Every TypeScript file that ships (src/, not tests) and the manifest. */
const codeFiles = [
  'manifest.config.ts',
  ...readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => join('src', f)),
];
const code = codeFiles.map((f) => readFileSync(join(root, f), 'utf8')).join('\n');

describe('translatable UI', () => {
  it('no user-facing string literal in the code that shows or sends text (UI folders, background, model host, shared)', async () => {
    const found = (await scanUi()).map((f) => `${f.file}:${f.line}: ${f.text}`);
    expect(found, 'move these into _locales/en/messages.json and read them with t()').toEqual([]);
  });

  it('every key the code and the manifest name exists in messages.json', () => {
    const named = [
      ...[...code.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]),
      ...[...code.matchAll(/\b(?:t|richMessage|messageParts)\(\s*'([^']+)'/g)].map((m) => m[1]),
      ...[...code.matchAll(/\bplural\([^,]+,\s*'([^']+)',\s*'([^']+)'/g)].flatMap((m) => [m[1], m[2]]),
    ];
    expect(named.length).toBeGreaterThan(100);
    expect([...new Set(named)].filter((k) => !(k in messages))).toEqual([]);
  });

  it('every message in messages.json is used', () => {
    // Keys appear in the code as string literals (t('…'), key tables typed MessageKey), as
    // __MSG_…__, or as a typed template over core's ids (`check_reason_${id}`).
    const prefixes = [...code.matchAll(/`([a-z0-9]+(?:_[a-z0-9]+)*_)\$\{/g)].map((m) => m[1]);
    const used = (key: string) => code.includes(`'${key}'`) || code.includes(`__MSG_${key}__`) || prefixes.some((p) => key.startsWith(p));
    expect(keys.filter((k) => !used(k))).toEqual([]);
  });

  it('every message has a description, and keys the browsers accept', () => {
    expect(keys.filter((k) => !messages[k].description?.trim())).toEqual([]);
    expect(keys.filter((k) => !/^[A-Za-z0-9_]+$/.test(k) || k.startsWith('@@'))).toEqual([]);
    // Message names are case-insensitive in the browsers.
    expect(keys.length).toBe(new Set(keys.map((k) => k.toLowerCase())).size);
  });

  it('placeholders: each one used in its message is defined, fed by $1…$9, and has an example', () => {
    const problems = keys.flatMap((k) => {
      const { message, placeholders = {} } = messages[k];
      const defined = new Map(Object.entries(placeholders).map(([n, p]) => [n.toLowerCase(), p]));
      const used = [...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1].toLowerCase());
      return [
        ...used.filter((n) => !defined.has(n)).map((n) => `${k}: $${n}$ is not defined`),
        ...[...defined.keys()].filter((n) => !used.includes(n)).map((n) => `${k}: ${n} is never used`),
        ...[...defined].filter(([, p]) => !/^\$[1-9]$/.test(p.content) || p.example === undefined).map(([n]) => `${k}: ${n} needs content $1…$9 and an example`),
      ];
    });
    expect(problems).toEqual([]);
  });
});
