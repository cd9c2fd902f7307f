import { useEffect, useRef } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * The item a link points at (a session, a request): once it is on screen it is scrolled to and
 * takes the focus, as a browser does for a link to a part of a page, so keyboard and screen reader
 * users start there too. The element needs tabIndex={-1}.
 */
export function useFocusTarget<T extends HTMLElement>(isTarget: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const element = ref.current;
    if (!isTarget || !element) return;
    // jsdom has no scrolling.
    element.scrollIntoView?.({ block: 'center' });
    element.focus({ preventScroll: true });
  }, [isTarget]);
  return ref;
}

/** Marks the item a link pointed at for as long as the address names it; a border, which high contrast keeps. */
export const useTargetStyles = makeStyles({
  target: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: tokens.strokeWidthThick,
  },
});
