import { describe, expect, it } from 'vitest';
import { cropForCapture, visiblePart } from './region-crop';

describe('cropForCapture', () => {
  it('scales CSS pixels by the screenshot/viewport ratio (devicePixelRatio 2)', () => {
    expect(cropForCapture({ x: 10, y: 20, width: 100, height: 50 }, { width: 800, height: 600 }, { width: 1600, height: 1200 }))
      .toEqual({ x: 20, y: 40, width: 200, height: 100 });
  });
  it('clamps to the screenshot and refuses an empty crop', () => {
    expect(cropForCapture({ x: 700, y: -10, width: 200, height: 50 }, { width: 800, height: 600 }, { width: 800, height: 600 }))
      .toEqual({ x: 700, y: 0, width: 100, height: 40 });
    expect(cropForCapture({ x: 900, y: 0, width: 10, height: 10 }, { width: 800, height: 600 }, { width: 800, height: 600 })).toBeNull();
  });
});

describe('visiblePart', () => {
  it('intersects a box with the viewport', () => {
    expect(visiblePart({ x: -50, y: 100, width: 400, height: 900 }, { width: 1000, height: 800 })).toEqual({ x: 0, y: 100, width: 350, height: 700 });
    expect(visiblePart({ x: 0, y: 900, width: 10, height: 10 }, { width: 1000, height: 800 })).toBeNull();
  });
});
