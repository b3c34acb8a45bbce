import { describe, expect, it } from 'vitest';
import english from '../../_locales/en/messages.json';
import { inEnglish, type CoreWords, type EnglishWords } from '../core/core-words';
import { CHECK_REASON_ENGLISH } from '../core/input-check';
import { SHIFT_NOTE_ENGLISH } from '../core/input-shift';
import { checkReason, checkReasonText, shiftNotes, shiftNoteText } from './core-words-text';
import type { MessageEntry } from './i18n';

const examples = (entry: MessageEntry) =>
  Object.values(entry.placeholders ?? {}).sort((a, b) => a.content.localeCompare(b.content)).map((p) => p.example ?? '');

function sameWords<Id extends string>(prefix: string, table: EnglishWords<Id>, text: (w: CoreWords<Id>) => string) {
  for (const id of Object.keys(table) as Id[]) {
    const entry = (english as Record<string, MessageEntry>)[`${prefix}${id}`];
    const words = { id, args: examples(entry) };
    expect(text(words), id).toBe(inEnglish(table, words));
  }
}

describe('core’s sentences in _locales', () => {
  it('every input-check reason reads in English exactly as core writes it', () => {
    sameWords('check_reason_', CHECK_REASON_ENGLISH, checkReasonText);
  });

  it('every note on unfamiliar images reads in English exactly as core writes it', () => {
    sameWords('shift_note_', SHIFT_NOTE_ENGLISH, shiftNoteText);
  });

  it('a result without ids keeps core’s English', () => {
    expect(checkReason({ assessable: false, reason: 'too little tissue (6 % of the image)', tissueFraction: 0.06 })).toBe('too little tissue (6 % of the image)');
    expect(shiftNotes({ unlikeTraining: true, stainAngle: null, relativeScale: 3, zoomWindows: 0, notes: ['x'] })).toEqual(['x']);
  });
});
