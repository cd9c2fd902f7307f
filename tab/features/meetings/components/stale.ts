import { ApiError } from '../../../lib/api';

/** Codes that mean the page shows an old state: reloading shows where things stand. */
const STALE = new Set(['meeting_started', 'meeting_changing', 'series_not_booked', 'meeting_not_found']);

/** A refusal because the session changed since the page was drawn. */
export const isStale = (error: unknown): boolean => error instanceof ApiError && STALE.has(error.code);
