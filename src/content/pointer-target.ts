// Which image the keyboard shortcut means: the one with keyboard focus (an image that is
// itself focusable, or the single image inside a focused link or button), else the one
// last under the pointer while it is still hovered.
let hovered: HTMLImageElement | null = null;

export function rememberHoveredImage(event: MouseEvent): void {
  const el = event.composedPath().find((n): n is Element => n instanceof Element);
  hovered = el instanceof HTMLImageElement ? el : (el?.closest('img') ?? null);
}

function focusedImage(): HTMLImageElement | null {
  const active = document.activeElement;
  if (active instanceof HTMLImageElement) return active;
  if (!active || active === document.body) return null;
  const inside = active.querySelectorAll('img');
  return inside.length === 1 ? inside[0] : null;
}

export function imageForShortcut(): HTMLImageElement | null {
  const focused = focusedImage();
  if (focused) return focused;
  return hovered?.isConnected && hovered.matches(':hover') ? hovered : null;
}
