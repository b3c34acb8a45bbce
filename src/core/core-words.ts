// A sentence core composes for people, as an id and its figures. Core is pure (no browser
// APIs, so no browser.i18n): it keeps its English sentence for scripts, tests and exports,
// and sends these alongside so the UI can word them from _locales (src/shared/core-words-text.ts).
import { fields, list, oneOf, text } from './schema-parts';

/** Why an image is not assessable (input-check.ts); the UI words it from `check_reason_<id>`. */
export const CHECK_REASON_IDS = [
  'too_small', 'blank', 'little_tissue', 'greyscale', 'drawing', 'noise',
  'colours_dab', 'colours', 'colours_green', 'stain_dark', 'stain_dab', 'stain_other',
] as const;
export type CheckReasonId = (typeof CHECK_REASON_IDS)[number];

/** Why an answer needs care (input-shift.ts); the UI words it from `shift_note_<id>`. */
export const SHIFT_NOTE_IDS = ['stain_normalised', 'stain', 'zoomed', 'lower', 'higher', 'features'] as const;
export type ShiftNoteId = (typeof SHIFT_NOTE_IDS)[number];

/** An id from `ids` and at most 9 figures (browser.i18n's substitutions), as it crosses the messaging boundary. */
export const coreWordsSchema = <const T extends readonly [string, ...string[]]>(ids: T) =>
  fields({ id: oneOf(ids), args: list(text(200), 9) });

export interface CoreWords<Id extends string> {
  id: Id;
  args: string[];
}

/** English for each id: what core's own sentences say, and what _locales/en must say too. */
export type EnglishWords<Id extends string> = Readonly<Record<Id, (...args: string[]) => string>>;

export function inEnglish<Id extends string>(table: EnglishWords<Id>, words: CoreWords<Id>): string {
  return table[words.id](...words.args);
}

