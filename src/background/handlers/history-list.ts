/** Popup → background: the stored history, newest first. */
import type { Handler } from '../../shared/dispatch';
import { readHistory } from '../history-store';

export const historyList: Handler<'history-list'> = async () => ({ entries: await readHistory() });
