/**
 * The card acts on the user's own clicks and keys only. Events a script makes
 * (`element.click()`, `dispatchEvent`) have `isTrusted` false: they are stopped before
 * any button sees them. Page script cannot reach this frame at all (another origin); this
 * is the second lock, on the card's own door.
 */
const KINDS = ['click', 'auxclick', 'dblclick', 'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'keydown', 'keyup', 'input', 'change', 'submit'];

export function keepTrustedEventsOnly(target: Window): void {
  for (const kind of KINDS) {
    target.addEventListener(kind, (event) => {
      if (event.isTrusted) return;
      event.stopImmediatePropagation();
      event.preventDefault();
    }, { capture: true });
  }
}
