/** Every failure the user can see has one of these codes and a specific message. */
import { t } from './i18n';

export type ErrorCode =
  | 'permission-denied'
  | 'fetch-failed'
  | 'not-an-image'
  | 'decode-failed'
  | 'too-small'
  | 'too-large'
  | 'model-load-failed'
  | 'inference-failed'
  | 'invalid-message'
  /** A context sent a message its sender policy does not allow (src/shared/sender-policy.ts). */
  | 'forbidden'
  | 'internal';

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
}

/** An error that carries a user-facing code across the messaging boundary. */
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
