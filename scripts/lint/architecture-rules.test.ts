// The lint rules that carry the boundary rules of docs/INTERNALS.md, run on small snippets
// as if they sat in the repository: each boundary must be caught, and legal code must pass.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

interface LintMessage { ruleId: string | null; message: string }
interface EslintLike { lintText(code: string, options: { filePath: string }): Promise<{ messages: LintMessage[] }[]> }

let eslint: EslintLike;

beforeAll(async () => {
  // ESLint lives in tools/lint/ (its own package: typescript-eslint needs TypeScript 5).
  const api = (await import(pathToFileURL(resolve(root, 'tools/lint/node_modules/eslint/lib/api.js')).href)) as {
    ESLint: new (options: object) => EslintLike;
  };
  eslint = new api.ESLint({
    cwd: root,
    overrideConfigFile: resolve(root, 'tools/lint/eslint.config.js'),
    // Snippets are not files of the TypeScript project: lint them without type information
    // (the boundary rules need none; no-floating-promises is exercised by `npm run lint`).
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: false } },
      rules: { '@typescript-eslint/no-floating-promises': 'off' },
    },
  });
});

async function rulesHit(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message.split('.')[0]}`);
}

describe('architecture lint rules', () => {
  it('keep browser and extension globals out of src/core', async () => {
    const hits = await rulesHit('src/core/probe.ts',
      'export const f = () => [chrome.runtime.id, browser.runtime.id, document.title, window.name, navigator.gpu, new OffscreenCanvas(1, 1)];\n');
    expect(hits).toHaveLength(6);
    expect(hits.every((h) => h.startsWith('no-restricted-globals'))).toBe(true);
  });

  it('let src/core use what Node has too', async () => {
    const code = 'export const f = async () => [await fetch("x"), new URL("x"), new TextEncoder(), performance.now(), crypto.randomUUID(), setTimeout(() => 0)];\n';
    expect(await rulesHit('src/core/probe.ts', code)).toEqual([]);
  });

  it('keep context folders and the extension API out of src/core', async () => {
    const code = [
      "import { a } from '../background/x';", "import { b } from '../model-host/classifier-cache';", "import { c } from '../ui/ResultView';",
      "import { d } from '#inference-host';", "import { e } from '../shared/browser-api';", "import browser from 'webextension-polyfill';",
      "import { f } from './types';", "import { g } from '../shared/errors';",
      'export const all = [a, b, c, d, e, f, g, browser];', '',
    ].join('\n');
    const hits = await rulesHit('src/core/probe.ts', code);
    expect(hits).toHaveLength(6);
    expect(hits.every((h) => h.startsWith('no-restricted-imports'))).toBe(true);
  });

  it('keep context folders out of src/shared, but let its tests check every handler', async () => {
    const code = "import { backgroundHandlers } from '../background/handlers';\nimport { t } from '../tilemap/x';\nexport const h = [backgroundHandlers, t];\n";
    expect(await rulesHit('src/shared/probe.ts', code)).toHaveLength(2);
    expect(await rulesHit('src/shared/probe.test.ts', code)).toEqual([]);
  });

  it('allow context folders to import each other', async () => {
    expect(await rulesHit('src/popup/probe.ts', "import { x } from '../background/y';\nexport const z = [x, document.title];\n")).toEqual([]);
  });

  it('keep the @tensorflow/tfjs union package out of the extension, except for types', async () => {
    const value = "import * as tf from '@tensorflow/tfjs';\nexport const t = tf;\n";
    const types = "import type * as tfjs from '@tensorflow/tfjs';\nexport type T = tfjs.Tensor;\n";
    for (const file of ['src/model-host/probe.ts', 'src/core/probe.ts', 'src/shared/probe.ts', 'src/popup/Probe.tsx']) {
      expect(await rulesHit(file, value)).toEqual([expect.stringMatching(/^no-restricted-imports/)]);
      expect(await rulesHit(file, types)).toEqual([]);
    }
    expect(await rulesHit('src/core/probe.test.ts', value)).toEqual([]);
  });

  it('forbid raw HTML in components', async () => {
    const hits = await rulesHit('src/ui/Probe.tsx', 'export const P = () => <div dangerouslySetInnerHTML={{ __html: "x" }} />;\n');
    expect(hits).toEqual([expect.stringMatching(/^no-restricted-syntax/)]);
  });

  it('send every message through a typed sender', async () => {
    const bad = {
      'a hand-built envelope': "export const m = { type: 'classify-image', target: 'background', request: {} };\n",
      'a message sent past the senders': 'export const r = (m: object) => chrome.runtime.sendMessage(m);\n',
      'an envelope built outside the senders': "import { envelope } from '../shared/messages';\nexport const e = envelope('history-list', {});\n",
      'a restated reply type': "import { sendToBackground } from '../shared/send-to-background';\nexport const f = async () => (await sendToBackground('history-list', {})) as { entries: [] };\n",
      'a reply type as a type argument': "import { sendToBackground } from '../shared/send-to-background';\nexport const f = () => sendToBackground<'history-list'>('history-list', {});\n",
    };
    for (const [what, code] of Object.entries(bad)) {
      expect(await rulesHit('src/bench/probe.ts', code), what).toEqual([expect.stringMatching(/^no-restricted-syntax: (A hand-built|A reply type|Send through)/)]);
    }
    const good = "import { sendToBackground } from '../shared/send-to-background';\nexport const f = async () => (await sendToBackground('history-list', {})).entries;\n";
    expect(await rulesHit('src/popup/probe.ts', good)).toEqual([]);
  });

  it('refuse an import cycle', async () => {
    // convnext.ts imports graph-context.ts: graph-context importing convnext closes a loop.
    const hits = await rulesHit('src/keras/graph-context.ts', "import { tryConvNeXt } from './convnext';\nexport const f = tryConvNeXt;\n");
    expect(hits).toEqual([expect.stringMatching(/^local\/no-import-cycle: Import cycle/)]);
    expect(await rulesHit('src/keras/graph-context.ts', "import type { KerasWeights } from './h5-weights';\nexport type W = KerasWeights;\n")).toEqual([]);
  });
});
