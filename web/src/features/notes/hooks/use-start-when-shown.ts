import { type RefObject, useEffect, useState } from 'react';

/** From this width the session page puts the notes beside the video (session-page.css). */
const SIDE_BY_SIDE = '(min-width: 64em)';

/**
 * Whether to start the notes editor: at once where the notes sit beside the video, and on a
 * narrower screen, where they come below it, once the person scrolls to the element of `ref`.
 * Starting the editor (ProseMirror's view of the shared document, Tiptap's extensions) is one
 * task of 100–150 ms on a laptop and several times that on a phone, which would otherwise hold
 * up the video region the phone shows first. The document is connected and kept in sync before
 * that (useNotesConnection), so nothing waits for it but the view.
 */
export function useStartWhenShown(ref: RefObject<Element | null>): boolean {
  const [shown, setShown] = useState(
    () => typeof IntersectionObserver === 'undefined' || window.matchMedia(SIDE_BY_SIDE).matches,
  );
  useEffect(() => {
    const element = ref.current;
    if (shown || !element) return;
    const wide = window.matchMedia(SIDE_BY_SIDE);
    const onWidened = () => {
      if (wide.matches) setShown(true);
    };
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setShown(true);
    });
    observer.observe(element);
    wide.addEventListener('change', onWidened);
    return () => {
      observer.disconnect();
      wide.removeEventListener('change', onWidened);
    };
  }, [ref, shown]);
  return shown;
}
