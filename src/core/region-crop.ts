// A rectangle the user dragged (CSS pixels of the viewport) → the pixels to cut from a
// `tabs.captureVisibleTab` screenshot. The screenshot's own size gives the scale, which
// covers devicePixelRatio and page zoom alike; the result is clamped to the screenshot.
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function cropForCapture(rect: Rect, viewport: { width: number; height: number }, capture: { width: number; height: number }): Rect | null {
  if (!(viewport.width > 0 && viewport.height > 0)) return null;
  const sx = capture.width / viewport.width;
  const sy = capture.height / viewport.height;
  const x0 = Math.max(0, Math.round(rect.x * sx));
  const y0 = Math.max(0, Math.round(rect.y * sy));
  const x1 = Math.min(capture.width, Math.round((rect.x + rect.width) * sx));
  const y1 = Math.min(capture.height, Math.round((rect.y + rect.height) * sy));
  if (x1 - x0 < 1 || y1 - y0 < 1) return null;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

export function visiblePart(box: Rect, viewport: { width: number; height: number }): Rect | null {
  const x = Math.max(0, box.x);
  const y = Math.max(0, box.y);
  const right = Math.min(viewport.width, box.x + box.width);
  const bottom = Math.min(viewport.height, box.y + box.height);
  return right - x >= 1 && bottom - y >= 1 ? { x, y, width: right - x, height: bottom - y } : null;
}
