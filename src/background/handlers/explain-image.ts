// Popup or result card → a Grad-CAM heat map. The popup sends the bytes it has. The card
// (an extension frame in the page) sends its grant, spent by this one use: the background reads the image the user chose again,
// exactly as for classifying (same permission, same frame), rather than keeping every
// classified image in memory, and never reads an address a page names.
import type { Handler } from '../../shared/dispatch';
import { ClassifierError } from '../../shared/errors';
import type { EncodedImage } from '../../shared/messages';
import { readStoredImage } from '../../shared/tile-map-store';
import { acquireImage } from '../acquire-image';
import { backendPreference } from '../backend-preference';
import { inferenceHost } from '#inference-host';
import { redeemGrant } from '../user-grants';
import { readSettings } from '../../shared/settings';
import { t } from '../../shared/i18n';

/** The map explains the class the card shows, which with TTA on is the 8 views' answer. */
const ttaSetting = async () => (await readSettings()).tta;

async function grantedImage(id: string, sender: Parameters<Handler<'explain-image'>>[1]): Promise<EncodedImage> {
  const grant = await redeemGrant(id, ['image', 'stored'], sender, 'heat-map');
  if (grant.kind === 'image') return acquireImage(grant.srcUrl, grant.tabId, grant.frameId);
  const stored = await readStoredImage(grant.storedId);
  if (!stored) throw new ClassifierError('fetch-failed', t('error_region_gone'));
  return stored.image;
}

export const explainImage: Handler<'explain-image'> = async (source, sender) => {
  if ('image' in source) {
    // Bytes from a card would be harmless but are never sent by it: refuse them.
    if (sender.kind === 'card') throw new ClassifierError('forbidden', t('error_page_heat_map'));
    return inferenceHost.explain(source.image, await backendPreference(), await ttaSetting());
  }
  if (sender.kind !== 'card') throw new ClassifierError('forbidden', t('error_grant_only_card'));
  return inferenceHost.explain(await grantedImage(source.grant, sender), await backendPreference(), await ttaSetting());
};
