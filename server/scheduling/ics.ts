// One meeting as an iCalendar file (RFC 5545), the download offered when a meeting cannot be put
// in someone's calendar through Graph. Pure: the stamp is passed in, no clock is read.
//
// https://www.rfc-editor.org/rfc/rfc5545 for the format; https://www.rfc-editor.org/rfc/rfc6868
// for the ^ escapes that let a parameter value (a CN) carry a double quote or a line break.

export interface IcsPerson {
  name: string;
  email: string;
}

export interface IcsMeeting {
  /** Stable per series or occurrence: a calendar updates the event with the same UID. */
  uid: string;
  sequence: number;
  /** DTSTAMP, epoch ms. */
  stamp: number;
  /** Epoch ms, written in UTC. */
  start: number;
  end: number;
  summary: string;
  /** Plain text. */
  description: string;
  /** Teams join URL: also the LOCATION ("Microsoft Teams") and the end of the description. */
  url?: string;
  organizer: IcsPerson;
  attendees: IcsPerson[];
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // TEXT admits no other control character: matching them is the point.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
  );
}

/** A parameter value (RFC 5545 3.2, RFC 6868), quoted when it holds a ":", ";" or ",". */
export function paramValue(value: string): string {
  const safe = value
    .replace(/\^/g, '^^')
    .replace(/"/g, "^'")
    .replace(/\r\n|\r|\n/g, '^n')
    // Nor does a parameter value (RFC 5545 3.1: SAFE-CHAR excludes CONTROL).
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
  return /[:;,]/.test(safe) ? `"${safe}"` : safe;
}

const utf8 = new TextEncoder();

// A URI value is written as is, so a line break in one would start a new property: whatever a URI
// may not hold (controls, spaces, quotes, non-ASCII) is percent-encoded as UTF-8 bytes instead.
function uri(value: string): string {
  return value.replace(/[^\x21-\x7e]|["<>\\^`{|}]/gu, (c) =>
    [...utf8.encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

/** 20250314T083000Z: the UTC form of DATE-TIME (RFC 5545 3.3.5). */
export function utcDateTime(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`not an instant: ${ms}`);
  return new Date(ms)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

const octets = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * Folds a content line (RFC 5545 3.1): no physical line longer than 75 octets of UTF-8, each
 * continuation starting with one space. Cuts fall between code points, never inside one.
 */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch.codePointAt(0) ?? 0);
    if (size + n > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      size = 1;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join(CRLF);
}

const person = (p: IcsPerson): string => `CN=${paramValue(p.name)}`;
const mailto = (email: string): string => `mailto:${uri(email.trim())}`;

export function meetingIcs(m: IcsMeeting): string {
  if (!Number.isInteger(m.sequence) || m.sequence < 0)
    throw new RangeError(`SEQUENCE must be a whole number >= 0, got ${m.sequence}`);
  if (m.end <= m.start) throw new RangeError('a meeting must end after it starts');
  const description = m.url && !m.description.includes(m.url) ? `${m.description}\n\n${m.url}` : m.description;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Tandem//Mentoring//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(m.uid)}`,
    `SEQUENCE:${m.sequence}`,
    `DTSTAMP:${utcDateTime(m.stamp)}`,
    `DTSTART:${utcDateTime(m.start)}`,
    `DTEND:${utcDateTime(m.end)}`,
    `SUMMARY:${escapeText(m.summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...(m.url ? ['LOCATION:Microsoft Teams', `URL:${uri(m.url)}`] : []),
    `ORGANIZER;${person(m.organizer)}:${mailto(m.organizer.email)}`,
    ...m.attendees.map((a) => `ATTENDEE;${person(a)};ROLE=REQ-PARTICIPANT:${mailto(a.email)}`),
    'STATUS:CONFIRMED',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  // Every content line ends in CRLF, the last one included.
  return lines.map(fold).join(CRLF) + CRLF;
}
