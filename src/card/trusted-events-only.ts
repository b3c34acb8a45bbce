// The card acts on the user's own clicks and keys only (`isTrusted`): the second lock after the
// frame's origin, which page script cannot reach.
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
