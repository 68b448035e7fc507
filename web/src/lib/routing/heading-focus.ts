// After a client-side navigation, focus goes to the new page's h1, so keyboard and screen reader
// users start reading at the new content (as on a full page load) instead of on a stale link.
// A page that shows its h1 only after loading data picks up a pending request when it mounts.
let pending = false;

/** Focuses the page's h1 now if it is there, or asks the next PageHeading to take focus. */
export function focusPageHeading(): void {
  const heading = document.querySelector<HTMLElement>('main h1');
  if (heading) {
    pending = false;
    heading.focus();
  } else {
    pending = true;
  }
}

/** True once per pending request: the caller should take focus. */
export function takePendingHeadingFocus(): boolean {
  const wasPending = pending;
  pending = false;
  return wasPending;
}
