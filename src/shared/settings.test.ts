import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from './settings';

describe('parseSettings', () => {
  it('fills every missing setting with its default', () => {
    expect(parseSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid stored values, including the pre-settings "backend" key', () => {
    expect(parseSettings({ backend: 'wasm', tta: true, overlayPosition: 'left', historyEnabled: false, inputCheck: 'strict' })).toEqual({
      backend: 'wasm', tta: true, overlayPosition: 'left', historyEnabled: false, inputCheck: 'strict',
    });
  });

  it('replaces malformed values with defaults instead of passing them on', () => {
    const parsed = parseSettings({ backend: 'webgl', tta: 'yes', overlayPosition: 7, historyEnabled: null, inputCheck: 'STRICT' });
    expect(parsed).toEqual(DEFAULT_SETTINGS);
  });
});
