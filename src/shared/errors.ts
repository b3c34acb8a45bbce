import * as v from 'valibot';
import { fields, oneOf, text } from '../core/schema-parts';
import { t } from './i18n';

/** Every failure the user can see has one of these codes and a specific message. */
export const ERROR_CODES = [
  'permission-denied',
  'fetch-failed',
  'not-an-image',
  'decode-failed',
  'too-small',
  'too-large',
  'model-load-failed',
  'inference-failed',
  'invalid-message',
  'forbidden',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ErrorInfoSchema = fields({ code: oneOf(ERROR_CODES), message: text(2000) });
export type ErrorInfo = v.InferOutput<typeof ErrorInfoSchema>;

export class ClassifierError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ClassifierError';
  }
}

export function toErrorInfo(err: unknown): ErrorInfo {
  if (err instanceof ClassifierError) return { code: err.code, message: err.message };
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'internal', message: t('error_unexpected', message) };
}

const ThrownSchema = v.object({
  code: v.fallback(oneOf(ERROR_CODES), 'internal'),
  message: v.fallback(v.pipe(v.string(), v.check((m) => m.trim() !== '')), ''),
});

export function errorInfoFrom(err: unknown): ErrorInfo {
  const parsed = v.safeParse(ThrownSchema, typeof err === 'string' ? { message: err } : err);
  const { code, message } = parsed.success ? parsed.output : { code: 'internal' as const, message: '' };
  return { code, message: message || t('popup_error_unknown') };
}
