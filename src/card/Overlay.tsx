// The card shown next to a classified image on a web page, rendered inside the card's own
// extension frame (src/card/main.tsx). Placement belongs to the content script
// (src/content/overlay-manager.ts); this only renders the card.
import type { TargetedKeyboardEvent } from 'preact';
import type { OverlayState } from '../shared/messages';
import { ResultView } from '../ui/ResultView';
import type { TrustActions } from '../ui/trust-actions';
import { t } from '../shared/i18n';

export interface OverlayProps {
  state: OverlayState;
  onClose: () => void;
  onTileMap?: () => void;
  trust?: TrustActions;
}

export function Overlay({ state, onClose, onTileMap, trust }: OverlayProps) {
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    // The page must not also act on this Esc (closing its own lightbox, leaving fullscreen).
    event.stopPropagation();
    event.preventDefault();
    onClose();
  };
  return (
    <div
      class="ltc-card ltc-overlay"
      role="dialog"
      aria-label={t('overlay_label')}
      data-testid="ltc-overlay"
      // Focusable by script (not by Tab) so the mounting code can move focus into the card.
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div class="ltc-header">
        <h2 class="ltc-title">{t('app_title')}</h2>
        <button type="button" class="ltc-close" aria-label={t('overlay_close')} title={t('overlay_close_tooltip')} onClick={onClose}>
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
            <path d="M3 3l8 8M11 3l-8 8" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
          </svg>
        </button>
      </div>
      <ResultView state={state} trust={trust} />
      {onTileMap && (
        <button type="button" class="ltc-tilemap-button" data-testid="ltc-tilemap-button" onClick={onTileMap}>
          {t('overlay_tile_map')}
        </button>
      )}
    </div>
  );
}
