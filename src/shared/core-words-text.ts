// Core's sentences in the user's language: the reason an image is not assessable and the
// notes on unfamiliar images arrive as ids and figures (src/core/core-words.ts) next to
// core's English; a result without the ids (an older model host) keeps the English.
import type { CoreWords } from '../core/core-words';
import type { CheckReasonId } from '../core/input-check';
import type { ShiftNoteId } from '../core/input-shift';
import type { InputCheck, InputShift } from '../core/types';
import { t } from './i18n';

export const checkReasonText = (w: CoreWords<CheckReasonId>): string => t(`check_reason_${w.id}`, ...w.args);
export const shiftNoteText = (w: CoreWords<ShiftNoteId>): string => t(`shift_note_${w.id}`, ...w.args);

export function checkReason(check: InputCheck): string | undefined {
  return check.reasonWords ? checkReasonText(check.reasonWords) : check.reason;
}

export function shiftNotes(shift: InputShift): string[] {
  return shift.noteWords ? shift.noteWords.map(shiftNoteText) : shift.notes;
}
