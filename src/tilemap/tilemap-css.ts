/** Styles of the tile map page (an extension page; the shared card styles come from ui/styles.ts). */
export const TILE_MAP_CSS = `
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24; background: #f6f7f9; }
main { max-width: 1240px; margin: 0 auto; padding: 16px 20px 40px; }
h1 { font-size: 20px; margin: 0 0 4px; }
h2 { font-size: 15px; margin: 0 0 8px; }
.tm-note { margin: 0 0 12px; color: #545d68; }
.tm-note strong { color: #9f1c13; }
.tm-layout { display: grid; grid-template-columns: minmax(0, 1fr) 340px; gap: 16px; align-items: start; }
.tm-panel { background: #fff; border: 1px solid #d0d7de; border-radius: 8px; padding: 12px 14px; margin-bottom: 12px; }
.tm-field { display: grid; gap: 4px; margin-bottom: 10px; }
.tm-field label, .tm-label { font-weight: 600; }
.tm-row { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.tm-explain { font-size: 12.5px; color: #3d444d; margin: 4px 0 0; }
.tm-number { width: 6em; font: inherit; padding: 2px 4px; }
button { font: inherit; border-radius: 6px; border: 1px solid #0a4ea8; padding: 5px 12px; cursor: pointer; background: #fff; color: #0a4ea8; }
button.tm-primary { background: #0a4ea8; color: #fff; }
button:disabled { opacity: 0.55; cursor: default; }
button:focus-visible, input:focus-visible, select:focus-visible, .tm-stage:focus-visible { outline: 3px solid #0a4ea8; outline-offset: 2px; }
progress { width: 100%; height: 12px; }
.tm-stage { position: relative; display: inline-block; line-height: 0; background: #fff; border: 1px solid #d0d7de; cursor: crosshair; }
.tm-stage canvas { display: block; }
.tm-overlay { position: absolute; left: 0; top: 0; pointer-events: none; }
.tm-selection { position: absolute; border: 2px solid #0072b2; outline: 2px dashed #fff; pointer-events: none; }
.tm-tooltip { position: absolute; z-index: 2; line-height: 1.35; background: #1b1f24; color: #fff; font-size: 12.5px; padding: 5px 8px; border-radius: 5px; max-width: 320px; pointer-events: none; }
.tm-legend { list-style: none; padding: 0; margin: 0 0 8px; display: grid; gap: 4px; }
.tm-swatch { display: inline-block; width: 14px; height: 14px; border: 1px solid #1b1f24; margin-right: 6px; vertical-align: -2px; }
.tm-swatch--none { background: repeating-linear-gradient(45deg, #fff 0 3px, #aab2bb 3px 5px); }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: 3px 4px; border-bottom: 1px solid #e3e6ea; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.tm-error { color: #9f1c13; font-weight: 600; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 900px) { .tm-layout { grid-template-columns: 1fr; } }
`;
