/**
 * Grants: what a page may refer to. When the user clicks (Classify tissue, the keyboard
 * shortcut, Classify a region…) the background issues an unguessable id for the image or
 * capture chosen, bound to the tab and frame it was chosen in, and gives it to that
 * frame's content script. Later requests from the page (heat map, tile map, the region
 * the user dragged) carry only that id, so a compromised page can never make the
 * extension fetch an address of its choosing with the user's cookies (docs/HARDENING.md).
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

export type Grant = GrantSubject & { tabId: number; frameId: number; issuedAt: number };

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
 * The grant's subject, when `sender` is the content script of the tab and frame it was
 * issued to; otherwise a `forbidden` error. `once` spends it (a region pick is used once).
 */
export async function redeemGrant<K extends GrantSubject['kind']>(
  id: string,
  kinds: readonly K[],
  sender: Sender,
  once = false,
): Promise<Extract<Grant, { kind: K }>> {
  await restore();
  const grant = grants.get(id);
  if (!grant || !(kinds as readonly string[]).includes(grant.kind) || grant.tabId !== sender.tabId || grant.frameId !== (sender.frameId ?? 0)) {
    throw new ClassifierError('forbidden', t('error_forgotten_image'));
  }
  if (once) {
    grants.delete(id);
    await persist();
  }
  return grant as Extract<Grant, { kind: K }>;
}

/** For tests: forget everything, as a browser restart would. */
export function forgetGrants(): void {
  grants.clear();
  restored = null;
}
