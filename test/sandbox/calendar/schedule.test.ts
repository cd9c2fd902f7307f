import { describe, expect, it } from 'vitest';
import type { BusyItem } from '../../../server/sandbox/calendar/model.js';
import {
  availabilityView,
  parseScheduleRequest,
  scheduleInformation,
} from '../../../server/sandbox/calendar/schedule.js';
import { person } from './fixtures.js';

const at = (h: number, m = 0): number => Date.UTC(2026, 2, 16, h, m);
const item = (status: BusyItem['status'], from: number, to: number, subject = 'x'): BusyItem => ({
  start: from,
  end: to,
  status,
  subject,
  location: '',
  isPrivate: false,
});
const window = (startHour: number, endHour: number, extra: Record<string, unknown> = {}) => ({
  schedules: ['bruno@contoso.example'],
  startTime: { dateTime: `2026-03-16T${String(startHour).padStart(2, '0')}:00:00`, timeZone: 'UTC' },
  endTime: { dateTime: `2026-03-16T${String(endHour).padStart(2, '0')}:00:00`, timeZone: 'UTC' },
  ...extra,
});

describe('availabilityView', () => {
  it('writes one digit per interval: free 0, tentative 1, busy 2, oof 3, working elsewhere 4', () => {
    const items = [
      item('tentative', at(10), at(11)),
      item('busy', at(11), at(12)),
      item('oof', at(12), at(13)),
      item('workingElsewhere', at(13), at(14)),
    ];
    expect(availabilityView(items, at(9), at(15), 60)).toBe('012340');
  });

  it('uses the strongest status of everything overlapping an interval', () => {
    const items = [
      item('tentative', at(9), at(10)),
      item('busy', at(9, 30), at(9, 45)),
      item('workingElsewhere', at(10), at(11)),
      item('tentative', at(10, 15), at(10, 30)),
    ];
    expect(availabilityView(items, at(9), at(11), 60)).toBe('21');
  });

  it('counts an item touching only part of an interval', () => {
    expect(availabilityView([item('busy', at(8, 30), at(9, 30))], at(9), at(11), 60)).toBe('20');
  });

  it("matches the documentation's sample for a lunch from 12:00 to 14:00", () => {
    expect(availabilityView([item('busy', at(12), at(14))], at(9), at(18), 60)).toBe('000220000');
  });

  it('ends with a shorter interval when the window is not a multiple of it', () => {
    expect(availabilityView([item('busy', at(10), at(10, 10))], at(9), at(10, 15), 30)).toBe('002');
  });
});

