import { useEffect, useRef } from 'react';

/**
 * Brings a just-appeared part of the tab (the chosen kind's form, the preview) to the top of the
 * content pane and moves focus there, so keyboard and screen-reader users land on what appeared.
 * Only the pane scrolls: scrollIntoView would also scroll the overflow-hidden frame around it.
 */
export function useReveal<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const pane = node.closest('.content');
    if (pane) {
      const offset = node.getBoundingClientRect().top - pane.getBoundingClientRect().top;
      pane.scrollTop += offset - 16;
    }
    node.focus({ preventScroll: true });
  }, []);
  return ref;
}
