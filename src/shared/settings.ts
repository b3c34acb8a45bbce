/**
 * The user's settings: one typed record, each field under its own key in
 * `storage.local` (so older builds that only wrote `backend` keep working), with
 * defaults for anything missing or malformed. `parseSettings` is pure; the storage
 * functions are the only place that touches the browser.
 */
import { browser } from './browser-api';
import { BACKEND_PREFERENCES, INPUT_CHECK_LEVELS, type BackendPreference, type InputCheckStrictness } from './message-shapes';

export type { InputCheckStrictness };

/** Where the result card sits relative to the image. 'auto' = beside it if there is room. */
export type OverlayPosition = 'auto' | 'right' | 'left' | 'over';

export interface Settings {
  backend: BackendPreference;
  /** Test-time augmentation over the 8 flips/rotations. */
  tta: boolean;
  overlayPosition: OverlayPosition;
  historyEnabled: boolean;
  inputCheck: InputCheckStrictness;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  backend: 'auto',
  tta: false,
  overlayPosition: 'auto',
  historyEnabled: true,
  inputCheck: 'standard',
});

const CHOICES = {
  backend: BACKEND_PREFERENCES,
  overlayPosition: ['auto', 'right', 'left', 'over'],
  inputCheck: INPUT_CHECK_LEVELS,
} as const;

export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

function pick<T extends string>(value: unknown, choices: readonly T[], fallback: T): T {
  return choices.includes(value as T) ? (value as T) : fallback;
}

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/** Stored values (possibly missing, stale or tampered with) → a complete, valid Settings. */
export function parseSettings(raw: Record<string, unknown>): Settings {
  const d = DEFAULT_SETTINGS;
  return {
    backend: pick(raw.backend, CHOICES.backend, d.backend),
    tta: bool(raw.tta, d.tta),
    overlayPosition: pick(raw.overlayPosition, CHOICES.overlayPosition, d.overlayPosition),
    historyEnabled: bool(raw.historyEnabled, d.historyEnabled),
    inputCheck: pick(raw.inputCheck, CHOICES.inputCheck, d.inputCheck),
  };
}

export const SETTING_CHOICES = CHOICES;

export async function readSettings(): Promise<Settings> {
  return parseSettings(await browser.storage.local.get(SETTING_KEYS));
}

/** Writes only the fields given; readers pick the change up on their next read or via `watchSettings`. */
export async function writeSettings(change: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await readSettings()), ...change });
  await browser.storage.local.set(Object.fromEntries(Object.keys(change).map((k) => [k, next[k as keyof Settings]])));
  return next;
}

/** Calls `onChange` with the full settings whenever any of them changes. Returns an unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !SETTING_KEYS.some((k) => k in changes)) return;
    void readSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