describe('getSchedule limits', () => {
  it('defaults availabilityViewInterval to 30 minutes', () => {
    expect(parseScheduleRequest(window(9, 10)).interval).toBe(30);
  });

  it('accepts 100 schedules', () => {
    const schedules = Array.from({ length: 100 }, (_, i) => `p${i}@contoso.example`);
    expect(parseScheduleRequest(window(9, 10, { schedules })).schedules).toHaveLength(100);
  });

  it('refuses 101 schedules with ErrorMailboxDataArrayTooBig', () => {
    const schedules = Array.from({ length: 101 }, (_, i) => `p${i}@contoso.example`);
    expect(() => parseScheduleRequest(window(9, 10, { schedules }))).toThrow(
      expect.objectContaining({
        statusCode: 400,
        code: 'ErrorMailboxDataArrayTooBig',
        message:
          'There are too many target users in the EmailAddress array. The allowed size = 100; the actual size = 101.',
      }),
    );
  });

  it('refuses intervals under 5 or over 1440 minutes', () => {
    const long = { endTime: { dateTime: '2026-03-20T00:00:00', timeZone: 'UTC' } };
    for (const availabilityViewInterval of [4, 1441]) {
      expect(() => parseScheduleRequest(window(0, 0, { ...long, availabilityViewInterval }))).toThrow(
        expect.objectContaining({ statusCode: 400, code: 'ErrorInvalidMergedFreeBusyInterval' }),
      );
    }
  });

  it('refuses an interval longer than the window', () => {
    expect(() => parseScheduleRequest(window(9, 10, { availabilityViewInterval: 90 }))).toThrow(
      expect.objectContaining({ code: 'ErrorInvalidMergedFreeBusyInterval' }),
    );
  });

  it('accepts an interval sent as a string of digits', () => {
    expect(parseScheduleRequest(window(9, 17, { availabilityViewInterval: '60' })).interval).toBe(60);
  });

  it('accepts a window of 62 days and refuses one of 63 with ErrorTimeIntervalTooBig', () => {
    const until = (d: string) => ({ endTime: { dateTime: d, timeZone: 'UTC' } });
    expect(() => parseScheduleRequest(window(0, 0, until('2026-05-17T00:00:00')))).not.toThrow();
    expect(() => parseScheduleRequest(window(0, 0, until('2026-05-18T00:00:00')))).toThrow(
      expect.objectContaining({
        statusCode: 400,
        code: 'ErrorTimeIntervalTooBig',
        message: expect.stringContaining('The allowed limit = 62 days; the actual limit = 63 days.'),
      }),
    );
  });

  it('refuses a window that ends before it starts with ErrorInvalidTimeInterval', () => {
    expect(() => parseScheduleRequest(window(10, 9))).toThrow(
      expect.objectContaining({ statusCode: 400, code: 'ErrorInvalidTimeInterval' }),
    );
  });

  it('reads property names in any case, as the service does', () => {
    const { schedules, startTime, endTime } = window(9, 10);
    expect(parseScheduleRequest({ Schedules: schedules, StartTime: startTime, EndTime: endTime }).schedules).toEqual(
      schedules,
    );
  });
});

describe('scheduleInformation', () => {
  const request = parseScheduleRequest(window(9, 12, { availabilityViewInterval: 60 }));

  it('answers an unknown address with an error and nothing else', () => {
    expect(scheduleInformation('nobody@fabrikam.example', undefined, request, 'UTC')).toEqual({
      scheduleId: 'nobody@fabrikam.example',
      error: {
        message: 'Unable to resolve e-mail address nobody@fabrikam.example to an Active Directory object.',
        responseCode: 'ErrorMailRecipientNotFound',
      },
    });
  });

  it("lists the items in the window in the response time zone, with the owner's working hours", () => {
    const owner = person({ id: 'b0000000-0000-4000-8000-000000000002', given: 'Bruno' });
    const info = scheduleInformation(
      'bruno@contoso.example',
      { items: [item('busy', at(10), at(11), 'Review')], workingHours: owner.mailbox.workingHours },
      request,
      'Pacific Standard Time',
    );
    expect(info).toEqual({
      scheduleId: 'bruno@contoso.example',
      availabilityView: '020',
      scheduleItems: [
        {
          isPrivate: false,
          status: 'busy',
          subject: 'Review',
          location: '',
          start: { dateTime: '2026-03-16T03:00:00.0000000', timeZone: 'Pacific Standard Time' },
          end: { dateTime: '2026-03-16T04:00:00.0000000', timeZone: 'Pacific Standard Time' },
        },
      ],
      workingHours: {
        daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        startTime: '09:00:00.0000000',
        endTime: '17:00:00.0000000',
        timeZone: { name: 'W. Europe Standard Time' },
      },
    });
  });

  it('leaves out the subject and location of a private item', () => {
    const owner = person({ id: 'b0000000-0000-4000-8000-000000000002', given: 'Bruno' });
    const hidden: BusyItem = { start: at(10), end: at(11), status: 'busy', isPrivate: true };
    const info = scheduleInformation(
      'bruno@contoso.example',
      { items: [hidden], workingHours: owner.mailbox.workingHours },
      request,
      'UTC',
    );
    expect((info.scheduleItems as unknown[])[0]).toEqual({
      isPrivate: true,
      status: 'busy',
      start: { dateTime: '2026-03-16T10:00:00.0000000', timeZone: 'UTC' },
      end: { dateTime: '2026-03-16T11:00:00.0000000', timeZone: 'UTC' },
    });
  });
});
