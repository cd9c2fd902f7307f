import { describe, expect, it } from 'vitest';
import { meetingIcs, type IcsMeeting } from '../../server/scheduling/ics.js';

const at = (iso: string): number => Date.parse(iso);
const JOIN =
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d';

const meeting = (over: Partial<IcsMeeting> = {}): IcsMeeting => ({
  uid: 'pair-42-2025-03-14@tandem',
  sequence: 2,
  stamp: at('2025-03-01T10:15:30.123Z'),
  start: at('2025-03-14T09:30:00+01:00'),
  end: at('2025-03-14T10:15:00+01:00'),
  summary: 'Tandem mentoring: Giulia Rossi e Tom Baker',
  description: 'Primo incontro.\nBuon lavoro!',
  url: JOIN,
  organizer: { name: 'Giulia Rossi', email: 'giulia.rossi@contoso.it' },
  attendees: [{ name: 'Tom Baker', email: 'tom.baker@contoso.com' }],
  ...over,
});

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

// A reader written from RFC 5545 3.1 and 3.3.11 (and RFC 6868 for parameter values), independent
// of the writer: unfold, split name;params:value honouring quotes, unescape TEXT.
function unfold(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  return ics
    .slice(0, -2)
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
}

function parseLine(line: string): Property {
  let i = 0;
  const until = (stops: string): string => {
    let out = '';
    let quoted = false;
    while (i < line.length) {
      const c = line[i]!;
      if (c === '"') quoted = !quoted;
      else if (!quoted && stops.includes(c)) break;
      out += c;
      i++;
    }
    return out;
  };
  const name = until(';:');
  const params: Record<string, string> = {};
  while (line[i] === ';') {
    i++;
    const key = until('=');
    i++;
    const raw = until(';:');
    const unquoted = raw.startsWith('"') ? raw.slice(1, -1) : raw;
    params[key] = unquoted.replace(/\^(\^|'|n)/g, (_, c: string) => (c === '^' ? '^' : c === "'" ? '"' : '\n'));
  }
  expect(line[i]).toBe(':');
  return { name, params, value: line.slice(i + 1) };
}

const unescapeText = (value: string): string =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

function parse(ics: string): Property[] {
  return unfold(ics).map(parseLine);
}

function event(ics: string): Map<string, Property[]> {
  const out = new Map<string, Property[]>();
  for (const p of parse(ics)) out.set(p.name, [...(out.get(p.name) ?? []), p]);
  return out;
}

const one = (props: Map<string, Property[]>, name: string): Property => {
  const found = props.get(name) ?? [];
  expect(found, name).toHaveLength(1);
  return found[0]!;
};

const physicalLines = (ics: string): Uint8Array[] => {
  const bytes = new TextEncoder().encode(ics);
  const lines: Uint8Array[] = [];
  let from = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push(bytes.slice(from, i));
      from = i + 2;
    }
  }
  expect(from).toBe(bytes.length);
  return lines;
};

