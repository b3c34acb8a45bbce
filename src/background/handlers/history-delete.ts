/** Popup → background: delete one history entry, or all of them. */
import { removeFromHistory } from '../../core/history-list';
import type { Handler } from '../../shared/dispatch';
import { updateHistory } from '../history-store';

export const historyDelete: Handler<'history-delete'> = async ({ id }) => {
  const list = await updateHistory((entries) => (id === undefined ? [] : removeFromHistory(entries, id)));
  return { remaining: list.length };
};
