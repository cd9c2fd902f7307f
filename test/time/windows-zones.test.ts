import { WINDOWS_TO_IANA_MAP, findIana } from 'windows-iana';
import { describe, expect, it } from 'vitest';
import { toInstant, wallAt } from '../../server/time/offsets.js';
import { HOUR, MINUTE, parseWall } from '../../server/time/wall.js';
import { readZone, toIana } from '../../server/time/zones.js';

// Every Windows zone in CLDR's table, read as Outlook writes it and converted both ways, checked
// against Intl's own formatting (an oracle that shares no code with server/time).

const WINDOWS_NAMES = [...new Set(WINDOWS_TO_IANA_MAP.map((e) => e.windowsName))];
const YEAR = [Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)] as const;

const formats = new Map<string, Intl.DateTimeFormat>();

/** The wall clock Intl shows for `instant` in `iana`, as a wall time. */
function intlWall(iana: string, instant: number): number {
  let f = formats.get(iana);
  if (!f) {
    f = new Intl.DateTimeFormat('sv-SE', {
      timeZone: iana,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(iana, f);
  }
  return parseWall(f.format(instant).replace(' ', 'T'));
}

describe('Windows zone names', () => {
  it('covers the whole of CLDR’s table, not a hand-kept subset', () => {
    expect(WINDOWS_NAMES.length).toBeGreaterThan(130);
  });

  it.each(WINDOWS_NAMES)('reads "%s" as CLDR’s zone for the whole territory, which Intl knows', (name) => {
    const iana = findIana(name, '001')[0];
    expect(readZone(name)).toBe(iana);
    expect(readZone({ name })).toBe(iana);
    expect(toIana(name)).toBe(iana);
    expect(() => new Intl.DateTimeFormat('en', { timeZone: iana })).not.toThrow();
  });

  it('round-trips every eight hours of 2026 in every Windows zone, and each quarter hour around its changes', () => {
    const wrong: string[] = [];
    let changes = 0;
    // One instant both ways: its wall clock as Intl shows it, and back to an instant showing it.
    const check = (name: string, zone: string, t: number): number => {
      const wall = intlWall(zone, t);
      const back = toInstant(zone, wall);
      // Only a repeated time's second pass may come back as another instant: its first pass.
      if (wallAt(zone, t) !== wall || back > t || (back !== t && intlWall(zone, back) !== wall))
        wrong.push(`${name} at ${new Date(t).toISOString()}`);
      return wall - t;
    };
    for (const name of WINDOWS_NAMES) {
      const zone = readZone(name)!;
      let previousOffset: number | undefined;
      for (let t = YEAR[0]; t < YEAR[1]; t += 8 * HOUR) {
        const offset = check(name, zone, t);
        if (previousOffset !== undefined && offset !== previousOffset) {
          changes++;
          for (let u = t - 8 * HOUR + 15 * MINUTE; u < t; u += 15 * MINUTE) check(name, zone, u);
        }
        previousOffset = offset;
      }
    }
    expect(wrong).toEqual([]);
    // Both changes of every zone with daylight time: dozens of zones, two each.
    expect(changes).toBeGreaterThan(60);
  });
});
