import { useEffect, useState, useSyncExternalStore } from 'react';
import { onHostThemeChange, type Host, type HostTheme } from '../lib/teams';

const queries = { contrast: '(forced-colors: active)', dark: '(prefers-color-scheme: dark)' };

// jsdom and some embedded browsers have no matchMedia; they get the light theme.
function matches(query: string): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
}

function systemTheme(): HostTheme {
  if (matches(queries.contrast)) return 'contrast';
  return matches(queries.dark) ? 'dark' : 'default';
}

function subscribeToSystem(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const lists = Object.values(queries).map((query) => window.matchMedia(query));
  for (const list of lists) list.addEventListener('change', onChange);
  return () => {
    for (const list of lists) list.removeEventListener('change', onChange);
  };
}

/**
 * Inside a host, the host's theme, followed live (the user can switch it while the tab is
 * open); in a plain browser, the system's colour scheme and forced colours, also live.
 */
export function useTheme(host: Host | null | undefined): HostTheme {
  const system = useSyncExternalStore(subscribeToSystem, systemTheme, () => 'default' as const);
  const [changed, setChanged] = useState<HostTheme | null>(null);
  useEffect(() => (host ? onHostThemeChange(setChanged) : undefined), [host]);
  if (!host) return system;
  return changed ?? host.theme;
}
