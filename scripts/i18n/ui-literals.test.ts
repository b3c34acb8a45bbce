// The check behind tests/node/i18n.test.ts, on small samples: each kind of user-facing
// literal is caught, and code that only looks like words (classes, ids, CSS, keys) is not.
import { beforeAll, describe, expect, it } from 'vitest';
import type TS from '../../tools/lint/node_modules/typescript';
import { typescriptApi } from './scan-ui';
import { findUiLiterals } from './ui-literals';

let ts: typeof TS;
beforeAll(async () => {
  ts = await typescriptApi();
});

const found = (code: string, file = 'src/popup/Probe.tsx') => findUiLiterals(ts, file, code).map((f) => f.text);

describe('findUiLiterals', () => {
  it('catches words written as JSX text', () => {
    expect(found('export const A = () => <p class="ltc-note">Nothing is uploaded.</p>;')).toEqual(['Nothing is uploaded.']);
    expect(found('export const A = () => <button type="button">Cancel</button>;')).toEqual(['Cancel']);
  });

  it('catches words in attributes people read or hear', () => {
    expect(found('export const A = () => <button aria-label="Close" title="Close (Esc)" />;')).toEqual(['Close', 'Close (Esc)']);
    expect(found('export const A = (p: { on: boolean }) => <img alt={p.on ? "Chosen image" : ""} src="x.png" />;')).toEqual(['Chosen image']);
  });

  it('catches words in string and template literals outside JSX', () => {
    expect(found("const WORDS = { queued: 'Queued' };\nexport const f = () => WORDS;")).toEqual(['Queued']);
    expect(found('export const f = (n: number) => `Classifying image ${n} of 3.`;')).toEqual(['`Classifying image ${n} of 3.`']);
    expect(found("export const f = () => { throw new Error('The history could not be read.'); };", 'src/ui/probe.ts')).toEqual(['The history could not be read.']);
    expect(found("export const e = { code: 'not-an-image', message: 'No tab is active.' };", 'src/background/probe.ts')).toEqual(['No tab is active.']);
    expect(found('export const html = `<div class="help"><strong>Lung tissue</strong> drag here</div>`;', 'src/content/probe.ts')).toHaveLength(1);
  });

  it('leaves code alone: classes, ids, test ids, CSS, SVG, keys, comparisons, symbols and t() keys', () => {
    const code = [
      "import { t } from '../shared/i18n';",
      'export const A = (p: { k: string; n: number }) => (',
      '  <div class="ltc-card ltc-panel" id="ltc-batch-title" data-testid="ltc-batch" role="dialog" style={{ width: `${p.n}px` }}>',
      '    <svg viewBox="0 0 24 24"><path d="M12 16V4m0 0L7.5 8.5M12 4l4.5 4.5" stroke-linecap="round" /></svg>',
      "    <span> — </span>{p.n} · {p.k === 'Escape' ? '✓' : '…'}",
      "    <p>{t('popup_footer')}</p>",
      '  </div>',
      ');',
      "export const css = 'all: initial; position: fixed; left: 0;';",
      "export const move = (x: number) => `translate(${x}px, ${x}px)`;",
      "export const key = (s: Record<string, number>) => s['Home'];",
      "export type Kind = 'Not a word';",
      "export const log = (e: unknown) => console.error('Lung tissue classifier: not saved', e);",
    ].join('\n');
    expect(found(code)).toEqual([]);
  });

  it('reports the line of each finding', () => {
    expect(findUiLiterals(ts, 'src/ui/Probe.tsx', 'export const A = () => (\n  <p>\n    Research only\n  </p>\n);').map((f) => f.line)).toEqual([3]);
  });
});
