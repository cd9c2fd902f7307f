// The habits the baseline calendar generator turns into busy time.

import type { CalendarTraits, SandboxUser } from './model.js';
import { OFFICES } from './offices.js';
import type { Random } from './random.js';

export type CalendarRole = 'executive' | 'manager' | 'individual';

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * Managers live in meetings; makers protect focus time. The team meeting slot is left at 0 until
 * the whole team exists (planTeamMeeting).
 */
export function drawCalendarTraits(role: CalendarRole, layers: number, maker: boolean, rng: Random): CalendarTraits {
  let meetingLoad: number;
  let focusBlocksPerWeek: number;
  if (role === 'executive') {
    meetingLoad = rng.between(0.45, 0.6);
    focusBlocksPerWeek = rng.int(2);
  } else if (role === 'manager') {
    meetingLoad = Math.min(0.6, rng.between(0.3, 0.45) + 0.03 * (layers - 1));
    focusBlocksPerWeek = rng.int(3);
  } else {
    meetingLoad = rng.between(0.1, 0.3);
    focusBlocksPerWeek = (maker ? 2 : 1) + rng.int(3);
  }
  return {
    teamMeetingDay: 0,
    teamMeetingHour: 0,
    meetingLoad: round2(meetingLoad),
    focusBlocksPerWeek: Math.min(4, focusBlocksPerWeek),
    outOfOfficeRate: round2(rng.between(0.02, 0.06)),
  };
}

/** One person's working window, as the team meeting planner needs it. */
export interface Window {
  /** UTC offset in hours. */
  offset: number;
  /** Local decimal hours. */
  start: number;
  end: number;
  /** Bit (1 << weekday) for each working weekday, Monday = 1. */
  days: number;
}

const OFFSETS = new Map(OFFICES.map((office) => [office.timeZone as string, office.utcOffset]));
const DAYS: Readonly<Record<string, number>> = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5 };
const HOURS = new Map<string, number>();

/** "HH:MM:SS.0000000" as decimal hours; a few distinct values, parsed once each. */
function hours(time: string): number {
  let h = HOURS.get(time);
  if (h === undefined) {
    h = Number(time.slice(0, 2)) + Number(time.slice(3, 5)) / 60;
    HOURS.set(time, h);
  }
  return h;
}

/** A person's working window, read back from their mailbox settings. */
export function workingWindow(user: SandboxUser): Window {
  const { workingHours, timeZone } = user.mailbox;
  let days = 0;
  for (const day of workingHours.daysOfWeek) days |= 1 << (DAYS[day] ?? 0);
  // A customised zone's standard offset is its bias, west of UTC in minutes.
  const offset = 'bias' in workingHours.timeZone ? -workingHours.timeZone.bias / 60 : (OFFSETS.get(timeZone) ?? 0);
  return { offset, start: hours(workingHours.startTime), end: hours(workingHours.endTime), days };
}

export interface TeamMeeting {
  day: number;
  hour: number;
}

/**
 * A manager's weekly team meeting: Monday to Thursday (Friday is for part-timers' day off), at a
 * whole hour inside the manager's own working day, in the manager's time zone, choosing the day
 * and hour that the most reports can attend. Ties are broken by the manager's id, so a team's
 * slot depends only on that team.
 */
export function planTeamMeeting(managerId: string, manager: Window, reports: readonly Window[]): TeamMeeting {
  const hash = Number.parseInt(managerId.slice(0, 8), 16) >>> 0;
  let bestDay = 1 + (hash % 4);
  let bestDayCount = -1;
  for (let k = 0; k < 4; k++) {
    const day = 1 + ((hash + k) % 4);
    if (!(manager.days & (1 << day))) continue;
    let count = 0;
    for (const w of reports) if (w.days & (1 << day)) count++;
    if (count > bestDayCount) {
      bestDay = day;
      bestDayCount = count;
    }
  }

  const hours: number[] = [];
  for (let h = Math.ceil(manager.start); h + 1 <= manager.end; h++) if (h !== 13) hours.push(h);
  if (hours.length === 0) hours.push(Math.ceil(manager.start));
  const rotate = (hash >>> 8) % hours.length;
  let bestHour = hours[rotate]!;
  let bestHourCount = -1;
  for (let k = 0; k < hours.length; k++) {
    const hour = hours[(rotate + k) % hours.length]!;
    let count = 0;
    for (const w of reports) {
      const local = hour - manager.offset + w.offset;
      if (local >= w.start && local + 1 <= w.end) count++;
    }
    if (count > bestHourCount) {
      bestHour = hour;
      bestHourCount = count;
    }
  }
  return { day: bestDay, hour: bestHour };
}
