// Grants: a page may refer only to what the user chose, from the tab and frame where it
// was chosen. The handlers a page can reach refuse anything else before reading,
// capturing or opening anything (the unit-test browser stub throws on any browser API
// call, so reaching one would fail these tests with another message).
import { beforeEach, describe, expect, it } from 'vitest';
import type { Sender } from '../shared/dispatch';
import { explainImage } from './handlers/explain-image';
import { openTileMapHandler } from './handlers/open-tile-map';
import { regionSelected } from './handlers/region-selected';
import { forgetGrants, GRANT_LIFETIME_MS, issueGrant, redeemGrant, revokeRegionPick } from './user-grants';

const page = (tabId: number, frameId = 0): Sender => ({ kind: 'content', tabId, frameId, url: 'https://journal.example/' });
const card = (tabId: number): Sender => ({ kind: 'card', tabId, frameId: 9, url: 'chrome-extension://id/src/card/index.html' });
const selection = { rect: { x: 1, y: 2, width: 300, height: 300 }, viewport: { width: 800, height: 600 }, scroll: { x: 0, y: 0 }, devicePixelRatio: 1, action: 'classify' as const };

beforeEach(() => forgetGrants());

describe('grants', () => {
  it('are redeemed only by the tab and frame they were issued to, for their kind', async () => {
    const id = await issueGrant({ kind: 'image', srcUrl: 'https://cdn.example/a.jpg' }, 3, 2);
    await expect(redeemGrant(id, ['image'], page(4, 2), 'heat-map')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(redeemGrant(id, ['image'], page(3, 0), 'heat-map')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(redeemGrant(id, ['region-pick'], page(3, 2), 'capture')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(redeemGrant('made-up', ['image'], page(3, 2), 'heat-map')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(redeemGrant(id, ['image'], page(3, 2), 'heat-map')).resolves.toMatchObject({ srcUrl: 'https://cdn.example/a.jpg', tabId: 3, frameId: 2 });
  });

  it('are redeemed by the result card frame of their tab (its own frame id), never of another tab', async () => {
    const id = await issueGrant({ kind: 'image', srcUrl: 'https://cdn.example/a.jpg' }, 3, 0);
    await expect(redeemGrant(id, ['image'], card(4), 'tile-map')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(redeemGrant(id, ['image'], card(3), 'tile-map')).resolves.toMatchObject({ tabId: 3 });
  });

  it('spend each use once: a region pick captures once, a card opens one tile map and one heat map', async () => {
    const pick = await issueGrant({ kind: 'region-pick', action: 'classify' }, 3, 0);
    await expect(redeemGrant(pick, ['region-pick'], page(3), 'capture')).resolves.toMatchObject({ action: 'classify' });
    await expect(redeemGrant(pick, ['region-pick'], page(3), 'capture')).rejects.toMatchObject({ code: 'forbidden' });
    const id = await issueGrant({ kind: 'stored', storedId: 's-1' }, 3, 0);
    await expect(redeemGrant(id, ['stored'], card(3), 'tile-map')).resolves.toMatchObject({ storedId: 's-1' });
    await expect(redeemGrant(id, ['stored'], card(3), 'tile-map')).rejects.toMatchObject({ code: 'forbidden', message: /already done/ });
    await expect(redeemGrant(id, ['stored'], card(3), 'heat-map')).resolves.toMatchObject({ storedId: 's-1' });
    await expect(redeemGrant(id, ['stored'], card(3), 'heat-map')).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('expire: a region pick after two minutes, a card after ten', async () => {
    const t0 = Date.now();
    const pick = await issueGrant({ kind: 'region-pick', action: 'classify' }, 3, 0);
    const id = await issueGrant({ kind: 'image', srcUrl: 'https://cdn.example/a.jpg' }, 3, 0);
    expect(GRANT_LIFETIME_MS['region-pick']).toBe(120_000);
    expect(GRANT_LIFETIME_MS.image).toBe(600_000);
    await expect(redeemGrant(pick, ['region-pick'], page(3), 'capture', t0 + 121_000)).rejects.toMatchObject({ code: 'forbidden', message: /expired/ });
    await expect(redeemGrant(id, ['image'], card(3), 'heat-map', t0 + 9 * 60_000)).resolves.toMatchObject({ tabId: 3 });
    await expect(redeemGrant(id, ['image'], card(3), 'tile-map', t0 + 11 * 60_000)).rejects.toMatchObject({ code: 'forbidden', message: /expired/ });
  });

  it('a region pick is revoked by Esc in its own tab and frame only', async () => {
    const pick = await issueGrant({ kind: 'region-pick', action: 'classify' }, 3, 0);
    expect(await revokeRegionPick(pick, page(4))).toBe(false);
    expect(await revokeRegionPick(pick, page(3))).toBe(true);
    await expect(redeemGrant(pick, ['region-pick'], page(3), 'capture')).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('keep the newest 100', async () => {
    const first = await issueGrant({ kind: 'stored', storedId: 's-0' }, 1, 0);
    for (let i = 1; i <= 100; i++) await issueGrant({ kind: 'stored', storedId: `s-${i}` }, 1, 0);
    await expect(redeemGrant(first, ['stored'], page(1), 'heat-map')).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('handlers a page can reach refuse what the user did not choose', () => {
  it('explain-image: no heat map of an address, of bytes, or of another tab’s image', async () => {
    const other = await issueGrant({ kind: 'image', srcUrl: 'https://intranet.example/secret.png' }, 7, 0);
    await expect(explainImage({ grant: other }, card(3))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(explainImage({ grant: 'guessed' }, card(3))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(explainImage({ image: { base64: 'AAAA', mimeType: 'image/png', name: 'x' } }, card(3))).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('open-tile-map needs the card’s grant, of the card’s tab', async () => {
    const other = await issueGrant({ kind: 'image', srcUrl: 'https://cdn.example/a.jpg' }, 7, 0);
    await expect(openTileMapHandler({ grant: other }, card(3))).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('region-selected: no capture without a picker the user started in this tab', async () => {
    await expect(regionSelected({ ...selection, grant: 'guessed' }, page(3))).rejects.toMatchObject({ code: 'forbidden' });
    const elsewhere = await issueGrant({ kind: 'region-pick', action: 'classify' }, 8, 0);
    await expect(regionSelected({ ...selection, grant: elsewhere }, page(3))).rejects.toMatchObject({ code: 'forbidden' });
    const card = await issueGrant({ kind: 'image', srcUrl: 'https://cdn.example/a.jpg' }, 3, 0);
    await expect(regionSelected({ ...selection, grant: card }, page(3))).rejects.toMatchObject({ code: 'forbidden' });
  });
});
