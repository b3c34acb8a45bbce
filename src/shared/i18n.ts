// Every user-facing string comes from `_locales/<locale>/messages.json` via the browser's i18n
// API; keys are type-checked against the English file. Outside an extension (Node tests, a
// preview page) the English file is read directly, so tests see real text, not keys.
import english from '../../_locales/en/messages.json';

export type MessageKey = keyof typeof english;
export type Substitution = string | number;

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

type GetMessage = (key: string, substitutions?: string[]) => string;

function nativeGetMessage(): GetMessage | undefined {
  const i18n = (globalThis as { chrome?: { i18n?: { getMessage?: GetMessage } } }).chrome?.i18n;
  return typeof i18n?.getMessage === 'function' ? i18n.getMessage.bind(i18n) : undefined;
}

export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  const strings = substitutions.map(String);
  // getMessage answers '' for a key it does not know (e.g. a stale build): English then.
  return nativeGetMessage()?.(key, strings) || formatMessage(english[key], strings);
}

// Private-use characters: they cannot occur in a translation, so they mark where parts go.
const OPEN = '\uE000';
const CLOSE = '\uE001';

/** A message whose placeholders are elements: the text split around them, in the translation's order. */
export function messageParts(key: MessageKey, partCount: number): (string | number)[] {
  const text = t(key, ...Array.from({ length: partCount }, (_, i) => `${OPEN}${i}${CLOSE}`));
  // split() with a group gives text, index, text, index, …, text.
  return text.split(new RegExp(`${OPEN}(\\d)${CLOSE}`)).map((piece, i) => (i % 2 === 0 ? piece : Number(piece)));
}

/** `one` when `count` is 1, else `other` (browser.i18n has no plural rules; both get `count` as $1). */
export function plural(count: number, one: MessageKey, other: MessageKey, ...more: Substitution[]): string {
  return t(count === 1 ? one : other, count, ...more);
}

/** What chrome.i18n.getMessage does with one entry (named placeholders, then $1…$9, $$). */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[]): string {
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const fill = (text: string) => text.replace(/\$\$|\$([1-9])/g, (_whole, n: string | undefined) => (n ? substitutions[Number(n) - 1] ?? '' : '$'));
  const named = entry.message.replace(/\$([a-zA-Z0-9_@]+)\$/g, (whole, name: string) => {
    const content = placeholders.get(name.toLowerCase());
    return content === undefined ? whole : content;
  });
  return fill(named);
}
