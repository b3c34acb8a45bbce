/**
 * Styles of the trust features (wording, agreement, not-assessable, heat map), appended to
 * UI_CSS. Text colours ≥ 4.5:1 on white (WCAG AA); the wording band is also in the words.
 */
export const TRUST_CSS = `
.ltc-trust { margin-top: 10px; }
.ltc-wording { font-weight: 600; }
.ltc-wording-likely { color: #1a5e20; }
.ltc-wording-probably { color: #1b1f24; }
.ltc-wording-uncertain { color: #8a4600; }
.ltc-agreement { margin-top: 2px; color: #424a53; font-size: 12px; }
.ltc-shift-note { margin-top: 2px; color: #7a4b00; font-size: 12px; }
.ltc-trust-actions { display: flex; flex-wrap: wrap; gap: 4px 14px; margin-top: 6px; }
.ltc-link-button {
  padding: 2px 0;
  border: 0;
  background: none;
  color: #0a5fd1;
  text-decoration: underline;
  font-size: 12px;
}
.ltc-not-assessable > .ltc-top { color: #8a4600; font-size: 14px; font-weight: 600; }
.ltc-not-assessable .ltc-meta { margin: 4px 0 6px; }
.ltc-not-assessable #ltc-anyway { margin-top: 8px; padding-top: 8px; border-top: 1px solid #d0d7de; }
.ltc-heat { margin: 8px 0 0; }
.ltc-heat-stack { position: relative; width: 224px; height: 224px; max-width: 100%; margin: 0 auto; }
.ltc-heat-stack img, .ltc-heat-stack canvas {
  position: absolute; left: 0; top: 0; width: 100%; height: 100%; border-radius: 4px;
}
.ltc-heat-caption { margin-top: 6px; font-size: 12px; color: #424a53; }
.ltc-heat-opacity { display: flex; align-items: center; gap: 8px; margin-top: 4px; font-size: 12px; color: #424a53; }
.ltc-heat-opacity input { flex: 1; }
`;
