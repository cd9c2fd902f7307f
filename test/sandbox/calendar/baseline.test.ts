import { describe, expect, it } from 'vitest';
import { baselineEvent, baselineEvents, type BaselineDirectory } from '../../../server/sandbox/calendar/baseline.js';
import { decodeEventId } from '../../../server/sandbox/calendar/ids.js';
import { formatWall, ianaZone, localWeekday, toWall } from '../../../server/sandbox/calendar/zones.js';
import type { SandboxUser } from '../../../server/sandbox/org/model.js';
import { FixtureDirectory, person, romeTeam } from './fixtures.js';

const DAY = 86_400_000;
const march = { from: Date.UTC(2026, 2, 2), to: Date.UTC(2026, 2, 30) };

function localClock(ms: number, user: SandboxUser): string {
  return formatWall(toWall(ms, ianaZone(user.mailbox.workingHours.timeZone.name)!)).slice(11, 16);
}

function expectInsideWorkingTime(user: SandboxUser, dir: BaselineDirectory): void {
  const zone = ianaZone(user.mailbox.workingHours.timeZone.name)!;
  const start = user.mailbox.workingHours.startTime.slice(0, 5);
  const end = user.mailbox.workingHours.endTime.slice(0, 5);
  const events = baselineEvents(user, dir, march.from, march.to);
  expect(events.length).toBeGreaterThan(0);
  for (const e of events) {
    expect(user.mailbox.workingHours.daysOfWeek).toContain(localWeekday(e.start, zone));
    expect(localClock(e.start, user) >= start).toBe(true);
    expect(localClock(e.end, user) <= end).toBe(true);
    expect(formatWall(toWall(e.end, zone)).slice(0, 10)).toBe(formatWall(toWall(e.start, zone)).slice(0, 10));
  }
}

