import { isShown } from './privacy.js';
import type { Cell, Outcomes } from './schemas.js';

// The dashboard's CSV: exactly the figures of the payload, one row per cell, walked from the
// payload itself so the two cannot drift apart. A suppressed cell has no value and says why.
// Pure, so the tab's stand-in server answers with the very same file.

const HEADER = ['figure', 'group', 'value', 'people', 'note'];
const SECTIONS = [
  'participation',
  'meetings',
  'learningCurve',
  'confidence',
  'diversity',
  'retention',
  'surveys',
] as const;

/** How the items of a list name their group, e.g. a breakdown row by its key, a week by its number. */
const GROUP_FIELDS: Record<string, (v: unknown) => string> = {
  key: (v) => (v === null ? '(unknown)' : String(v)),
  week: (v) => `week ${String(v)}`,
  month: (v) => String(v),
  gap: (v) => `level gap ${String(v)}`,
  months: (v) => `${String(v)} months`,
  moment: (v) => String(v),
};

const isCell = (v: unknown): v is Cell =>
  typeof v === 'object' && v !== null && ('suppressed' in v || ('value' in v && 'people' in v));

/** The CSV text (RFC 4180, CRLF) of the payload's figures. */
export function outcomesCsv(o: Outcomes): string {
  const rows: string[][] = [HEADER];
  const note = `suppressed: describes fewer than ${o.minGroupSize} people`;
  const walk = (node: unknown, path: string[], group: string): void => {
    if (isCell(node)) {
      rows.push(
        isShown(node)
          ? [path.join('.'), group, String(node.value), String(node.people), '']
          : [path.join('.'), group, '', '', note],
      );
    } else if (Array.isArray(node)) {
      for (const item of node as Record<string, unknown>[]) {
        const field = Object.keys(item).find((k) => k in GROUP_FIELDS);
        const label = field ? GROUP_FIELDS[field]!(item[field]) : '';
        for (const [k, v] of Object.entries(item)) if (k !== field) walk(v, [...path, k], label);
      }
    } else if (typeof node === 'object' && node !== null) {
      for (const [k, v] of Object.entries(node)) walk(v, [...path, k], group);
    }
  };
  for (const section of SECTIONS) walk(o[section], [section], '');
  return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/**
 * One CSV field: quoted when it holds a separator, quote or line break; text a spreadsheet would
 * run as a formula (a department named "=HYPERLINK(...)") gets a leading apostrophe (OWASP).
 */
function field(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The file's name: the programme (or all) and the period. */
export function outcomesFileName(o: Pick<Outcomes, 'programmeId' | 'from' | 'to'>): string {
  const parts = ['tandem-outcomes', o.programmeId ?? 'all-programmes', o.from ?? 'start', o.to ?? 'today'];
  return `${parts.join('_')}.csv`;
}
