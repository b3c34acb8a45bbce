// Grants: the only way a page may refer to what the user chose. A click issues an unguessable
// id bound to its tab and frame; later requests from the page carry only that id, so a
// compromised page cannot make the extension fetch an address with the user's cookies
// (docs/HARDENING.md). Each use is spent once and every grant expires. Small grants are also
// kept in `storage.session`, so a card still works after the background was stopped.
import { browser } from '../shared/browser-api';
import type { Sender } from '../shared/dispatch';
import { ClassifierError } from '../shared/errors';
import type { RegionAction } from '../shared/messages';
import { t } from '../shared/i18n';

export type GrantSubject =
  | { kind: 'image'; srcUrl: string }
  | { kind: 'stored'; storedId: string }
  | { kind: 'region-pick'; action: RegionAction };

export type GrantUse = 'heat-map' | 'tile-map' | 'capture';

export type Grant = GrantSubject & { tabId: number; frameId: number; issuedAt: number; spent?: GrantUse[] };

/** A region pick is dragged at once (two minutes); a card's buttons get ten minutes. */
export const GRANT_LIFETIME_MS: Readonly<Record<GrantSubject['kind'], number>> = { 'region-pick': 2 * 60_000, image: 10 * 60_000, stored: 10 * 60_000 };

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

export async function issueGrant(subject: GrantSubject, tabId: number, frameId: number, id: string = crypto.randomUUID()): Promise<string> {
  await restore();
  grants.set(id, { ...subject, tabId, frameId, issuedAt: Date.now() });
  while (grants.size > KEEP) grants.delete(grants.keys().next().value as string);
  await persist();
  return id;
}

/** Spends `use` of the grant for the frame it was issued to or for that tab's card frame; anything else is refused. */
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

export async function revokeRegionPick(id: string, sender: Sender): Promise<boolean> {
  await restore();
  const grant = grants.get(id);
  if (!grant || grant.kind !== 'region-pick' || grant.tabId !== sender.tabId || grant.frameId !== (sender.frameId ?? 0)) return false;
  grants.delete(id);
  await persist();
  return true;
}

export function forgetGrants(): void {
  grants.clear();
  restored = null;
}
