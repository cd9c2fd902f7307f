import { useEffect, useState } from 'react';

/** Typing settles for this long before a page is asked for: one request per search, not per key. */
export const SEARCH_SETTLE_MS = 300;

/** The search box's text now, the text the list asks for (once typing settles), and the page offset. */
export function useSearch() {
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    const timer = setTimeout(() => {
      setSearch(text.trim());
      setOffset(0);
    }, SEARCH_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return { text, setText, search, offset, setOffset };
}
