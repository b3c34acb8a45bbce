// The architecture rules of docs/INTERNALS.md ("Boundary rules"), as lint rules, plus no floating promises.
// Run from the repository root: `npm run lint` (eslint -c tools/lint/eslint.config.js).
// Lives here, next to its own node_modules, because typescript-eslint needs TypeScript 5's
// compiler API and the project itself compiles with TypeScript 7 (docs/LINT.md).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import noImportCycle from './no-import-cycle.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The folders that each run in one extension context; core and shared may not import them. */
const CONTEXT_FOLDERS = ['background', 'model-host', 'content', 'card', 'popup', 'options', 'tilemap', 'model-card', 'ui'];

/**
 * Globals that exist in browsers but not in Node: core code touching one of these would
 * only run in a page. Node-and-browser globals (fetch, URL, TextEncoder, crypto,
 * performance) stay allowed. navigator is in Node 21+ but means "the browser" here.
 */
const nodeOrLanguage = new Set([...Object.keys(globals.node), ...Object.keys(globals.es2022), ...Object.keys(globals.builtin)]);
const browserOnlyGlobals = [
  'chrome',
  'browser',
  'navigator',
  ...Object.keys(globals.browser).filter((name) => !nodeOrLanguage.has(name)),
];

const CONTEXT_MESSAGE = 'src/core and src/shared run in every context: they may not import a context folder (docs/INTERNALS.md).';
const contextImports = {
  group: CONTEXT_FOLDERS.flatMap((folder) => [`**/${folder}`, `**/${folder}/**`]),
  message: CONTEXT_MESSAGE,
};
// An exact path, not a pattern: '#' starts a comment in the gitignore syntax patterns use.
const inferenceHostImport = { name: '#inference-host', message: CONTEXT_MESSAGE };
// Types from the union package are fine; its code would bundle WebGL, the converter and
// tfjs-data again (docs/PERFORMANCE.md, "Bundle size").
const tfjsUnionImport = {
  name: '@tensorflow/tfjs',
  allowTypeImports: true,
  message: 'Extension code imports TF.js through src/model-host/tfjs.ts (core takes it as a TfjsApi parameter).',
};

const noRawHtml = {
  selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]',
  message: 'No raw HTML in the UI: addons.mozilla.org review flags it (docs/STORE_LINT.md).',
};
/** The envelope's definition and the files that put a message on the wire; everything else calls their senders. */
const SENDERS = ['src/shared/messages.ts', 'src/shared/typed-sender.ts', 'src/shared/send-to-background.ts', 'src/background/send-to-tab.ts', 'src/background/send-to-model-host.chrome.ts'];
const USE_A_SENDER = 'Send through a typed sender (sendToBackground, sendToTab, sendToModelHost): it builds the envelope and takes the reply type from the message table (docs/INTERNALS.md).';
const oneWayToSend = [
  { selector: 'CallExpression[callee.property.name="sendMessage"]', message: USE_A_SENDER },
  { selector: 'CallExpression[callee.name=/^(envelope|unwrapReply|checkReply)$/]', message: USE_A_SENDER },
  {
    selector: 'ObjectExpression:has(> Property[key.name="type"]):has(> Property[key.name="target"]):has(> Property[key.name="request"])',
    message: `A hand-built message envelope. ${USE_A_SENDER}`,
  },
  { selector: 'TSAsExpression > AwaitExpression > CallExpression[callee.name=/^send[A-Z]/]', message: `A reply type restated. ${USE_A_SENDER}` },
  { selector: 'CallExpression[callee.name=/^send[A-Z]/][typeArguments]', message: `A reply type restated. ${USE_A_SENDER}` },
];

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'tools/**', 'training/**', 'bench/tmp/**', '**/*.js', '**/*.cjs', '**/*.mjs'],
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    plugins: { '@typescript-eslint': tseslint.plugin, local: { rules: { 'no-import-cycle': noImportCycle } } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A promise nobody awaits loses its rejection: the "never a silent failure" bar.
      // Deliberate fire-and-forget is written `void promise`.
      '@typescript-eslint/no-floating-promises': 'error',
      'no-restricted-syntax': ['error', noRawHtml],
      'local/no-import-cycle': 'error',
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', ...SENDERS],
    rules: { 'no-restricted-syntax': ['error', noRawHtml, ...oneWayToSend] },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': ['error', { paths: [tfjsUnionImport] }],
    },
  },
  // The blocks below replace the rule's options for their folders, so they repeat it.
  {
    files: ['src/core/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...browserOnlyGlobals.map((name) => ({
        name,
        message: 'src/core is pure TypeScript + TF.js: no browser or extension globals (docs/INTERNALS.md). Take pixels and return results.',
      }))],
      'no-restricted-imports': ['error', {
        paths: [inferenceHostImport, tfjsUnionImport],
        patterns: [contextImports, {
          group: ['webextension-polyfill', '**/shared/browser-api'],
          message: 'src/core may not reach the extension API (docs/INTERNALS.md).',
        }],
      }],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [inferenceHostImport, tfjsUnionImport], patterns: [contextImports] }],
    },
  },
);
