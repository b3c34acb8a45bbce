// Whether and where to zoom: a figure whose nuclei would come out smaller than the training
// images' once squeezed to 224 px is classified as up to `maxTiles` windows cut at the training
// scale instead, and the answers averaged.
import { axisPositions } from './tile-grid';

/** Calibrated on LC25000 validation images by scripts/trust/calibrate-scale.ts (model/metadata.json). */
export interface ScaleCalibration {
  nucleusDiameterPx: number;
  /** Zoom when the input's nuclei are smaller than this fraction of the training's. */
  zoomBelow: number;
  zoomTo: number;
  /** Flag "more magnified than the training images" above this fraction. */
  magnifiedAbove: number;
  /** The 10th and 90th percentiles of the estimate on training-scale images (as a fraction): its normal spread. */
  typicalRange: [number, number];
  maxTiles: number;
}

export interface ZoomWindow {
  x: number;
  y: number;
  size: number;
}

export interface ZoomPlan {
  relativeScale: number;
  windows: ZoomWindow[];
}

export function chooseZoom(
  image: { width: number; height: number },
  nucleusDiameterPx: number,
  modelSide: number,
  c: ScaleCalibration,
): ZoomPlan {
  // The whole image is resized (squashed) to modelSide²: its mean linear scale factor.
  const shrink = modelSide / Math.sqrt(image.width * image.height);
  const relativeScale = (nucleusDiameterPx * shrink) / c.nucleusDiameterPx;
  if (!(relativeScale > 0) || relativeScale >= c.zoomBelow) return { relativeScale, windows: [] };
  // A window of `size` source pixels resized to modelSide puts the nuclei at zoomTo.
  const size = Math.round((nucleusDiameterPx * modelSide) / (c.zoomTo * c.nucleusDiameterPx));
  if (size >= Math.min(image.width, image.height)) return { relativeScale, windows: [] };
  const per = Math.max(1, Math.floor(Math.sqrt(c.maxTiles)));
  const pick = (length: number) => spread(axisPositions(length, size), per);
  const windows: ZoomWindow[] = [];
  for (const y of pick(image.height)) for (const x of pick(image.width)) windows.push({ x, y, size });
  return { relativeScale, windows };
}

function spread(positions: number[], n: number): number[] {
  if (positions.length <= n) return positions;
  return Array.from({ length: n }, (_, i) => positions[Math.round((i * (positions.length - 1)) / Math.max(1, n - 1))]);
}