describe('baseline calendar', () => {
  it('is the same every time the same window is read', () => {
    const { bruno, people } = romeTeam();
    const dir = new FixtureDirectory(people);
    expect(baselineEvents(bruno, dir, march.from, march.to)).toEqual(baselineEvents(bruno, dir, march.from, march.to));
  });

  it('does not depend on the window it is read through', () => {
    const { carla, people } = romeTeam();
    const dir = new FixtureDirectory(people);
    const month = baselineEvents(carla, dir, march.from, march.to);
    const week = baselineEvents(carla, dir, Date.UTC(2026, 2, 9), Date.UTC(2026, 2, 16));
    expect(week.length).toBeGreaterThan(0);
    for (const e of week) expect(month).toContainEqual(e);
  });

  it('finds any of its events again from the event id alone', () => {
    const { anna, people } = romeTeam();
    const dir = new FixtureDirectory(people);
    for (const e of baselineEvents(anna, dir, march.from, march.from + 7 * DAY)) {
      const id = decodeEventId(e.id);
      if (id?.kind !== 'baseline') throw new Error('not a baseline id');
      expect(baselineEvent(anna, dir, id.date, id.key)).toEqual(e);
    }
  });

  it("keeps every event inside the person's working hours and days in Rome", () => {
    const { bruno, people } = romeTeam();
    expectInsideWorkingTime(bruno, new FixtureDirectory(people));
  });

  it("keeps every event inside working hours in the person's own zone when the manager is elsewhere", () => {
    const boss = person({ id: 'e0000000-0000-4000-8000-000000000005', given: 'Elena' });
    const calendar = { teamMeetingDay: 3, teamMeetingHour: 16 };
    const ny = person({
      id: 'f0000000-0000-4000-8000-000000000006',
      given: 'Frank',
      managerId: boss.id,
      zone: 'Eastern Standard Time',
      start: '08:00:00.0000000',
      end: '16:30:00.0000000',
      calendar,
    });
    const pune = person({
      id: 'a1000000-0000-4000-8000-000000000007',
      given: 'Gita',
      managerId: boss.id,
      zone: 'India Standard Time',
      start: '10:00:00.0000000',
      end: '18:30:00.0000000',
      calendar,
    });
    const dir = new FixtureDirectory([boss, ny, pune]);
    expectInsideWorkingTime(ny, dir);
    expectInsideWorkingTime(pune, dir);
  });

  it('gives team members the weekly team meeting their manager organises, with one iCalUId', () => {
    const { anna, bruno, carla, people } = romeTeam();
    const dir = new FixtureDirectory(people);
    const team = (u: SandboxUser) =>
      baselineEvents(u, dir, march.from, march.to).filter((e) => e.subject === "Anna's team meeting");
    const [b, c, a] = [team(bruno), team(carla), team(anna)];
    expect(b.length).toBe(4);
    expect(c.map((e) => [e.iCalUId, e.start])).toEqual(b.map((e) => [e.iCalUId, e.start]));
    expect(a.map((e) => e.iCalUId)).toEqual(b.map((e) => e.iCalUId));
    expect(b.every((e) => !e.isOrganizer && e.organizer.address === anna.mail)).toBe(true);
    expect(a.every((e) => e.isOrganizer)).toBe(true);
    expect(b.map((e) => localClock(e.start, bruno))).toEqual(['10:00', '10:00', '10:00', '10:00']);
    expect(b.map((e) => localWeekday(e.start, 'Europe/Rome'))).toEqual(['tuesday', 'tuesday', 'tuesday', 'tuesday']);
  });

  it('gives a report a 1:1 with their manager every other week, on both calendars', () => {
    const { anna, bruno, people } = romeTeam();
    const dir = new FixtureDirectory(people);
    const mine = baselineEvents(bruno, dir, march.from, march.to).filter((e) => e.subject === 'Bruno / Anna 1:1');
    const hers = baselineEvents(anna, dir, march.from, march.to).filter((e) => e.subject === 'Bruno / Anna 1:1');
    expect(mine.length).toBe(2);
    expect(mine[1]!.start - mine[0]!.start).toBe(14 * DAY);
    expect(hers.map((e) => e.iCalUId)).toEqual(mine.map((e) => e.iCalUId));
  });

  it("leaves a part-timer's days off empty", () => {
    const { dario, people } = romeTeam();
    const events = baselineEvents(dario, new FixtureDirectory(people), march.from, march.to);
    expect(events.length).toBeGreaterThan(0);
    expect(new Set(events.map((e) => localWeekday(e.start, 'Europe/Rome')))).toEqual(
      new Set(['monday', 'tuesday', 'wednesday']),
    );
  });

  it("marks whole working days out of office at the person's rate", () => {
    const away = person({
      id: 'a2000000-0000-4000-8000-000000000008',
      given: 'Hugo',
      calendar: { outOfOfficeRate: 1 },
    });
    const events = baselineEvents(away, new FixtureDirectory([away]), march.from, march.from + 7 * DAY);
    const oof = events.filter((e) => e.showAs === 'oof');
    expect(oof.length).toBe(5);
    expect(oof.map((e) => `${localClock(e.start, away)}-${localClock(e.end, away)}`)).toEqual(
      Array(5).fill('09:00-17:00'),
    );
  });

  it('has no out-of-office days for someone who is never away', () => {
    const here = person({ id: 'a3000000-0000-4000-8000-000000000009', given: 'Ivo', calendar: { outOfOfficeRate: 0 } });
    expect(
      baselineEvents(here, new FixtureDirectory([here]), march.from, march.to).some((e) => e.showAs === 'oof'),
    ).toBe(false);
  });

  it("books about the person's meeting load, some of it tentative, with focus blocks as busy", () => {
    const busy = person({
      id: 'a4000000-0000-4000-8000-00000000000a',
      given: 'Lia',
      calendar: { meetingLoad: 0.5, focusBlocksPerWeek: 3, outOfOfficeRate: 0 },
    });
    const events = baselineEvents(busy, new FixtureDirectory([busy]), march.from, march.to);
    const meetingMinutes = events
      .filter((e) => e.subject !== 'Focus time')
      .reduce((sum, e) => sum + (e.end - e.start) / 60_000, 0);
    const workingMinutes = 20 * 8 * 60;
    expect(meetingMinutes / workingMinutes).toBeGreaterThan(0.35);
    expect(meetingMinutes / workingMinutes).toBeLessThan(0.65);
    expect(events.some((e) => e.showAs === 'tentative')).toBe(true);
    expect(events.filter((e) => e.subject === 'Focus time').every((e) => e.showAs === 'busy')).toBe(true);
  });

  it("reads one person's calendar without listing the directory", () => {
    const { bruno, people } = romeTeam();
    const fixture = new FixtureDirectory(people);
    const lookupsOnly: BaselineDirectory = {
      tenantId: fixture.tenantId,
      get: (id) => fixture.get(id),
      directReports: (id) => fixture.directReports(id),
    };
    expect(baselineEvents(bruno, lookupsOnly, march.from, march.to).length).toBeGreaterThan(0);
  });
});
