// Every message leaves through a sender made here: the envelope is built from the message
// table and the reply's type is the table's, so no call site restates either. A reply with
// a schema (a content script's, the page's word) is checked on arrival.
import { ClassifierError } from './errors';
import { envelope, type Envelope, type MessageMap, type MessageType, type Reply, type RequestOf, type ResponseOf, type Target } from './messages';
import { checkReply } from './validate-message';
import { t } from './i18n';

export type MessageTo<T extends Target> = { [K in MessageType]: MessageMap[K]['target'] extends T ? K : never }[MessageType];

export function unwrapReply(reply: unknown, who: string): unknown {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) {
    throw new ClassifierError('internal', t('error_no_answer', who));
  }
  const r = reply as Reply<unknown>;
  if (r.ok) return r.value;
  throw new ClassifierError(r.error.code, r.error.message);
}

export function typedSender<T extends Target, Extra extends unknown[] = []>(
  post: (message: Envelope, ...extra: Extra) => Promise<unknown>,
  who: () => string,
) {
  return async <K extends MessageTo<T>>(type: K, request: RequestOf<K>, ...extra: Extra): Promise<ResponseOf<K>> =>
    checkReply(type, unwrapReply(await post(envelope(type, request), ...extra), who()));
}
