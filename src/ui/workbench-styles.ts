/**
 * Styles of the popup's batch and history panels and the options page (on top of
 * UI_CSS). Text colours are ≥ 4.5:1 on their backgrounds (WCAG AA); everything sizes in
 * px that scale with browser zoom, and wraps instead of overflowing at 200 %.
 */
export const WORKBENCH_CSS = `
.ltc-panel {
  width: 340px;
  max-width: 100%;
  border: 0;
  border-top: 1px solid #d0d7de;
  border-radius: 0;
  box-shadow: none;
  padding: 12px 16px;
}
.ltc-panel-head { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 6px; }
.ltc-panel-title { font-size: 14px; font-weight: 600; margin-bottom: 8px; }
.ltc-panel-head .ltc-panel-title { margin-bottom: 0; }
.ltc-actions { display: flex; flex-wrap: wrap; gap: 6px; }
.ltc-button {
  padding: 5px 10px;
  border: 1px solid #8c959f;
  border-radius: 6px;
  background: #f6f8fa;
  color: #1b1f24;
  font-size: 12px;
  line-height: 1.3;
}
.ltc-button:hover:not(:disabled) { background: #eaeef2; }
.ltc-button:disabled { color: #6e7781; border-color: #d0d7de; cursor: not-allowed; }
.ltc-button--primary { background: #0a5fd1; border-color: #0a5fd1; color: #ffffff; font-weight: 600; }
.ltc-button--primary:hover:not(:disabled) { background: #084fae; }
.ltc-button--primary:disabled { background: #e3e8ee; color: #545d68; border-color: #d0d7de; }
.ltc-button--danger { color: #a40e26; border-color: #a40e26; background: #ffffff; }
.ltc-button--small { padding: 2px 7px; }
.ltc-hint { margin-top: 6px; font-size: 12px; color: #545d68; }
.ltc-inline-error { margin-top: 6px; font-size: 12px; color: #a40e26; }
.ltc-batch-progress { display: block; width: 100%; height: 8px; margin-top: 10px; accent-color: #0a5fd1; }
.ltc-batch-text { margin-top: 6px; font-size: 12px; color: #1b1f24; }
.ltc-table { width: 100%; margin-top: 8px; border-collapse: collapse; font-size: 12px; font-variant-numeric: tabular-nums; }
.ltc-table th, .ltc-table td { padding: 3px 4px; border-bottom: 1px solid #e3e8ee; text-align: left; vertical-align: top; }
.ltc-table th { font-weight: 600; color: #545d68; }
.ltc-table-image { max-width: 130px; overflow-wrap: anywhere; }
.ltc-table-why { display: block; color: #545d68; }
.ltc-history { list-style: none; margin-top: 8px; display: grid; gap: 8px; }
.ltc-history-item { display: grid; grid-template-columns: 40px 1fr; gap: 4px 8px; align-items: start; }
.ltc-history-thumb { width: 40px; height: 40px; border-radius: 4px; object-fit: cover; background: #eceff2; display: block; }
.ltc-history-text { min-width: 0; }
.ltc-history-class { font-weight: 600; }
.ltc-history-meta { font-size: 12px; color: #545d68; }
.ltc-history-where { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.ltc-history-buttons { grid-column: 2; display: flex; flex-wrap: wrap; gap: 6px; }
.ltc-links { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: baseline; font-size: 12px; color: #545d68; }
.ltc-link { padding: 0; border: 0; background: none; color: #0a5fd1; text-decoration: underline; font-size: 12px; }
`;
