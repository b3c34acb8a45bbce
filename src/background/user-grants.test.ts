/**
 * Grants: a page may refer only to what the user chose, from the tab and frame where it
 * was chosen. The handlers a page can reach refuse anything else before reading,
 * capturing or opening anything (the unit-test browser stub throws on any browser API
 * call, so reaching one would fail these tests with another message).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Sender } from '../shared/dispatch';
import { explainImage } from './handlers/explain-image';
import { openModelCard } from './handlers/open-model-card';
import { openTileMapHandler } from './handlers/open-tile-map';
import { regionSelected } from './handlers/region-selected';
import { forgetGrants, issueGrant, redeemGrant } from './user-grants';

const page = (tabId: number, frameId = 0): Sender => ({ kind: 'content', tabId, frameId, url: 'https://journal.example/' });
const selection = { rect: { x: 1, y: 2, width: 300, height: 300 }, viewport: { width: 800, height: 600 }, scroll: { x: 0, y: 0 }, devicePixelRatio: 1, action: 'classify' as const };

beforeEach(() => forgetGrants());

describe('grants', () => {
  it('are redeemed only by the tab and frame they were issued to, for their kind', async () => {
    const id = await issueGrant({ kind: 'image', srcUrl: 'https://cdn.example/a.jpg' }, 3, 2);
    await expect(redeemGrant(id, ['image'], page(3, 2))).resolves.toMatchObject({ srcUrl: 'https://cdn.example/a.jpg', tabId: 3, frameId: 2 });
    await expect(redeemGrant(id, ['image'], page(4, 2))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(redeemGrant(id, ['image'], page(3, 0))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(redeemGrant(id, ['region-pick'], page(3, 2))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(redeemGrant('made-up', ['image'], page(3, 2))).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('for a region pick is spent by its first use', async () => {
    const id = await issueGrant({ kind: 'region-pick', action: 'classify' }, 3, 0);
    await expect(redeemGrant(id, ['region-pick'], page(3), true)).resolves.toMatchObject({ action: 'classify' });
    await expect(redeemGrant(id, ['region-pick'], page(3), true)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('keep the newest 100', async () => {
    const first = await issueGrant({ kind: 'stored', storedId: 's-0' }, 1, 0);
    for (let i = 1; i <= 100; i++) await issueGrant({ kind: 'stored', storedId: `s-${i}` }, 1, 0);
    await expect(redeemGrant(first, ['stored'], page(1))).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('handlers a page can reach refuse what the user did not choose', () => {
  it('explain-image: no heat map of an address, of bytes, or of another tab’s image', async () => {
    const other = await issueGrant({ kind: 'image', srcUrl: 'https://intranet.example/secret.png' }, 7, 0);
    await expect(explainImage({ grant: other }, page(3))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(explainImage({ grant: 'guessed' }, page(3))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(explainImage({ image: { base64: 'AAAA', mimeType: 'image/png', name: 'x' } }, page(3))).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('open-tile-map and open-model-card need the card’s grant', async () => {
    const other = await issueGrant({ kind: 'image', srcUrl: 'https://cdn.example/a.jpg' }, 7, 0);
    await expect(openTileMapHandler({ grant: other }, page(3))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(openModelCard({}, page(3))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(openModelCard({ grant: other }, page(3))).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('region-selected: no capture without a picker the user started in this tab', async () => {
    await expect(regionSelected({ ...selection, grant: 'guessed' }, page(3))).rejects.toMatchObject({ code: 'forbidden' });
    const elsewhere = await issueGrant({ kind: 'region-pick', action: 'classify' }, 8, 0);
    await expect(regionSelected({ ...selection, grant: elsewhere }, page(3))).rejects.toMatchObject({ code: 'forbidden' });
    const card = await issueGrant({ kind: 'image', srcUrl: 'https://cdn.example/a.jpg' }, 3, 0);
    await expect(regionSelected({ ...selection, grant: card }, page(3))).rejects.toMatchObject({ code: 'forbidden' });
  });
});
