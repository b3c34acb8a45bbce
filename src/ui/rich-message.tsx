/**
 * A message with markup inside it (a <strong>, a <code>, a number in its own element): the
 * translated sentence keeps its word order, and each `$1`…`$9` becomes the element passed
 * for it. The elements' own words come from their own messages.
 */
import type { ComponentChildren } from 'preact';
import { Fragment } from 'preact';
import { t, type MessageKey } from '../shared/i18n';

// Private-use characters: they cannot occur in a translation, so they mark where parts go.
const OPEN = '\uE000';
const CLOSE = '\uE001';

export function richMessage(key: MessageKey, ...parts: ComponentChildren[]): ComponentChildren {
  const text = t(key, ...parts.map((_, i) => `${OPEN}${i}${CLOSE}`));
  const pieces = text.split(new RegExp(`${OPEN}(\\d)${CLOSE}`));
  // split() with a group: text, index, text, index, …, text.
  return pieces.map((piece, i) => (i % 2 === 0 ? piece : <Fragment key={i}>{parts[Number(piece)]}</Fragment>));
}
