/** The UI code that must take its words from `_locales` (src/core and src/shared are checked separately). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type TS from '../../tools/lint/node_modules/typescript';
import { findUiLiterals, type UiLiteral } from './ui-literals';

export const root = join(import.meta.dirname, '../..');

/** Folders whose code shows or says things to people (the background and the model host: the error texts they send). */
export const UI_FOLDERS = ['src/popup', 'src/options', 'src/tilemap', 'src/model-card', 'src/card', 'src/ui', 'src/content', 'src/background', 'src/model-host', 'src/shared'];

/**
 * Files left out, with why. The message contract's validation answers forged or malformed
 * messages ("expected an object"): protocol errors for developers, not UI text.
 */
export const NOT_UI_FILES: Readonly<Record<string, string>> = {
  'src/shared/validate-message.ts': 'protocol errors for developers and forged messages',
  'src/shared/message-shapes.ts': 'the message schemas\' errors: protocol errors for developers and forged messages',
  'src/shared/messages.ts': 'the message contract: types and names only',
  'src/shared/batch.ts': 'the batch messages\' schemas: protocol errors for developers and forged replies',
};

export async function typescriptApi(): Promise<typeof TS> {
  // TypeScript 5 from tools/lint (docs/LINT.md): TypeScript 7 has no compiler API.
  const mod = (await import(pathToFileURL(join(root, 'tools/lint/node_modules/typescript/lib/typescript.js')).href)) as { default: typeof TS };
  return mod.default;
}

export function uiFiles(): string[] {
  return UI_FOLDERS.flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
      .map((f) => join(dir, f))
      .filter((f) => !(f in NOT_UI_FILES)));
}

export async function scanUi(): Promise<UiLiteral[]> {
  const ts = await typescriptApi();
  return uiFiles().flatMap((f) => findUiLiterals(ts, relative(root, join(root, f)), readFileSync(join(root, f), 'utf8')));
}
