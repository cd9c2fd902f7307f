import { GraphError } from '../errors.js';

// Reading action bodies as leniently as Graph does: property names in any case (the docs' own
// samples write "timeslots" and "Schedules"), and booleans or numbers sent as strings ("true",
// "100", as in the findMeetingTimes sample).

/** The value of `name` in `obj`, matching the key case-insensitively. */
export function prop(obj: unknown, name: string): unknown {
  if (!obj || typeof obj !== 'object') return undefined;
  const record = obj as Record<string, unknown>;
  if (name in record) return record[name];
  const lower = name.toLowerCase();
  const key = Object.keys(record).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : record[key];
}

function unreadable(name: string, value: unknown, type: string): GraphError {
  return new GraphError(
    400,
    'RequestBodyRead',
    `Cannot convert the literal '${String(value)}' to the expected type '${type}' for '${name}'.`,
  );
}

export function boolParam(value: unknown, name: string, fallback: boolean): boolean {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
  throw unreadable(name, value, 'Edm.Boolean');
}

export function numberParam(value: unknown, name: string, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) throw unreadable(name, value, 'Edm.Double');
  return n;
}
