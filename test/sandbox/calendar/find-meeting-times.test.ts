import { describe, expect, it } from 'vitest';
import {
  findMeetingTimes,
  parseDuration,
  parseMeetingTimesRequest,
  type Participant,
} from '../../../server/sandbox/calendar/find-meeting-times.js';
import type { BusyItem } from '../../../server/sandbox/calendar/model.js';
import { hoursOf } from '../../../server/sandbox/calendar/working-hours.js';
import { person } from './fixtures.js';

const NOW = Date.UTC(2026, 2, 16, 6);
const organizerUser = person({ id: 'a0000000-0000-4000-8000-000000000001', given: 'Anna', zone: 'UTC' });
const at = (h: number, m = 0, day = 16): number => Date.UTC(2026, 2, day, h, m);
const busyItem = (from: number, to: number, status: BusyItem['status'] = 'busy'): BusyItem => ({
  start: from,
  end: to,
  status,
  isPrivate: false,
});

type Suggestion = {
  confidence: number;
  order: number;
  organizerAvailability: string;
  attendeeAvailability: { availability: string }[];
  meetingTimeSlot: { start: { dateTime: string } };
};
type Result = { emptySuggestionsReason: string; meetingTimeSuggestions: Suggestion[] };

function run(body: Record<string, unknown>, attendees: Participant[], organizerBusy: BusyItem[] = []): Result {
  const request = parseMeetingTimesRequest(
    {
      attendees: attendees.map((a) => ({ type: 'required', emailAddress: { address: a.address } })),
      timeConstraint: {
        timeSlots: [
          {
            start: { dateTime: '2026-03-16T09:00:00', timeZone: 'UTC' },
            end: { dateTime: '2026-03-16T12:00:00', timeZone: 'UTC' },
          },
        ],
      },
      ...body,
    },
    NOW,
  );
  return findMeetingTimes(request, { hours: hoursOf(organizerUser), busy: organizerBusy }, attendees, 'UTC') as Result;
}

const free: Participant = { address: 'bruno@contoso.example', busy: [] };
const unknown: Participant = { address: 'guest@fabrikam.example' };
const allBusy: Participant = { address: 'carla@contoso.example', busy: [busyItem(at(0), at(23))] };
const startsOf = (r: Result) => r.meetingTimeSuggestions.map((s) => s.meetingTimeSlot.start.dateTime.slice(11, 16));

