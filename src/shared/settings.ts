// The user's settings, one schema: each field under its own key in `storage.local` (so
// older builds that only wrote `backend` keep working), with a default for anything
// missing or malformed.
import * as v from 'valibot';
import { oneOf } from '../core/schema-parts';
import { browser } from './browser-api';
import { BACKEND_PREFERENCES, INPUT_CHECK_LEVELS, type InputCheckStrictness } from './message-shapes';

export type { InputCheckStrictness };

const OVERLAY_POSITIONS = ['auto', 'right', 'left', 'over'] as const;

const SettingsSchema = v.object({
  backend: v.fallback(oneOf(BACKEND_PREFERENCES), 'auto'),
  tta: v.fallback(v.boolean(), false),
  /** Where the result card sits relative to the image; 'auto' = beside it if there is room. */
  overlayPosition: v.fallback(oneOf(OVERLAY_POSITIONS), 'auto'),
  historyEnabled: v.fallback(v.boolean(), true),
  inputCheck: v.fallback(oneOf(INPUT_CHECK_LEVELS), 'standard'),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;
export type OverlayPosition = Settings['overlayPosition'];

export const parseSettings = (raw: Record<string, unknown>): Settings => v.parse(SettingsSchema, raw);
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(parseSettings({}));
export const SETTING_KEYS = Object.keys(SettingsSchema.entries) as (keyof Settings)[];

export async function readSettings(): Promise<Settings> {
  return parseSettings(await browser.storage.local.get(SETTING_KEYS));
}

export async function writeSettings(change: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await readSettings()), ...change });
  await browser.storage.local.set(Object.fromEntries(Object.keys(change).map((k) => [k, next[k as keyof Settings]])));
  return next;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !SETTING_KEYS.some((k) => k in changes)) return;
    void readSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
