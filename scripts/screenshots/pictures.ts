// Every picture the README and docs show, and the end-to-end test that draws it with the real
// built extension in headless Chromium (the test saves it under tests/artifacts/). One list, so
// `npm run screenshots` regenerates them all and a test fails when a document shows a picture
// that is not in it.
export interface Picture {
  doc: string;
  artifact: string;
  test: string;
}

export const PICTURES: Picture[] = [
  { doc: 'docs/screenshot-overlay.png', artifact: 'overlay-first.png', test: 'tests/e2e/chromium-extension.e2e.test.ts' },
  { doc: 'docs/screenshot-tile-map.png', artifact: 'tile-map-mosaic.png', test: 'tests/e2e/region-tilemap.e2e.test.ts' },
  { doc: 'docs/screenshots/heat-map-popup.png', artifact: 'trust-heat-map-popup.png', test: 'tests/e2e/trust-chromium.e2e.test.ts' },
  { doc: 'docs/screenshots/heat-map-zoomed.png', artifact: 'trust-heat-map-zoomed.png', test: 'tests/e2e/trust-chromium.e2e.test.ts' },
  { doc: 'docs/screenshots/not-assessable.png', artifact: 'trust-not-assessable.png', test: 'tests/e2e/trust-chromium.e2e.test.ts' },
  { doc: 'docs/screenshots/model-card.png', artifact: 'trust-model-card.png', test: 'tests/e2e/trust-chromium.e2e.test.ts' },
  { doc: 'docs/screenshots/region-picker.png', artifact: 'picker-page.png', test: 'tests/e2e/pdf-and-picker.e2e.test.ts' },
  { doc: 'docs/screenshots/popup-batch.png', artifact: 'popup-batch.png', test: 'tests/e2e/workflow-batch.e2e.test.ts' },
];
