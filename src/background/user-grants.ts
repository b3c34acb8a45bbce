/**
 * Grants: what a page may refer to. When the user clicks (Classify tissue, the keyboard
 * shortcut, Classify a region…) the background issues an unguessable id for the image or
 * capture chosen, bound to the tab and frame it was chosen in, and gives it to that
 * frame's content script. Later requests from the page (heat map, tile map, the region
 * the user dragged) carry only that id, so a compromised page can never make the
 * extension fetch an address of its choosing with the user's cookies (docs/HARDENING.md).
 *
 * A grant is narrow in time and use: each use (a heat map, a tile map, a capture) is
 * spent by its first redemption, every grant expires (GRANT_LIFETIME_MS), and a region
 * pick the user cancels with Esc is revoked at once, so one classification does not
 * leave a page a key to tabs and captures for the rest of the session.
 *
 * Grants live in memory and, when small, in `storage.session` too, so a result card
 * still works after Chrome stops the idle service worker (or Firefox its event page).
 */
import { browser } from '../shared/browser-api';
import type { Sender } from '../shared/dispatch';
import { ClassifierError } from '../shared/errors';
import type { RegionAction } from '../shared/messages';
import { t } from '../shared/i18n';

export type GrantSubject =
  | { kind: 'image'; srcUrl: string }
  | { kind: 'stored'; storedId: string }
  | { kind: 'region-pick'; action: RegionAction };

/** What a grant may be redeemed for; each once. */
export type GrantUse = 'heat-map' | 'tile-map' | 'capture';

export type Grant = GrantSubject & { tabId: number; frameId: number; issuedAt: number; spent?: GrantUse[] };

/**
 * How long a grant lives. A region pick: the user drags at once, so two minutes. A result
 * card: ten minutes to press its buttons; after that the card asks for a new click.
 */
export const GRANT_LIFETIME_MS: Readonly<Record<GrantSubject['kind'], number>> = { 'region-pick': 2 * 60_000, image: 10 * 60_000, stored: 10 * 60_000 };

/** Enough for every card on a busy page; the oldest go first. */
const KEEP = 100;
/** Grants for longer addresses (big data: URLs) stay in memory only: session storage is small. */
const MAX_PERSISTED_URL = 8192;
const SESSION_KEY = 'grants';

const grants = new Map<string, Grant>();
let restored: Promise<void> | null = null;

interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
/** Where there is no session storage (Chrome < 102, Node unit tests) grants stay in memory only. */
function session(): SessionArea | undefined {
  try {
    return (browser.storage as unknown as { session?: SessionArea }).session;
  } catch {
    return undefined;
  }
}

function restore(): Promise<void> {
  restored ??= (async () => {
    const found: Record<string, unknown> = (await session()?.get(SESSION_KEY).catch(() => undefined)) ?? {};
    const stored = found[SESSION_KEY];
    if (!Array.isArray(stored)) return;
    for (const [id, grant] of stored as [string, Grant][]) if (!grants.has(id)) grants.set(id, grant);
  })();
  return restored;
}

async function persist(): Promise<void> {
  const small = [...grants].filter(([, g]) => g.kind !== 'image' || g.srcUrl.length <= MAX_PERSISTED_URL);
  await session()?.set({ [SESSION_KEY]: small }).catch(() => undefined);
}

/** Issues a grant; `id` reuses the request id the overlay already carries. */
export async function issueGrant(subject: GrantSubject, tabId: number, frameId: number, id: string = crypto.randomUUID()): Promise<string> {
  await restore();
  grants.set(id, { ...subject, tabId, frameId, issuedAt: Date.now() });
  while (grants.size > KEEP) grants.delete(grants.keys().next().value as string);
  await persist();
  return id;
}

/**
 * The grant's subject, spending its `use`, when `sender` may redeem it: the content script
 * of the tab and frame it was issued to, or the result card frame the extension showed in
 * that tab (an extension page, which a page cannot speak for; it has a frame of its own).
 * Otherwise — unknown, expired, of another kind, another tab's, or already used for this —
 * a `forbidden` error.
 */
export async function redeemGrant<K extends GrantSubject['kind']>(
  id: string,
  kinds: readonly K[],
  sender: Sender,
  use: GrantUse,
  now = Date.now(),
): Promise<Extract<Grant, { kind: K }>> {
  await restore();
  const grant = grants.get(id);
  const frameOk = sender.kind === 'card' || grant?.frameId === (sender.frameId ?? 0);
  if (!grant || !(kinds as readonly string[]).includes(grant.kind) || grant.tabId !== sender.tabId || !frameOk) {
    throw new ClassifierError('forbidden', t('error_forgotten_image'));
  }
  if (now - grant.issuedAt > GRANT_LIFETIME_MS[grant.kind] || now < grant.issuedAt) {
    grants.delete(id);
    await persist();
    throw new ClassifierError('forbidden', t('error_grant_expired'));
  }
  if (grant.spent?.includes(use)) throw new ClassifierError('forbidden', t('error_grant_spent'));
  grant.spent = [...(grant.spent ?? []), use];
  await persist();
  return grant as Extract<Grant, { kind: K }>;
}

/** Esc in the region picker: that pick can no longer capture anything. Only its own tab and frame may revoke it. */
export async function revokeRegionPick(id: string, sender: Sender): Promise<boolean> {
  await restore();
  const grant = grants.get(id);
  if (!grant || grant.kind !== 'region-pick' || grant.tabId !== sender.tabId || grant.frameId !== (sender.frameId ?? 0)) return false;
  grants.delete(id);
  await persist();
  return true;
}

/** For tests: forget everything, as a browser restart would. */
export function forgetGrants(): void {
  grants.clear();
  restored = null;
}
