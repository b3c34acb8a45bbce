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
// The CSS is in .css files (editor support, no escaping), imported as strings
// because it goes into shadow roots and <style> elements, not into the page's <head>.
import cardCss from './card.css?raw';
import trustCss from './trust.css?raw';

/** The card's rules, then the trust features' (wording, agreement, not-assessable, heat map). */
export const UI_CSS = cardCss + trustCss;
