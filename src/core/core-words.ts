/**
 * A sentence core composes for people, as an id and its figures. Core is pure (no browser
 * APIs, so no browser.i18n): it keeps its English sentence for scripts, tests and exports,
 * and sends these alongside so the UI can word them from _locales (src/ui/core-words-text.ts).
 */
export interface CoreWords<Id extends string> {
  id: Id;
  args: string[];
}

/** English for each id: what core's own sentences say, and what _locales/en must say too. */
export type EnglishWords<Id extends string> = Readonly<Record<Id, (...args: string[]) => string>>;

export function inEnglish<Id extends string>(table: EnglishWords<Id>, words: CoreWords<Id>): string {
  return table[words.id](...words.args);
}
