import { GraphError } from '../errors.js';
import type { WorkingHours } from '../org/model.js';
import { DAY_MS } from './days.js';
import type { BusyItem, ShowAs } from './model.js';
import { numberParam, prop } from './params.js';
import { workingHoursJson } from './working-hours.js';
import { formatDateTimeTimeZone, parseDateTimeTimeZone } from './zones.js';

// calendar: getSchedule (FACTS 1.5). The limits are the live service's, which the issue tracker
// documents better than the reference page:
// - 100 schedules; 101 -> ErrorMailboxDataArrayTooBig "The allowed size = 100; the actual size = 101"
//   (microsoftgraph/microsoft-graph-docs#7046, the reference page still says 20);
// - a window of at most 62 days; 63 -> ErrorTimeIntervalTooBig "The allowed limit = 62 days; the
//   actual limit = 63 days" (microsoft-graph-docs PR #19703, which corrected "42" to "62");
// - an empty or inverted window -> ErrorInvalidTimeInterval (EWS/Graph "TimeWindow is invalid");
// - availabilityViewInterval 5..1440 and not longer than the window -> else
//   ErrorInvalidMergedFreeBusyInterval (microsoft-graph-docs#6450).

export const MAX_SCHEDULES = 100;
export const MAX_WINDOW_DAYS = 62;
export const DEFAULT_INTERVAL = 30;

export interface ScheduleRequest {
  schedules: string[];
  start: number;
  end: number;
  /** Minutes. */
  interval: number;
}

const bad = (code: string, message: string): GraphError => new GraphError(400, code, message);

export function parseScheduleRequest(body: unknown): ScheduleRequest {
  const schedules = prop(body, 'schedules');
  if (!Array.isArray(schedules) || schedules.length === 0 || schedules.some((s) => typeof s !== 'string')) {
    throw bad('ErrorInvalidParameter', "The parameter 'schedules' must be a non-empty collection of SMTP addresses.");
  }
  if (schedules.length > MAX_SCHEDULES) {
    throw bad(
      'ErrorMailboxDataArrayTooBig',
      `There are too many target users in the EmailAddress array. The allowed size = ${MAX_SCHEDULES}; the actual size = ${schedules.length}.`,
    );
  }
  const start = parseDateTimeTimeZone(prop(body, 'startTime'), 'startTime');
  const end = parseDateTimeTimeZone(prop(body, 'endTime'), 'endTime');
  if (end <= start)
    throw bad('ErrorInvalidTimeInterval', 'The time duration specified for FreeBusyViewOptions.TimeWindow is invalid.');
  const days = Math.ceil((end - start) / DAY_MS);
  if (days > MAX_WINDOW_DAYS) {
    throw bad(
      'ErrorTimeIntervalTooBig',
      `The requested time duration specified for FreeBusyViewOptions.TimeWindow is too long. The allowed limit = ${MAX_WINDOW_DAYS} days; the actual limit = ${days} days.`,
    );
  }
  const interval = numberParam(prop(body, 'availabilityViewInterval'), 'availabilityViewInterval', DEFAULT_INTERVAL);
  if (!Number.isInteger(interval) || interval < 5 || interval > 1440 || interval * 60_000 > end - start) {
    throw bad(
      'ErrorInvalidMergedFreeBusyInterval',
      'The specified merged free/busy interval is not valid. Specify an interval that is less than the free/busy time window and  between 5 and 1440 minutes.',
    );
  }
  return { schedules: schedules as string[], start, end, interval };
}

const DIGIT: Partial<Record<ShowAs, string>> = {
  free: '0',
  tentative: '1',
  busy: '2',
  oof: '3',
  workingElsewhere: '4',
};
/** Which status wins when several overlap one interval. */
const RANK: Record<ShowAs, number> = { unknown: 0, free: 0, workingElsewhere: 1, tentative: 2, busy: 3, oof: 4 };

export function strongest(statuses: Iterable<ShowAs>): ShowAs {
  let best: ShowAs = 'free';
  for (const s of statuses) if (RANK[s] > RANK[best]) best = s;
  return best;
}

/** One digit per interval from `start`: the strongest status of the items overlapping it. */
export function availabilityView(
  items: readonly BusyItem[],
  start: number,
  end: number,
  intervalMinutes: number,
): string {
  const step = intervalMinutes * 60_000;
  const slots: ShowAs[] = new Array<ShowAs>(Math.ceil((end - start) / step)).fill('free');
  for (const item of items) {
    if (item.end <= start || item.start >= end) continue;
    const first = Math.max(0, Math.floor((item.start - start) / step));
    const last = Math.min(slots.length, Math.ceil((item.end - start) / step));
    for (let i = first; i < last; i++) if (RANK[item.status] > RANK[slots[i] as ShowAs]) slots[i] = item.status;
  }
  return slots.map((status) => DIGIT[status] ?? '0').join('');
}

export interface ScheduleOwner {
  items: readonly BusyItem[];
  workingHours: WorkingHours;
}

/** One scheduleInformation; `owner` undefined for an address that is not a mailbox of the tenant. */
export function scheduleInformation(
  scheduleId: string,
  owner: ScheduleOwner | undefined,
  req: ScheduleRequest,
  zone: string,
): Record<string, unknown> {
  if (!owner) {
    // What the live service answers for an unresolvable address (microsoft-graph-docs#11225),
    // with the EWS response code of the same failure.
    return {
      scheduleId,
      error: {
        message: `Unable to resolve e-mail address ${scheduleId} to an Active Directory object.`,
        responseCode: 'ErrorMailRecipientNotFound',
      },
    };
  }
  const items = owner.items.filter(
    (i) => i.start < req.end && i.end > req.start && DIGIT[i.status] !== undefined && i.status !== 'free',
  );
  return {
    scheduleId,
    availabilityView: availabilityView(items, req.start, req.end, req.interval),
    scheduleItems: items.map((i) => ({
      isPrivate: i.isPrivate,
      status: i.status,
      ...(i.subject !== undefined ? { subject: i.subject } : {}),
      ...(i.location !== undefined ? { location: i.location } : {}),
      start: formatDateTimeTimeZone(i.start, zone),
      end: formatDateTimeTimeZone(i.end, zone),
    })),
    workingHours: workingHoursJson(owner.workingHours),
  };
}
