// Which contexts may send each message, from the table's `from` column; `dispatch` refuses every
// other sender before any handler (docs/HARDENING.md gives the reasons).
import { MESSAGES, type MessageType } from './messages';
import type { SenderKind } from './sender-kind';

export const SENDER_POLICY = Object.fromEntries(Object.entries(MESSAGES).map(([type, m]): [string, readonly SenderKind[]] => [type, m.from])) as {
  readonly [K in MessageType]: readonly SenderKind[];
};

export function mayMessage(type: MessageType, kind: SenderKind): boolean {
  return SENDER_POLICY[type].includes(kind);
}