describe('meetingIcs structure', () => {
  it('wraps one confirmed event in a published calendar', () => {
    const names = parse(meetingIcs(meeting())).map((p) =>
      p.name === 'BEGIN' || p.name === 'END' ? `${p.name}:${p.value}` : p.name,
    );
    expect(names).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION',
      'PRODID',
      'CALSCALE',
      'METHOD',
      'BEGIN:VEVENT',
      'UID',
      'SEQUENCE',
      'DTSTAMP',
      'DTSTART',
      'DTEND',
      'SUMMARY',
      'DESCRIPTION',
      'LOCATION',
      'URL',
      'ORGANIZER',
      'ATTENDEE',
      'STATUS',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
  });

  it('reads back every property it was given', () => {
    const props = event(meetingIcs(meeting()));
    expect(one(props, 'VERSION').value).toBe('2.0');
    expect(one(props, 'PRODID').value).toBe('-//Tandem//Mentoring//EN');
    expect(one(props, 'CALSCALE').value).toBe('GREGORIAN');
    expect(one(props, 'METHOD').value).toBe('PUBLISH');
    expect(unescapeText(one(props, 'UID').value)).toBe('pair-42-2025-03-14@tandem');
    expect(one(props, 'SEQUENCE').value).toBe('2');
    expect(unescapeText(one(props, 'SUMMARY').value)).toBe('Tandem mentoring: Giulia Rossi e Tom Baker');
    expect(one(props, 'LOCATION').value).toBe('Microsoft Teams');
    expect(one(props, 'URL').value).toBe(JOIN);
    expect(one(props, 'STATUS').value).toBe('CONFIRMED');
    expect(one(props, 'ORGANIZER')).toEqual({
      name: 'ORGANIZER',
      params: { CN: 'Giulia Rossi' },
      value: 'mailto:giulia.rossi@contoso.it',
    });
    expect(one(props, 'ATTENDEE')).toEqual({
      name: 'ATTENDEE',
      params: { CN: 'Tom Baker', ROLE: 'REQ-PARTICIPANT' },
      value: 'mailto:tom.baker@contoso.com',
    });
  });

  it('puts the join URL at the end of the description', () => {
    expect(unescapeText(one(event(meetingIcs(meeting())), 'DESCRIPTION').value)).toBe(
      `Primo incontro.\nBuon lavoro!\n\n${JOIN}`,
    );
  });

  it('does not repeat a join URL the description already holds', () => {
    const description = `Join: ${JOIN}\nSee you there`;
    expect(unescapeText(one(event(meetingIcs(meeting({ description }))), 'DESCRIPTION').value)).toBe(description);
  });

  it('leaves out LOCATION and URL when there is no join URL', () => {
    const props = event(meetingIcs(meeting({ url: undefined })));
    expect(props.has('LOCATION')).toBe(false);
    expect(props.has('URL')).toBe(false);
    expect(unescapeText(one(props, 'DESCRIPTION').value)).toBe('Primo incontro.\nBuon lavoro!');
  });

  it('writes one ATTENDEE per attendee, in order', () => {
    const attendees = [
      { name: 'Tom Baker', email: 'tom@contoso.com' },
      { name: 'Luca Bianchi', email: 'luca@contoso.it' },
    ];
    const found = event(meetingIcs(meeting({ attendees }))).get('ATTENDEE') ?? [];
    expect(found.map((p) => [p.params.CN, p.value])).toEqual([
      ['Tom Baker', 'mailto:tom@contoso.com'],
      ['Luca Bianchi', 'mailto:luca@contoso.it'],
    ]);
  });

  it('refuses a meeting that ends before it starts, or a negative sequence', () => {
    expect(() => meetingIcs(meeting({ end: meeting().start }))).toThrow(RangeError);
    expect(() => meetingIcs(meeting({ sequence: -1 }))).toThrow(RangeError);
  });
});

describe('meetingIcs times', () => {
  it('writes DTSTART, DTEND and DTSTAMP in UTC, to the second', () => {
    const props = event(meetingIcs(meeting()));
    expect(one(props, 'DTSTART').value).toBe('20250314T083000Z');
    expect(one(props, 'DTEND').value).toBe('20250314T091500Z');
    expect(one(props, 'DTSTAMP').value).toBe('20250301T101530Z');
  });

  it('writes an instant across a daylight-saving change in UTC as well', () => {
    const props = event(
      meetingIcs(meeting({ start: at('2025-10-26T09:00:00+01:00'), end: at('2025-10-26T10:00:00+01:00') })),
    );
    expect(one(props, 'DTSTART').value).toBe('20251026T080000Z');
    expect(one(props, 'DTEND').value).toBe('20251026T090000Z');
  });
});

