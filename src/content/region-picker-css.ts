/** Styles of the crosshair region picker (in its own shadow root; page CSS cannot reach it). */
export const REGION_PICKER_CSS = `
.pane { all: initial; position: fixed; inset: 0; cursor: crosshair; background: rgba(0, 0, 0, 0.18); outline: none; }
.help {
  position: fixed; top: 12px; left: 50%; transform: translateX(-50%); max-width: min(640px, 90vw);
  background: #ffffff; color: #1b1f24; border: 1px solid #c5ccd3; border-radius: 8px; padding: 8px 12px;
  font: 13px/1.4 system-ui, sans-serif; box-shadow: 0 4px 14px rgba(0, 0, 0, 0.2); cursor: default;
}
.help kbd { font: 12px ui-monospace, monospace; border: 1px solid #8b949e; border-radius: 3px; padding: 0 3px; }
.box { position: fixed; border: 2px solid #0072b2; outline: 2px dashed #ffffff; background: rgba(255, 255, 255, 0.08); pointer-events: none; }
.size { position: absolute; right: 0; bottom: -22px; background: #1b1f24; color: #ffffff; font: 12px system-ui, sans-serif; padding: 1px 5px; border-radius: 3px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
