// Runtime validation of everything that arrives over messaging: a page must never spoof a
// request, so each handler sees only what passed its schema in the message table.
import * as v from 'valibot';
import { ClassifierError } from './errors';
import { MESSAGES, type Envelope, type MessageType, type ResponseOf } from './messages';

export function isMessageType(v: unknown): v is MessageType {
  return typeof v === 'string' && Object.prototype.hasOwnProperty.call(MESSAGES, v);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function describeIssue(issue: v.BaseIssue<unknown>): string {
  let where = '';
  for (const item of issue.path ?? []) {
    const key = String(item.key);
    where += item.type === 'array' ? `[${key}]` : `${where ? ': ' : ''}${key}`;
  }
  return where ? `${where}: ${issue.message}` : issue.message;
}

/** The envelope as it came (schemas do not transform), so a handler gets exactly what was sent. */
export function validateEnvelope(raw: unknown): Envelope | string {
  if (!isObject(raw)) return 'message is not an object';
  if (!isMessageType(raw.type)) return `unknown message type ${JSON.stringify(raw.type)?.slice(0, 60)}`;
  const definition = MESSAGES[raw.type];
  if (raw.target !== definition.target) return `message ${raw.type} sent to the wrong target`;
  // abortEarly: the first problem is the answer, and a huge array stops at its first bad item.
  const result = v.safeParse(definition.request, raw.request, { abortEarly: true });
  if (!result.success) return `invalid ${raw.type} request: ${describeIssue(result.issues[0])}`;
  return raw as unknown as Envelope;
}

const isSchema = (x: unknown): x is v.GenericSchema => isObject(x) && x.kind === 'schema';

/** Content scripts' replies are checked against their schema; replies without one come from the extension itself. */
export function checkReply<K extends MessageType>(type: K, value: unknown): ResponseOf<K> {
  const schema: unknown = MESSAGES[type].response;
  if (!isSchema(schema)) return value as ResponseOf<K>;
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (!result.success) throw new ClassifierError('invalid-message', `invalid ${type} reply: ${describeIssue(result.issues[0])}`);
  return value as ResponseOf<K>;
}
