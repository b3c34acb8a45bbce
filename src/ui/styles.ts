// The UI's one stylesheet, for the card's frame and the popup. Text meets WCAG AA (4.5:1); the
// bars use the Okabe-Ito palette and every value is also written as text.
// The CSS is in .css files (editor support, no escaping), imported as strings
// because it goes into shadow roots and <style> elements, not into the page's <head>.
import cardCss from './card.css?raw';
import trustCss from './trust.css?raw';

/** The card's rules, then the trust features' (wording, agreement, not-assessable, heat map). */
export const UI_CSS = cardCss + trustCss;
