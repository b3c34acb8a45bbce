/**
 * Which contexts may send each message, read from the `from` column of the message table
 * (messages.ts), where every message must have one: a message added without a policy does
 * not compile. `dispatch` refuses every other sender before validation reaches a handler.
 * docs/HARDENING.md shows this table with the reason for each row.
 */
import { MESSAGES, type MessageType } from './messages';
import type { SenderKind } from './sender-kind';

export const SENDER_POLICY = Object.fromEntries(Object.entries(MESSAGES).map(([type, m]): [string, readonly SenderKind[]] => [type, m.from])) as {
  readonly [K in MessageType]: readonly SenderKind[];
};

export function mayMessage(type: MessageType, kind: SenderKind): boolean {
  return SENDER_POLICY[type].includes(kind);
}
