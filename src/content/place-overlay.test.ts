import { describe, expect, it } from 'vitest';
import { CARD_WIDTH, placeOverlay } from './place-overlay';

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, right: left + width, bottom: top + height, width, height, x: left, y: top }) as DOMRect;
const viewport = { width: 1280, height: 800 };

describe('placeOverlay', () => {
  it('goes right of the image when there is room', () => {
    expect(placeOverlay(rect(100, 50, 224, 224), viewport)).toEqual({ left: 332, top: 50 });
  });
  it('goes left of an image at the right edge', () => {
    expect(placeOverlay(rect(1000, 50, 224, 224), viewport).left).toBe(1000 - 8 - CARD_WIDTH);
  });
  it('overlaps a full-width image, staying on screen', () => {
    const p = placeOverlay(rect(0, -100, 1280, 900), viewport);
    expect(p.left).toBeGreaterThanOrEqual(8);
    expect(p.left + CARD_WIDTH).toBeLessThanOrEqual(1280);
    expect(p.top).toBeGreaterThanOrEqual(8);
  });
  it('has a fixed corner when the image is gone', () => {
    expect(placeOverlay(null, viewport)).toEqual({ left: 1280 - CARD_WIDTH - 16, top: 16 });
  });
});

describe('placeOverlay with the overlayPosition setting', () => {
  const image = rect(400, 50, 224, 224);
  it('left puts the card left of the image when it fits', () => {
    expect(placeOverlay(image, viewport, 'left')).toEqual({ left: 400 - 8 - CARD_WIDTH, top: 50 });
  });
  it('left falls back to the right side when there is no room', () => {
    expect(placeOverlay(rect(100, 50, 224, 224), viewport, 'left')).toEqual({ left: 332, top: 50 });
  });
  it('right is the same as auto', () => {
    expect(placeOverlay(image, viewport, 'right')).toEqual(placeOverlay(image, viewport, 'auto'));
  });
  it('over sits on the image top-left corner even when there is room beside it', () => {
    expect(placeOverlay(image, viewport, 'over')).toEqual({ left: 408, top: 58 });
  });
});
