/** The model choices of the user's settings, for every classification request. */
import type { RunOptions } from '../shared/messages';
import { readSettings } from '../shared/settings';

export async function runOptions(): Promise<RunOptions> {
  const { tta, inputCheck } = await readSettings();
  return { tta, inputCheck };
}