describe('meetingIcs lines', () => {
  const long = meeting({
    summary: 'Perché è già ora: più qualità, meno attività inutili, città e università 🚀🎉👩🏽‍💻 '.repeat(4),
    description: `Ciao! 😀 ${'àèéìòù€'.repeat(30)}\n${'🇮🇹'.repeat(40)}\nfine`,
    organizer: {
      name: 'Giulia Rossi Bianchi De Santis Ferraresi Lombardo Colombo Moretti Esposito',
      email: 'giulia@contoso.it',
    },
  });

  it('ends every line with CRLF and has no bare CR or LF', () => {
    const ics = meetingIcs(long);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('keeps every physical line within 75 octets', () => {
    for (const line of physicalLines(meetingIcs(long))) expect(line.length).toBeLessThanOrEqual(75);
  });

  it('folds long lines, starting each continuation with one space', () => {
    const lines = meetingIcs(long).split('\r\n');
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(5);
  });

  it('never cuts a multi-byte character in two', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (const line of physicalLines(meetingIcs(long))) expect(() => strict.decode(line)).not.toThrow();
  });

  it('gives back accented Italian and emoji unchanged after unfolding', () => {
    const props = event(meetingIcs(long));
    expect(unescapeText(one(props, 'SUMMARY').value)).toBe(long.summary);
    expect(unescapeText(one(props, 'DESCRIPTION').value)).toBe(`${long.description}\n\n${JOIN}`);
    expect(one(props, 'ORGANIZER').params.CN).toBe(long.organizer.name);
  });

  it('leaves a line of exactly 75 octets unfolded', () => {
    const summary = 'x'.repeat(75 - 'SUMMARY:'.length);
    const lines = meetingIcs(meeting({ summary })).split('\r\n');
    expect(lines).toContain(`SUMMARY:${summary}`);
    expect(lines.some((l) => l.startsWith(' x'))).toBe(false);
  });

  it('folds a line of 76 octets once, moving the last character down', () => {
    const summary = `${'x'.repeat(75 - 'SUMMARY:'.length)}é`;
    const lines = meetingIcs(meeting({ summary })).split('\r\n');
    const i = lines.findIndex((l) => l.startsWith('SUMMARY:'));
    expect(lines[i]).toBe(`SUMMARY:${'x'.repeat(67)}`);
    expect(lines[i + 1]).toBe(' é');
  });
});

describe('meetingIcs escaping', () => {
  it('round-trips backslash, semicolon, comma and line breaks in TEXT', () => {
    const summary = 'Obiettivi; tempi, e note \\ varie';
    const description = 'Riga uno\r\nRiga due\nRiga tre\rfine; a, b \\n non è un a capo';
    const props = event(meetingIcs(meeting({ summary, description, url: undefined, uid: 'a,b;c\\d' })));
    expect(one(props, 'SUMMARY').value).toBe('Obiettivi\\; tempi\\, e note \\\\ varie');
    expect(unescapeText(one(props, 'SUMMARY').value)).toBe(summary);
    expect(unescapeText(one(props, 'DESCRIPTION').value)).toBe(
      'Riga uno\nRiga due\nRiga tre\nfine; a, b \\n non è un a capo',
    );
    expect(unescapeText(one(props, 'UID').value)).toBe('a,b;c\\d');
  });

  it('quotes a CN that holds a colon, semicolon or comma', () => {
    const ics = meetingIcs(
      meeting({
        organizer: { name: 'Rossi, Giulia', email: 'g@contoso.it' },
        attendees: [{ name: 'Team: Ops; Milano', email: 't@contoso.it' }],
      }),
    );
    expect(ics).toContain('ORGANIZER;CN="Rossi, Giulia":mailto:g@contoso.it');
    expect(ics).toContain('ATTENDEE;CN="Team: Ops; Milano";ROLE=REQ-PARTICIPANT:mailto:t@contoso.it');
    const props = event(ics);
    expect(one(props, 'ORGANIZER').params.CN).toBe('Rossi, Giulia');
    expect(one(props, 'ATTENDEE').params.CN).toBe('Team: Ops; Milano');
  });

  it('leaves a plain CN unquoted', () => {
    expect(meetingIcs(meeting())).toContain('ORGANIZER;CN=Giulia Rossi:mailto:giulia.rossi@contoso.it');
  });

  it('carries a double quote or caret in a CN with the RFC 6868 escapes', () => {
    const name = 'Robert "Bob" O^Neil';
    const ics = meetingIcs(meeting({ attendees: [{ name, email: 'bob@contoso.com' }] }));
    expect(ics).toContain("CN=Robert ^'Bob^' O^^Neil;");
    expect(one(event(ics), 'ATTENDEE').params.CN).toBe(name);
  });

  it('cannot be made to start a new property through any field', () => {
    const inject = 'x\r\nATTENDEE:mailto:evil@example.com';
    const ics = meetingIcs(
      meeting({
        uid: inject,
        summary: inject,
        description: inject,
        url: `${JOIN}${inject}`,
        organizer: { name: inject, email: `g@contoso.it${inject}` },
        attendees: [{ name: inject, email: 'tom@contoso.com' }],
      }),
    );
    expect(event(ics).get('ATTENDEE')).toHaveLength(1);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});
