/** Validation of the region-capture and tile-map messages (the contract test covers handlers). */
import { describe, expect, it } from 'vitest';
import { envelope } from './messages';
import { validateEnvelope } from './validate-message';

const win = (x: number, y: number, size: number) => ({ x, y, size });
const selection = {
  rect: { x: 10, y: 20, width: 240, height: 240 },
  viewport: { width: 1280, height: 900 },
  scroll: { x: 0, y: 400 },
  devicePixelRatio: 2,
  action: 'classify' as const,
  grant: 'a3efbe7b-ac2c-4e81',
};

describe('region and tile-map messages', () => {
  it('accepts well-formed requests', () => {
    expect(validateEnvelope(envelope('classify-tiles', { storedId: 'a3efbe7b-ac2c', windows: [win(0, 0, 224), win(224, 0, 32)] }))).toMatchObject({ type: 'classify-tiles' });
    expect(validateEnvelope(envelope('host-classify-tiles', { imageKey: 'a3efbe7b-ac2c', windows: [win(0, 0, 224)], backend: 'wasm' }))).toMatchObject({ type: 'host-classify-tiles' });
    const image = { base64: 'AAAA', mimeType: 'image/png', name: 'x.png' };
    expect(validateEnvelope(envelope('host-classify-tiles', { imageKey: 'a3efbe7b-ac2c', image, windows: [win(0, 0, 224)], backend: 'wasm' }))).toMatchObject({ type: 'host-classify-tiles' });
    expect(validateEnvelope(envelope('region-selected', selection))).toMatchObject({ type: 'region-selected' });
    expect(validateEnvelope(envelope('start-region-capture', { action: 'tile-map', grant: 'g-1' }))).toMatchObject({ type: 'start-region-capture' });
    expect(validateEnvelope(envelope('open-tile-map', { grant: 'a3efbe7b-ac2c-4e81' }))).toMatchObject({ type: 'open-tile-map' });
    const overlay = { requestId: 'r', srcUrl: 'region', state: { kind: 'loading', stage: 'classifying' }, region: selection.rect, tileMap: { storedId: 'x1' } } as const;
    expect(validateEnvelope(envelope('overlay-update', overlay))).toMatchObject({ type: 'overlay-update' });
  });

  it('refuses malformed tile windows, too many or none, and anything but a stored id for the image', () => {
    const storedId = 'a3efbe7b-ac2c';
    expect(validateEnvelope(envelope('classify-tiles', { storedId, windows: [win(0.5, 0, 224)] }))).toMatch(/windows\[0\]: x/);
    expect(validateEnvelope(envelope('classify-tiles', { storedId, windows: [win(0, -1, 224)] }))).toMatch(/windows\[0\]: y/);
    expect(validateEnvelope(envelope('classify-tiles', { storedId, windows: [win(0, 0, 0)] }))).toMatch(/windows\[0\]: size/);
    expect(validateEnvelope(envelope('classify-tiles', { storedId, windows: Array.from({ length: 65 }, () => win(0, 0, 8)) }))).toMatch(/1 to 64 tile windows/);
    expect(validateEnvelope(envelope('classify-tiles', { storedId, windows: [] }))).toMatch(/1 to 64 tile windows/);
    // The page names the image only by the id the background stored it under: never an address.
    expect(validateEnvelope(envelope('classify-tiles', { storedId: 'https://evil.example/x.png', windows: [win(0, 0, 8)] }))).toMatch(/storedId/);
  });

  it('refuses malformed regions and sources', () => {
    expect(validateEnvelope(envelope('region-selected', { ...selection, action: 'upload' as 'classify' }))).toMatch(/action/);
    expect(validateEnvelope(envelope('region-selected', { ...selection, rect: { ...selection.rect, width: Number.NaN } }))).toMatch(/rect: width/);
    expect(validateEnvelope(envelope('region-selected', { ...selection, devicePixelRatio: 0 }))).toMatch(/devicePixelRatio/);
    expect(validateEnvelope(envelope('open-tile-map', { grant: '../../etc' }))).toMatch(/grant/);
    // A page may not name an address or a stored capture: only a grant the background issued.
    expect(validateEnvelope({ type: 'open-tile-map', target: 'background', request: { srcUrl: 'https://example.org/figure.png' } })).toMatch(/grant/);
    expect(validateEnvelope({ type: 'region-selected', target: 'background', request: { ...selection, grant: undefined } })).toMatch(/grant/);
  });
});
