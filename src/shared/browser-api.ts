// The one door to extension APIs. webextension-polyfill gives Chrome the promise-based
// `browser.*` of Firefox (and passes a native `browser` through where Chrome has one).
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs, Menus } from 'webextension-polyfill';
