/** Stylesheet of the per-image batch badge (inside its shadow root). Text ≥ 4.5:1 (WCAG AA). */
export const UI_BADGE_CSS = `
.ltc-badge {
  display: inline-block;
  box-sizing: border-box;
  max-width: 216px;
  padding: 2px 7px;
  border-radius: 10px;
  font: 600 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: #ffffff;
  background: #1b1f24;
  box-shadow: 0 1px 3px rgba(0, 0, 0, 0.35);
  overflow-wrap: anywhere;
}
.ltc-badge[data-status="queued"], .ltc-badge[data-status="cancelled"] { background: #545d68; }
.ltc-badge[data-status="running"] { background: #0a5fd1; }
.ltc-badge[data-status="not-assessable"] { background: #7d4e00; }
.ltc-badge[data-status="error"] { background: #a40e26; }
`;
