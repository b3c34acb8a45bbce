/** Validation of the region-capture and tile-map messages (the contract test covers handlers). */
import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from './base64';
import { envelope } from './messages';
import { validateEnvelope } from './validate-message';

const tile = (w: number, h: number) => ({ width: w, height: h, base64: bytesToBase64(new Uint8Array(w * h * 4)) });
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
    expect(validateEnvelope(envelope('classify-tiles', { tiles: [tile(224, 224), tile(32, 32)] }))).toMatchObject({ type: 'classify-tiles' });
    expect(validateEnvelope(envelope('run-model-tiles', { tiles: [tile(224, 224)], backend: 'wasm' }))).toMatchObject({ type: 'run-model-tiles' });
    expect(validateEnvelope(envelope('region-selected', selection))).toMatchObject({ type: 'region-selected' });
    expect(validateEnvelope(envelope('start-region-capture', { action: 'tile-map', grant: 'g-1' }))).toMatchObject({ type: 'start-region-capture' });
    expect(validateEnvelope(envelope('open-tile-map', { grant: 'a3efbe7b-ac2c-4e81' }))).toMatchObject({ type: 'open-tile-map' });
    const overlay = { requestId: 'r', srcUrl: 'region', state: { kind: 'loading', stage: 'classifying' }, region: selection.rect, tileMap: { storedId: 'x1' } } as const;
    expect(validateEnvelope(envelope('overlay-update', overlay))).toMatchObject({ type: 'overlay-update' });
  });

  it('refuses tiles whose bytes do not match their size, too many tiles, or none', () => {
    expect(validateEnvelope(envelope('classify-tiles', { tiles: [{ ...tile(224, 224), width: 225 }] }))).toMatch(/tiles\[0\]: expected width × height RGBA/);
    expect(validateEnvelope(envelope('classify-tiles', { tiles: Array.from({ length: 33 }, () => tile(8, 8)) }))).toMatch(/1 to 32 tiles/);
    expect(validateEnvelope(envelope('classify-tiles', { tiles: [] }))).toMatch(/1 to 32 tiles/);
    expect(validateEnvelope(envelope('classify-tiles', { tiles: [tile(2000, 1)] }))).toMatch(/width/);
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
