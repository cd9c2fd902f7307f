import { describe, expect, it } from 'vitest';
import { baselineEvents } from '../../../server/sandbox/calendar/baseline.js';
import { hoursOf, workingStretches } from '../../../server/sandbox/calendar/working-hours.js';
import { formatWall, localWeekday, toWall } from '../../../server/sandbox/calendar/zones.js';
import { ROMA_CUSTOM_ZONE } from '../../../server/sandbox/org/offices.js';
import { example, shapeDiff } from '../../helpers/shape.js';
import { FixtureDirectory, appCaller, person, userCaller } from './fixtures.js';
import { ORIGIN, buildHarness } from './harness.js';

// A mailbox whose owner customised their time zone in Outlook: Outlook reports "Customized Time
// Zone" as the mailbox's zone and the rule itself (microsoft.graph.customTimeZone) in the working
// hours of mailboxSettings and getSchedule, as the second schedule of the documentation's
// getSchedule sample shows. The sandbox's own free/busy and working-time maths follow the rule.

const boss = person({ id: 'e0000000-0000-4000-8000-000000000005', given: 'Elena' });
const custom = person({
  id: 'f0000000-0000-4000-8000-000000000006',
  given: 'Franco',
  managerId: boss.id,
  customZone: ROMA_CUSTOM_ZONE,
});
const rome = person({ id: 'a1000000-0000-4000-8000-000000000007', given: 'Gita', managerId: boss.id });
const people = [boss, custom, rome];

/** The documented custom zone: getSchedule's second schedule. */
const documented = (
  example('calendar-getschedule.response.json') as { value: { workingHours: { timeZone: Record<string, unknown> } }[] }
).value[1]!.workingHours.timeZone;

describe('a mailbox with a customised time zone', () => {
  it('reports "Customized Time Zone" in mailboxSettings, and the rule in its working hours', async () => {
    const h = await buildHarness(people);
    const res = await h.call(userCaller(custom, ['MailboxSettings.Read']), {
      method: 'GET',
      url: '/v1.0/me/mailboxSettings',
    });
    const body = res.json();
    expect(body.timeZone).toBe('Customized Time Zone');
    expect(body.workingHours.timeZone).toEqual(ROMA_CUSTOM_ZONE);
    expect(shapeDiff(body.workingHours.timeZone, documented)).toEqual([]);
    expect(Object.keys(body.workingHours.timeZone)).toEqual(Object.keys(documented));
  });

  it('answers the timeZone and workingHours parts the same way', async () => {
    const h = await buildHarness(people);
    const zone = await h.call(appCaller(['MailboxSettings.Read']), {
      method: 'GET',
      url: `/v1.0/users/${custom.id}/mailboxSettings/timeZone`,
    });
    expect(zone.json()).toEqual({
      '@odata.context': `${ORIGIN}/v1.0/$metadata#users('${custom.id}')/mailboxSettings/timeZone`,
      value: 'Customized Time Zone',
    });
    const hours = await h.call(appCaller(['MailboxSettings.Read']), {
      method: 'GET',
      url: `/v1.0/users/${custom.id}/mailboxSettings/workingHours`,
    });
    expect(hours.json()).toMatchObject({
      startTime: '09:00:00.0000000',
      endTime: '17:00:00.0000000',
      timeZone: ROMA_CUSTOM_ZONE,
    });
  });

  it('gives the rule in getSchedule’s working hours, in the documented shape', async () => {
    const h = await buildHarness(people);
    const res = await h.call(userCaller(boss, ['Calendars.Read']), {
      method: 'POST',
      url: '/v1.0/me/calendar/getSchedule',
      body: {
        schedules: [rome.mail, custom.mail],
        startTime: { dateTime: '2026-03-30T06:00:00', timeZone: 'UTC' },
        endTime: { dateTime: '2026-03-30T18:00:00', timeZone: 'UTC' },
        availabilityViewInterval: 60,
      },
    });
    const [plain, customised] = res.json().value as { workingHours: { timeZone: Record<string, unknown> } }[];
    expect(plain!.workingHours.timeZone).toEqual({ name: 'W. Europe Standard Time' });
    expect(customised!.workingHours.timeZone).toEqual(ROMA_CUSTOM_ZONE);
    expect(
      shapeDiff(
        customised!.workingHours,
        (example('calendar-getschedule.response.json') as { value: Record<string, unknown>[] }).value[1]!.workingHours,
      ),
    ).toEqual([]);
  });

  it('works the same instants as Rome, on both sides of the European clock changes of 2026', () => {
    for (const [from, to] of [
      [Date.UTC(2026, 2, 23), Date.UTC(2026, 3, 6)],
      [Date.UTC(2026, 9, 19), Date.UTC(2026, 10, 2)],
    ]) {
      expect(workingStretches(hoursOf(custom), from!, to!)).toEqual(workingStretches(hoursOf(rome), from!, to!));
    }
    // 09:00 in Rome is 08:00 UTC on Friday 27 March and 07:00 UTC on Monday 30 March.
    const stretches = workingStretches(hoursOf(custom), Date.UTC(2026, 2, 27), Date.UTC(2026, 2, 31));
    expect(stretches.map(([s]) => new Date(s).toISOString())).toEqual([
      '2026-03-27T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
    ]);
  });

  it('keeps its generated busy time inside its working hours, on its own clock', () => {
    const { zone } = hoursOf(custom);
    const events = baselineEvents(custom, new FixtureDirectory(people), Date.UTC(2026, 2, 2), Date.UTC(2026, 2, 30));
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(custom.mailbox.workingHours.daysOfWeek).toContain(localWeekday(e.start, zone));
      expect(formatWall(toWall(e.start, zone)).slice(11, 16) >= '09:00').toBe(true);
      expect(formatWall(toWall(e.end, zone)).slice(11, 16) <= '17:00').toBe(true);
      if (e.isOrganizer) expect(e.startZone).toBe('Customized Time Zone');
    }
  });
});
