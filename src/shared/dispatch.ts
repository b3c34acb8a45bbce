// Turns a registry of handlers (one per message of a target) into a runtime.onMessage
// listener: validate, dispatch, and always answer `{ok, value}` or `{ok:false, error}`.
import { toErrorInfo } from './errors';
import type { MessageMap, MessageType, Reply, RequestOf, ResponseOf, Target } from './messages';
import type { SenderKind } from './sender-kind';
import { mayMessage } from './sender-policy';
import { validateEnvelope } from './validate-message';

export interface Sender {
  kind: SenderKind;
  tabId?: number;
  frameId?: number;
  url?: string;
}

export type Handler<K extends MessageType> = (request: RequestOf<K>, sender: Sender) => Promise<ResponseOf<K>>;

export type HandlerRegistry<T extends Target> = {
  [K in MessageType as MessageMap[K]['target'] extends T ? K : never]: Handler<K>;
};

/** Undefined for another target's message, so the right context answers. */
export function dispatch<T extends Target>(
  target: T,
  handlers: HandlerRegistry<T>,
  raw: unknown,
  sender: Sender,
): Promise<Reply<unknown>> | undefined {
  if (typeof raw === 'object' && raw !== null && (raw as { target?: unknown }).target !== target) return undefined;
  const env = validateEnvelope(raw);
  if (typeof env === 'string') {
    return Promise.resolve({ ok: false, error: { code: 'invalid-message', message: env } });
  }
  // Before the handler, never inside it: a handler cannot forget the policy (docs/HARDENING.md).
  if (!mayMessage(env.type, sender.kind)) {
    return Promise.resolve({ ok: false, error: { code: 'forbidden', message: `${env.type} may not be sent from ${sender.kind === 'content' ? 'a web page' : `the ${sender.kind} context`}` } });
  }
  const handler = (handlers as unknown as Record<string, Handler<MessageType> | undefined>)[env.type];
  if (!handler) {
    return Promise.resolve({
      ok: false,
      error: { code: 'invalid-message', message: `no ${target} handler for ${env.type}` },
    });
  }
  return handler(env.request, sender).then(
    (value): Reply<unknown> => ({ ok: true, value }),
    (err: unknown): Reply<unknown> => ({ ok: false, error: toErrorInfo(err) }),
  );
}
