import { describe, expect, it } from 'vitest';
import { ClassifierError, errorInfoFrom } from './errors';

describe('errorInfoFrom', () => {
  it('keeps a known code and a message, whatever was thrown', () => {
    expect(errorInfoFrom(new ClassifierError('too-small', 'tiny'))).toEqual({ code: 'too-small', message: 'tiny' });
    expect(errorInfoFrom({ code: 'fetch-failed', message: 'HTTP 404' })).toEqual({ code: 'fetch-failed', message: 'HTTP 404' });
    expect(errorInfoFrom(new Error('boom'))).toEqual({ code: 'internal', message: 'boom' });
    expect(errorInfoFrom('plain words')).toEqual({ code: 'internal', message: 'plain words' });
  });

  it('turns an unknown code into internal and a missing message into words', () => {
    expect(errorInfoFrom({ code: 'bogus', message: 'm' })).toEqual({ code: 'internal', message: 'm' });
    for (const thrown of [null, undefined, '', { message: '  ' }, 42]) {
      const info = errorInfoFrom(thrown);
      expect(info.code).toBe('internal');
      expect(info.message.trim()).not.toBe('');
    }
  });
});
