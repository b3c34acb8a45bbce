import { afterEach, describe, expect, it, vi } from 'vitest';
import english from '../../_locales/en/messages.json';
import { formatMessage, messageParts, plural, t } from './i18n';

afterEach(() => vi.unstubAllGlobals());

describe('formatMessage (the browser’s rules, for Node and plain pages)', () => {
  it('fills named placeholders, case-insensitively, from $1…$9', () => {
    const entry = { message: 'Cancelled after $Done$ of $TOTAL$ images.', placeholders: { done: { content: '$1' }, total: { content: '$2' } } };
    expect(formatMessage(entry, ['3', '12'])).toBe('Cancelled after 3 of 12 images.');
  });

  it('uses a placeholder twice, writes $$ as $, and leaves a substitution that is missing empty', () => {
    const entry = { message: '$SIZE$ × $SIZE$ costs $$1 $GONE$', placeholders: { size: { content: '$1' }, gone: { content: '$2' } } };
    expect(formatMessage(entry, ['224'])).toBe('224 × 224 costs $1 ');
  });

  it('does not read placeholders inside a substitution', () => {
    const entry = { message: 'Error: $MESSAGE$', placeholders: { message: { content: '$1' } } };
    expect(formatMessage(entry, ['$2 and $MESSAGE$'])).toBe('Error: $2 and $MESSAGE$');
  });
});

describe('t', () => {
  it('outside an extension, gives the English text with its substitutions', () => {
    expect(t('app_title')).toBe('Lung tissue classifier');
    expect(t('batch_cancelled', 3, 12)).toBe('Cancelled after 3 of 12 images.');
  });

  it('asks chrome.i18n where it exists, and falls back to English when it does not know the key', () => {
    const getMessage = vi.fn((key: string, subs?: string[]) => (key === 'app_title' ? `Classificateur (${subs?.length ?? 0})` : ''));
    vi.stubGlobal('chrome', { i18n: { getMessage } });
    expect(t('app_title')).toBe('Classificateur (0)');
    expect(t('batch_cancelled', 3, 12)).toBe('Cancelled after 3 of 12 images.');
    expect(getMessage).toHaveBeenCalledWith('batch_cancelled', ['3', '12']);
  });

  it('picks the singular or plural message by count', () => {
    expect(plural(1, 'tm_window_one', 'tm_window_other', 768)).toBe('Tile window: 768 × 768 image pixels (1 tile)');
    expect(plural(12, 'tm_window_one', 'tm_window_other', 224)).toBe('Tile window: 224 × 224 image pixels (12 tiles)');
  });
});

describe('messageParts', () => {
  it('splits a translation around its element parts, in the translation’s order', () => {
    expect(messageParts('mc_use_not', 1)).toEqual(['', 0, english.mc_use_not.message.slice('$NOT$'.length)]);
    const getMessage = (_key: string, subs?: string[]) => `B ${subs![1]} A ${subs![0]}.`;
    vi.stubGlobal('chrome', { i18n: { getMessage } });
    expect(messageParts('mc_version_line', 2)).toEqual(['B ', 1, ' A ', 0, '.']);
  });
});
