/** Styles of the model card page (text ≥ 4.5:1 contrast, readable line length). */
export const MODEL_CARD_CSS = `
body { margin: 0; background: #f6f8fa; color: #1b1f24; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.mc { max-width: 760px; margin: 0 auto; padding: 24px 20px 48px; background: #fff; }
.mc h1 { font-size: 24px; margin: 0 0 8px; }
.mc h2 { font-size: 18px; margin: 24px 0 6px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; }
.mc-warning { background: #fff4e5; border: 1px solid #c77700; color: #5c3200; padding: 8px 12px; border-radius: 6px; }
.mc table { border-collapse: collapse; margin: 8px 0; font-size: 14px; }
.mc caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
.mc th, .mc td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; }
.mc thead th { background: #f6f8fa; }
.mc-hash { font-size: 12px; word-break: break-all; }
.mc code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
`;
