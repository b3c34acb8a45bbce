import { describe, expect, it } from 'vitest';
import { chooseZoom, type ScaleCalibration } from './choose-zoom';

const c: ScaleCalibration = { nucleusDiameterPx: 16, zoomBelow: 0.45, zoomTo: 0.7, magnifiedAbove: 1.6, typicalRange: [0.7, 1.45], maxTiles: 9 };

describe('chooseZoom', () => {
  it('keeps a training-scale tile whole', () => {
    const plan = chooseZoom({ width: 224, height: 224 }, 16, 224, c);
    expect(plan.relativeScale).toBeCloseTo(1, 9);
    expect(plan.windows).toEqual([]);
  });

  it('cuts a low-magnification figure into at most 9 windows at the training scale', () => {
    // 1000 px wide, nuclei 12 px: squeezed to 224 they would be 2.7 px, 0.17 of training.
    const plan = chooseZoom({ width: 1000, height: 800 }, 12, 224, c);
    expect(plan.relativeScale).toBeCloseTo((12 * 224) / Math.sqrt(1000 * 800) / 16, 9);
    const size = Math.round((12 * 224) / (0.7 * 16));
    expect(plan.windows.length).toBe(9);
    for (const w of plan.windows) {
      expect(w.size).toBe(size);
      expect(w.x + w.size).toBeLessThanOrEqual(1000);
      expect(w.y + w.size).toBeLessThanOrEqual(800);
    }
    expect(Math.max(...plan.windows.map((w) => w.x + w.size))).toBeGreaterThan(1000 - size / 4);
    expect(Math.min(...plan.windows.map((w) => w.x))).toBe(0);
  });

  it('does not zoom when the window would not fit inside the image', () => {
    // A thin strip: the window for 0.7 of the training scale (120 px) is taller than it.
    const plan = chooseZoom({ width: 2000, height: 100 }, 6, 224, c);
    expect(plan.relativeScale).toBeLessThan(c.zoomBelow);
    expect(plan.windows).toEqual([]);
  });

  it('uses fewer windows when fewer fit', () => {
    const plan = chooseZoom({ width: 700, height: 360 }, 12, 224, c);
    expect(plan.windows.length).toBeGreaterThan(0);
    expect(new Set(plan.windows.map((w) => w.y)).size).toBe(2);
  });
});