describe('findMeetingTimes confidence', () => {
  it('averages free 100, unknown 49 and busy 0 to 49.66...', () => {
    const r = run({ minimumAttendeePercentage: 0 }, [free, unknown, allBusy]);
    expect(r.meetingTimeSuggestions[0]!.confidence).toBeCloseTo(149 / 3, 10);
    expect(r.meetingTimeSuggestions[0]!.attendeeAvailability.map((a) => a.availability)).toEqual([
      'free',
      'unknown',
      'busy',
    ]);
  });

  it('drops suggestions under the default minimumAttendeePercentage of 50', () => {
    const r = run({}, [free, unknown, allBusy]);
    expect(r.meetingTimeSuggestions).toEqual([]);
    expect(r.emptySuggestionsReason).toBe('AttendeesUnavailableOrUnknown');
  });

  it('says attendees are unavailable when known attendees are busy throughout', () => {
    expect(run({}, [allBusy]).emptySuggestionsReason).toBe('AttendeesUnavailable');
  });

  it('says the organiser is unavailable when the organiser is busy throughout', () => {
    const r = run({}, [free], [busyItem(at(8), at(13))]);
    expect(r).toEqual({ emptySuggestionsReason: 'OrganizerUnavailable', meetingTimeSuggestions: [] });
  });

  it('still suggests times the organiser is busy when the organiser is optional', () => {
    const r = run({ isOrganizerOptional: true }, [free], [busyItem(at(8), at(13))]);
    expect(r.meetingTimeSuggestions[0]).toMatchObject({ confidence: 100, organizerAvailability: 'busy' });
  });

  it('orders by confidence first and then chronologically', () => {
    const partly: Participant = { address: 'carla@contoso.example', busy: [busyItem(at(9), at(10))] };
    const r = run({ minimumAttendeePercentage: 0, maxCandidates: 6 }, [free, partly]);
    expect(r.meetingTimeSuggestions.map((s) => s.confidence)).toEqual([100, 100, 100, 100, 50, 50]);
    expect(startsOf(r)).toEqual(['10:00', '10:30', '11:00', '11:30', '09:00', '09:30']);
    expect(r.meetingTimeSuggestions.map((s) => s.order)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('reports a tentative organiser and still scores the slot 100', () => {
    const r = run({}, [free], [busyItem(at(9), at(12), 'tentative')]);
    expect(r.meetingTimeSuggestions[0]).toMatchObject({ confidence: 100, organizerAvailability: 'tentative' });
  });
});

describe('findMeetingTimes defaults', () => {
  it('looks for 30 minutes inside working hours, returning five suggestions that do not overlap', () => {
    const r = run(
      {
        timeConstraint: {
          timeSlots: [
            {
              start: { dateTime: '2026-03-16T06:00:00', timeZone: 'UTC' },
              end: { dateTime: '2026-03-16T20:00:00', timeZone: 'UTC' },
            },
          ],
        },
      },
      [free],
    );
    expect(startsOf(r)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00']);
    expect(r.emptySuggestionsReason).toBe('');
  });

  it('keeps suggestions of a longer meeting apart', () => {
    expect(startsOf(run({ meetingDuration: 'PT1H' }, [free]))).toEqual(['09:00', '10:00', '11:00']);
  });

  it('allows any hour with the unrestricted activity domain', () => {
    const r = run(
      {
        timeConstraint: {
          activityDomain: 'unrestricted',
          timeSlots: [
            {
              start: { dateTime: '2026-03-14T20:00:00', timeZone: 'UTC' },
              end: { dateTime: '2026-03-14T22:00:00', timeZone: 'UTC' },
            },
          ],
        },
      },
      [free],
    );
    expect(startsOf(r)).toEqual(['20:00', '20:30', '21:00', '21:30']);
  });

  it('finds nothing on a Saturday in the work domain, as the organiser is not working', () => {
    const r = run(
      {
        timeConstraint: {
          timeSlots: [
            {
              start: { dateTime: '2026-03-14T09:00:00', timeZone: 'UTC' },
              end: { dateTime: '2026-03-14T12:00:00', timeZone: 'UTC' },
            },
          ],
        },
      },
      [free],
    );
    expect(r.emptySuggestionsReason).toBe('OrganizerUnavailable');
  });

  it("accepts the documentation sample's booleans and numbers written as strings", () => {
    const r = run(
      {
        isOrganizerOptional: 'false',
        returnSuggestionReasons: 'true',
        minimumAttendeePercentage: '100',
        meetingDuration: 'PT1H',
      },
      [free],
    );
    expect(r.meetingTimeSuggestions[0]).toMatchObject({
      confidence: 100,
      suggestionReason: 'Suggested because it is one of the nearest times when all attendees are available.',
    });
  });

  it('reads "timeslots" spelled in lower case, as the concept page does', () => {
    const r = run(
      {
        timeConstraint: {
          timeslots: [
            {
              start: { dateTime: '2026-03-16T15:00:00', timeZone: 'UTC' },
              end: { dateTime: '2026-03-16T16:00:00', timeZone: 'UTC' },
            },
          ],
        },
      },
      [free],
    );
    expect(startsOf(r)).toEqual(['15:00', '15:30']);
  });

  it('gives the same answer every time', () => {
    expect(run({}, [free, unknown])).toEqual(run({}, [free, unknown]));
  });
});

describe('meeting durations', () => {
  it('reads ISO 8601 durations', () => {
    expect(parseDuration('PT30M')).toBe(30 * 60_000);
    expect(parseDuration('PT2H30M')).toBe(150 * 60_000);
    expect(parseDuration('P1DT1H')).toBe(25 * 3_600_000);
    expect(parseDuration('90 minutes')).toBeUndefined();
  });
});
