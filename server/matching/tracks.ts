import type { Track } from './model.js';

/** The programmes (tracks) by name, as notifications and invitations call them. */
export const TRACK_NAMES: Record<Track, { en: string; it: string }> = {
  mentoring: { en: 'mentoring', it: 'mentoring' },
  reverse: { en: 'reverse mentoring', it: 'reverse mentoring' },
};

/** A track's name in a person's language (Italian for it-*, else English). */
export const trackName = (track: Track, language: string | null): string =>
  TRACK_NAMES[track][language?.toLowerCase().startsWith('it') ? 'it' : 'en'];
