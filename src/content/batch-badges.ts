// The small badge "Classify all images" puts on each image: in its own shadow root (page
// styles cannot reach it), over the image's top-left corner, following it on scroll and
// resize. It is a label, not a control: results are read in the popup's table.
import UI_BADGE_CSS from '../ui/badge.css?raw';
import type { BadgeUpdate } from '../shared/batch';
import { imageById } from './page-images';
import { t } from '../shared/i18n';

interface Badge {
  host: HTMLElement;
  label: HTMLElement;
  image: HTMLImageElement;
}

const badges = new Map<string, Badge>();
let frame = 0;

function position(): void {
  frame = 0;
  for (const b of badges.values()) {
    if (!b.image.isConnected) continue;
    const rect = b.image.getBoundingClientRect();
    b.host.style.transform = `translate(${Math.round(rect.left + 4)}px, ${Math.round(rect.top + 4)}px)`;
    // Never wider than its image: long class names wrap rather than hide the percentage.
    b.label.style.maxWidth = `${Math.max(80, Math.round(rect.width - 8))}px`;
  }
}

const schedule = () => {
  frame ||= requestAnimationFrame(position);
};

function create(id: string, image: HTMLImageElement): Badge {
  const host = document.createElement('lung-tissue-classifier-badge');
  host.style.cssText = 'all: initial; position: fixed; left: 0; top: 0; z-index: 2147483646; pointer-events: none;';
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = UI_BADGE_CSS;
  const label = document.createElement('span');
  label.className = 'ltc-badge';
  label.dataset.testid = 'ltc-badge';
  root.append(style, label);
  document.documentElement.append(host);
  if (badges.size === 0) {
    window.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule);
  }
  const badge = { host, label, image };
  badges.set(id, badge);
  return badge;
}

export function showBadge(update: BadgeUpdate): boolean {
  const image = imageById(update.id);
  if (!image) return false;
  const badge = badges.get(update.id) ?? create(update.id, image);
  badge.label.textContent = update.text;
  badge.label.dataset.status = update.status;
  badge.host.title = t('badge_title', update.text);
  position();
  return true;
}
