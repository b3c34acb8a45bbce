// A message with markup inside it (a <strong>, a <code>, a number in its own element): the
// translated sentence keeps its word order, and each `$1`…`$9` becomes the part passed for
// it. The parts' own words come from their own messages.
import type { ComponentChildren } from 'preact';
import { Fragment } from 'preact';
import { messageParts, type MessageKey } from '../shared/i18n';

export function richMessage(key: MessageKey, ...parts: ComponentChildren[]): ComponentChildren {
  return messageParts(key, parts.length).map((piece, i) => (typeof piece === 'number' ? <Fragment key={i}>{parts[piece]}</Fragment> : piece));
}
