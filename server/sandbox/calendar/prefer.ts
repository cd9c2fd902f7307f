import { ianaZone, unsupportedZone } from './zones.js';

// `Prefer: outlook.timezone="..."` (FACTS 1.5, 1.6): answers in that zone, and says so in
// `Preference-Applied`; without it Outlook answers in UTC. An unknown zone is refused with 400
// TimeZoneNotSupportedException, as the live service does.

export interface ResponseZone {
  /** The zone name to label times with, as the client spelled it. */
  name: string;
  /** The Preference-Applied header value, when the client asked for a zone. */
  applied?: string;
}

const TIMEZONE = /outlook\.timezone\s*=\s*(?:"([^"]*)"|([^,;\s]+))/i;

export function responseZone(prefer: string | string[] | undefined): ResponseZone {
  const header = Array.isArray(prefer) ? prefer.join(',') : prefer;
  const m = header ? TIMEZONE.exec(header) : null;
  if (!m) return { name: 'UTC' };
  const name = (m[1] ?? m[2] ?? '').trim();
  if (!ianaZone(name)) throw unsupportedZone(name);
  return { name, applied: `outlook.timezone="${name}"` };
}
