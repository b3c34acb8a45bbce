/**
 * The one stylesheet of the extension's UI, used inside the overlay's shadow root and on
 * the popup page. Everything the card needs is set on `.ltc-card` itself because in a
 * shadow root inherited properties (font, colour, line-height, ...) still flow in from
 * whatever page hosts the overlay.
 *
 * Colours: text ≥ 4.5:1 on its background (WCAG AA). The class bars use the Okabe-Ito
 * palette (distinguishable with the common colour-vision deficiencies), but the bars are
 * decoration: every value is also written out as text next to its bar.
 */
import { TRUST_CSS } from './trust-styles';

export const UI_CSS = `
.ltc-card {
  /* Reset what a host page may leak in through inheritance. */
  all: initial;
  display: block;
  box-sizing: border-box;
  color-scheme: light;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif;
  font-size: 13px;
  font-weight: 400;
  font-style: normal;
  line-height: 1.4;
  letter-spacing: normal;
  text-align: left;
  text-transform: none;
  text-shadow: none;
  white-space: normal;
  word-break: normal;
  overflow-wrap: break-word;
  direction: ltr;
  color: #1b1f24;
  background: #ffffff;
  border: 1px solid #d0d7de;
  border-radius: 8px;
  box-shadow: 0 4px 16px rgba(27, 31, 36, 0.16), 0 1px 3px rgba(27, 31, 36, 0.12);
  padding: 12px 14px 12px;
  cursor: auto;
}
/* :where() keeps these resets at zero specificity so any single-class rule below wins. */
:where(.ltc-card) *, :where(.ltc-card) *::before, :where(.ltc-card) *::after { box-sizing: border-box; }
:where(.ltc-card) :where(h1, h2, h3, p, ul, li) {
  margin: 0;
  padding: 0;
  font: inherit;
  color: inherit;
}
:where(.ltc-card) button {
  font: inherit;
  color: inherit;
  cursor: pointer;
}
.ltc-card :focus-visible {
  outline: 2px solid #0a5fd1;
  outline-offset: 2px;
}

.ltc-overlay { width: 300px; max-width: 100%; }

.ltc-header {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 8px;
  margin: -2px -4px 10px 0;
}
.ltc-title {
  font-size: 12px;
  font-weight: 600;
  color: #545d68;
  letter-spacing: 0.02em;
}
.ltc-close {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  flex: none;
  width: 28px;
  height: 28px;
  padding: 0;
  border: 0;
  border-radius: 6px;
  background: transparent;
  color: #545d68;
}
.ltc-close:hover { background: #eef1f4; color: #1b1f24; }
.ltc-close svg { display: block; }

.ltc-live {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
}

.ltc-result { position: relative; }

.ltc-loading { padding: 4px 0 2px; }
.ltc-progress {
  position: relative;
  height: 4px;
  border-radius: 2px;
  background: #e3e8ee;
  overflow: hidden;
}
.ltc-progress-bar {
  position: absolute;
  top: 0;
  bottom: 0;
  left: 0;
  width: 40%;
  border-radius: 2px;
  background: #0a5fd1;
  animation: ltc-indeterminate 1.2s ease-in-out infinite;
}
@keyframes ltc-indeterminate {
  from { transform: translateX(-100%); }
  to { transform: translateX(250%); }
}
@media (prefers-reduced-motion: reduce) {
  /* A still, full, pale bar: nothing moves, and it cannot be read as "40 % done". */
  .ltc-progress-bar { animation: none; width: 100%; opacity: 0.35; }
}
.ltc-loading-text { margin-top: 8px; color: #545d68; }

.ltc-top {
  font-size: 16px;
  font-weight: 600;
  line-height: 1.3;
  margin-bottom: 10px;
}
.ltc-top-sep { color: #545d68; font-weight: 400; }
.ltc-pct {
  font-variant-numeric: tabular-nums;
  white-space: nowrap;
}

.ltc-probs { list-style: none; display: grid; gap: 8px; }
.ltc-prob-line {
  display: flex;
  align-items: baseline;
  justify-content: space-between;
  gap: 8px;
}
.ltc-prob-pct { color: #1b1f24; }
.ltc-bar {
  height: 8px;
  margin-top: 3px;
  border-radius: 4px;
  background: #eceff2;
  box-shadow: inset 0 0 0 1px #d8dee4;
  overflow: hidden;
}
.ltc-bar-fill {
  height: 100%;
  border-radius: 4px;
  background: #cc79a7;
}
.ltc-bar-fill[data-label="adenocarcinoma"] { background: #e69f00; }
.ltc-bar-fill[data-label="benign"] { background: #009e73; }
.ltc-bar-fill[data-label="squamous_cell_carcinoma"] { background: #0072b2; }

.ltc-meta {
  margin-top: 10px;
  font-size: 12px;
  color: #545d68;
  font-variant-numeric: tabular-nums;
}
.ltc-note {
  margin-top: 6px;
  padding-top: 8px;
  border-top: 1px solid #e3e8ee;
  font-size: 12px;
  color: #545d68;
}

.ltc-error {
  display: flex;
  gap: 8px;
  padding: 10px;
  border-radius: 6px;
  background: #fdf2f1;
  border: 1px solid #f2c6c2;
}
.ltc-error-icon { flex: none; color: #b42318; margin-top: 1px; }
.ltc-error-title { font-weight: 600; color: #9f1c13; }
.ltc-error-message { margin-top: 2px; color: #1b1f24; }

/* Popup page: the card is the whole page, so no floating-card chrome. */
.ltc-popup {
  width: 340px;
  border: 0;
  border-radius: 0;
  box-shadow: none;
  padding: 14px 16px 12px;
}
.ltc-popup-title { font-size: 15px; font-weight: 600; margin-bottom: 10px; }
.ltc-drop {
  display: flex;
  flex-direction: column;
  align-items: center;
  gap: 6px;
  width: 100%;
  padding: 18px 12px;
  border: 2px dashed #6e7781;
  border-radius: 8px;
  background: #f6f8fa;
  color: #1b1f24;
  text-align: center;
}
.ltc-drop:hover { background: #eef1f4; }
.ltc-drop--active { border-color: #0a5fd1; border-style: solid; background: #eaf2ff; }
.ltc-drop-icon { color: #545d68; }
.ltc-drop-hint { font-size: 12px; color: #545d68; }
.ltc-thumb {
  display: block;
  max-width: 100%;
  max-height: 160px;
  margin: 12px auto 12px;
  border-radius: 6px;
  border: 1px solid #d0d7de;
  background: #f6f8fa;
  object-fit: contain;
}
.ltc-popup-result { margin-top: 12px; }
.ltc-thumb + .ltc-popup-result { margin-top: 0; }
.ltc-footer {
  margin-top: 12px;
  font-size: 12px;
  color: #545d68;
}
.ltc-tilemap-button {
  all: initial; box-sizing: border-box; margin-top: 10px; display: inline-block; cursor: pointer;
  font: inherit; font-weight: 600; color: #0a4ea8; background: #ffffff; border: 1px solid #0a4ea8;
  border-radius: 6px; padding: 4px 10px;
}
.ltc-tilemap-button:hover { background: #eaf2ff; }
` + TRUST_CSS;
