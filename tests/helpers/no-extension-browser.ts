/**
 * Stands in for webextension-polyfill in Node unit tests, which only need to import
 * modules (e.g. the handler registries), never to call extension APIs: any use throws.
 * The real extension APIs are exercised by the browser end-to-end tests.
 */
const browser: unknown = new Proxy({}, {
  get(_target, prop) {
    throw new Error(`browser.${String(prop)} is not available in Node unit tests`);
  },
});
export default browser;
