/** The options page layout (fieldsets of radio buttons); colours as in UI_CSS (WCAG AA). */
export const OPTIONS_CSS = `
.ltc-options { max-width: 640px; margin: 24px auto; padding: 20px 24px; }
.ltc-options h1 { font-size: 20px; font-weight: 600; margin-bottom: 4px; }
.ltc-options fieldset { margin: 16px 0 0; padding: 10px 14px 12px; border: 1px solid #d0d7de; border-radius: 6px; }
.ltc-options legend { padding: 0 4px; font-weight: 600; font-size: 14px; }
.ltc-options label { display: flex; gap: 8px; align-items: baseline; margin-top: 6px; font-size: 13px; }
.ltc-options input { margin: 0; accent-color: #0a5fd1; }
.ltc-option-help { display: block; color: #545d68; font-size: 12px; }
.ltc-saved { margin-top: 16px; min-height: 1.4em; font-size: 13px; color: #1a7f37; }
.ltc-options .ltc-note { margin-top: 16px; }
`;
