import { describe, expect, it } from 'vitest';
import { toInstant } from '../../server/time/offsets.js';
import { formatWall, parseWall } from '../../server/time/wall.js';
import { zoneClock } from '../../server/time/zone-clock.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const wall = (text: string): number => parseWall(text);
const at = (iso: string): number => Date.parse(iso);

describe('zoneClock', () => {
  // Each zone over the days around its changes, including Lord Howe's half-hour one.
  const spans: [string, string][] = [
    ['Europe/Rome', '2027-03-26'],
    ['Europe/Rome', '2027-10-29'],
    ['America/New_York', '2027-03-12'],
    ['America/New_York', '2027-11-05'],
    ['Australia/Lord_Howe', '2027-04-02'],
    ['Asia/Kolkata', '2027-03-12'],
  ];

  for (const [timeZone, from] of spans) {
    it(`gives the same instant as offsets.ts toInstant for every quarter hour around ${from} in ${timeZone}`, () => {
      const clock = zoneClock(timeZone);
      for (let w = wall(`${from}T00:00:00`); w < wall(`${from}T00:00:00`) + 5 * DAY; w += 15 * MINUTE) {
        expect(clock.instant(w)).toBe(toInstant(timeZone, w));
      }
    });

    it(`reads back the wall time of every quarter hour around ${from} in ${timeZone}`, () => {
      const clock = zoneClock(timeZone);
      const format = new Intl.DateTimeFormat('sv-SE', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      });
      const start = toInstant(timeZone, wall(`${from}T00:00:00`));
      for (let t = start; t < start + 5 * DAY; t += 15 * MINUTE) {
        const w = clock.wall(t);
        if (w === undefined) continue; // a repeated hour's second pass; see the next test
        expect(formatWall(w)).toBe(format.format(t).replace(' ', 'T'));
      }
    });
  }

  it('names the first pass of New York’s repeated hour and not the second', () => {
    const clock = zoneClock('America/New_York');
    expect(clock.wall(at('2027-11-07T05:30Z'))).toBe(wall('2027-11-07T01:30:00'));
    expect(clock.wall(at('2027-11-07T06:30Z'))).toBeUndefined();
    expect(clock.wall(at('2027-11-07T07:30Z'))).toBe(wall('2027-11-07T02:30:00'));
  });

  it('moves a time in the spring gap forward, as a wall clock would, and never reads it back', () => {
    const clock = zoneClock('America/New_York');
    expect(clock.instant(wall('2027-03-14T02:30:00'))).toBe(at('2027-03-14T07:30Z'));
    expect(clock.wall(at('2027-03-14T07:30Z'))).toBe(wall('2027-03-14T03:30:00'));
  });

  it('keeps an Outlook custom zone with the US Pacific rule on Los Angeles’s clock around both 2027 changes', () => {
    const custom = zoneClock('<-0800>8<-0700>7,M3.2.0,M11.1.0');
    const la = zoneClock('America/Los_Angeles');
    for (const from of ['2027-03-12', '2027-11-05']) {
      for (let w = wall(`${from}T00:00:00`); w < wall(`${from}T00:00:00`) + 4 * DAY; w += 15 * MINUTE) {
        expect(custom.instant(w)).toBe(la.instant(w));
        expect(custom.wall(la.instant(w))).toBe(la.wall(la.instant(w)));
      }
    }
  });
});
