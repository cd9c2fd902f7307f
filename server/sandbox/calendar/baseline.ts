import type { Directory } from '../context.js';
import type { SandboxUser } from '../org/model.js';
import { DAY_MS, formatDate, mondayOf, parseDate, weekdayIndex } from './days.js';
import { pick, unit } from './hash.js';
import { baselineId, changeKeyOf, iCalUIdOf, occurrenceICalUId, ownerTag } from './ids.js';
import {
  NEVER,
  type Attendee,
  type BusyItem,
  type EmailAddress,
  type EventView,
  type ItemBody,
  type OnlineMeetingInfo,
  type ShowAs,
} from './model.js';
import { storedBody, teamsMeetingFor } from './teams-meeting.js';
import { hoursOf, localDay, type Hours } from './working-hours.js';
import { formatInstant, fromWall, toWall } from './zones.js';

// Everyone's pre-existing busy time, made up on demand: a pure function of the person, their
// manager and reports, and the day. Nothing is stored, so a 100,000-person tenant costs nothing
// until someone's calendar is read, and the same day always reads the same.
//
// Per working day, in the person's own working-hours time zone:
// - shared meetings, placed on their organiser's wall clock: the weekly team meeting the manager
//   runs (same iCalUId for every member), a fortnightly 1:1 with the manager, and, for managers,
//   their own team meeting and 1:1s with each report;
// - out-of-office days (showAs oof over the working day) at the person's outOfOfficeRate;
// - focus blocks (busy), focusBlocksPerWeek spread over the week's working days;
// - one-off meetings filling roughly meetingLoad of the day, some tentative, a few private.
// Every item lies inside the person's working hours on a working day; a shared meeting that falls
// outside them for one member (another time zone, a part-timer's day off) is left out of that
// member's calendar only, as if they had declined it and removed it.

export type BaselineDirectory = Pick<Directory, 'tenantId' | 'get' | 'directReports'>;

const MINUTE = 60_000;
/** When the generated recurring series were "created"; before any sandbox clock. */
const SERIES_CREATED = Date.UTC(2024, 0, 8, 8, 0, 0);

const SUBJECTS = [
  'Project review',
  'Planning session',
  'Design review',
  'Customer call',
  'Budget check-in',
  'Interview',
  'Architecture discussion',
  'Quarterly business review',
  'Vendor demo',
  'Retrospective',
  'Roadmap sync',
  'Hiring debrief',
  'Training',
  'Status update',
  'Workshop prep',
];
const PRIVATE_SUBJECTS = ['Doctor appointment', 'School pickup', 'Personal appointment'];
const EXTERNAL_ORGANIZERS: EmailAddress[] = [
  { name: 'Mei Tanaka', address: 'mei.tanaka@fabrikam.example' },
  { name: 'Jonas Berg', address: 'jonas.berg@northwind.example' },
  { name: 'Priya Raman', address: 'priya.raman@adatum.example' },
];

const addressOf = (u: SandboxUser): EmailAddress => ({ name: u.displayName, address: u.mail });
const weekParity = (day: number): number => Math.floor((mondayOf(day) + 3) / 7) % 2;

/** A weekly (or fortnightly) slot on the organiser's wall clock. */
interface Slot {
  weekday: number;
  minute: number;
  duration: number;
  /** 0 or 1 for fortnightly meetings (week number parity), undefined for weekly. */
  parity?: number;
}

type Team = { slot: Slot; members: readonly SandboxUser[] } | undefined;

/** Slots worked out once per read of a calendar: the same managers come up every day. */
interface Memo {
  teams: Map<string, Team>;
  oneOnOnes: Map<string, Slot>;
}

const newMemo = (): Memo => ({ teams: new Map(), oneOnOnes: new Map() });

/** The team meeting a manager runs for their direct reports, taken from the team's traits. */
function teamSlot(manager: SandboxUser, dir: BaselineDirectory, memo: Memo): Team {
  if (memo.teams.has(manager.id)) return memo.teams.get(manager.id);
  const members = dir.directReports(manager.id);
  const first = members[0];
  let team: Team;
  if (first) {
    const weekday = Math.min(5, Math.max(1, Math.round(first.calendar.teamMeetingDay)));
    const minute = Math.round(first.calendar.teamMeetingHour * 60);
    team = { slot: { weekday, minute, duration: members.length > 6 ? 60 : 30 }, members };
  }
  memo.teams.set(manager.id, team);
  return team;
}

/** A report's fortnightly 1:1, on a day both work, inside the manager's hours, clear of the team meeting. */
function oneOnOneSlot(report: SandboxUser, manager: SandboxUser, dir: BaselineDirectory, memo: Memo): Slot {
  const known = memo.oneOnOnes.get(report.id);
  if (known) return known;
  const mh = hoursOf(manager);
  const rh = hoursOf(report);
  const both = [1, 2, 3, 4, 5].filter((d) => mh.days.has(d) && rh.days.has(d));
  const days = both.length > 0 ? both : [1, 2, 3, 4, 5].filter((d) => mh.days.has(d));
  const weekday = days[pick(days.length, '1on1-day', report.id)] ?? 2;
  const starts: number[] = [];
  for (let m = mh.start + 60; m + 30 <= mh.end - 60; m += 30) starts.push(m);
  if (starts.length === 0) starts.push(mh.start);
  const team = teamSlot(manager, dir, memo)?.slot;
  let i = pick(starts.length, '1on1-time', report.id);
  for (let tries = 0; tries < starts.length; tries++, i = (i + 1) % starts.length) {
    const m = starts[i] as number;
    if (!team || team.weekday !== weekday || m + 30 <= team.minute || m >= team.minute + team.duration) break;
  }
  const slot = { weekday, minute: starts[i] ?? mh.start, duration: 30, parity: pick(2, '1on1-week', report.id) };
  memo.oneOnOnes.set(report.id, slot);
  return slot;
}

/** The slot's start falling on local day `day` of `zone`, found from the organiser's days around it. */
function slotInstance(
  slot: Slot,
  organizerZone: string,
  day: number,
  zone: string,
): { start: number; orgDay: number } | undefined {
  for (const orgDay of [day - 1, day, day + 1]) {
    if (weekdayIndex(orgDay) !== slot.weekday) continue;
    if (slot.parity !== undefined && weekParity(orgDay) !== slot.parity) continue;
    const start = fromWall(orgDay * DAY_MS + slot.minute * MINUTE, organizerZone);
    if (localDay(start, zone) === day) return { start, orgDay };
  }
  return undefined;
}

interface Draft {
  key: string;
  subject: string;
  start: number;
  end: number;
  showAs: ShowAs;
  zoneName: string;
  organizer: EmailAddress;
  isOrganizer: boolean;
  response: 'organizer' | 'accepted' | 'tentativelyAccepted';
  attendees: Attendee[];
  sensitivity: 'normal' | 'private';
  /** Shared series: seed of the series' iCalUId and Teams meeting, and the organiser's date. */
  series?: { seed: string; orgDate: string; organizerId: string };
  location?: string;
  createdAt: number;
}

function sharedDrafts(user: SandboxUser, day: number, hours: Hours, dir: BaselineDirectory, memo: Memo): Draft[] {
  const drafts: Draft[] = [];
  const add = (
    key: string,
    subject: string,
    slot: Slot,
    organizer: SandboxUser,
    attendees: readonly SandboxUser[],
    seed: string,
  ): void => {
    const org = hoursOf(organizer);
    const hit = slotInstance(slot, org.zone, day, hours.zone);
    if (!hit) return;
    const isOrganizer = organizer.id === user.id;
    drafts.push({
      key,
      subject,
      start: hit.start,
      end: hit.start + slot.duration * MINUTE,
      showAs: 'busy',
      zoneName: org.zoneName,
      organizer: addressOf(organizer),
      isOrganizer,
      response: isOrganizer ? 'organizer' : 'accepted',
      attendees: attendees.map((a) => ({
        type: 'required',
        status: { response: 'accepted', time: formatInstant(SERIES_CREATED + DAY_MS) },
        emailAddress: addressOf(a),
      })),
      sensitivity: 'normal',
      series: { seed, orgDate: formatDate(hit.orgDay), organizerId: organizer.id },
      createdAt: SERIES_CREATED,
    });
  };

  const manager = user.managerId ? dir.get(user.managerId) : undefined;
  if (manager) {
    const team = teamSlot(manager, dir, memo);
    if (team)
      add('team', `${manager.givenName}'s team meeting`, team.slot, manager, team.members, `team|${manager.id}`);
    add(
      '1m',
      `${user.givenName} / ${manager.givenName} 1:1`,
      oneOnOneSlot(user, manager, dir, memo),
      manager,
      [user],
      `1on1|${user.id}`,
    );
  }
  const own = teamSlot(user, dir, memo);
  if (own) {
    add('lead', `${user.givenName}'s team meeting`, own.slot, user, own.members, `team|${user.id}`);
    for (const report of own.members) {
      add(
        `1r${ownerTag(report.id)}`,
        `${report.givenName} / ${user.givenName} 1:1`,
        oneOnOneSlot(report, user, dir, memo),
        user,
        [report],
        `1on1|${report.id}`,
      );
    }
  }
  return drafts;
}

/** How many focus blocks land on `day`: the week's blocks drawn over its working days. */
function focusBlocksOn(user: SandboxUser, day: number, hours: Hours): number {
  const monday = mondayOf(day);
  const workdays = [0, 1, 2, 3, 4, 5, 6].map((i) => monday + i).filter((d) => hours.days.has(weekdayIndex(d)));
  let count = 0;
  for (let i = 0; i < Math.round(user.calendar.focusBlocksPerWeek); i++) {
    if (workdays[pick(workdays.length, 'focus', user.id, monday, i)] === day) count += 1;
  }
  return count;
}

/** Drafts of one person's one local working day. */
function dayDrafts(user: SandboxUser, day: number, dir: BaselineDirectory, memo: Memo): Draft[] {
  const hours = hoursOf(user);
  if (!hours.days.has(weekdayIndex(day)) || hours.end <= hours.start) return [];
  const wall = (minute: number): number => fromWall(day * DAY_MS + minute * MINUTE, hours.zone);
  const dayStart = wall(hours.start);
  const dayEnd = wall(hours.end);
  const me = addressOf(user);
  const drafts = sharedDrafts(user, day, hours, dir, memo).filter((d) => d.start >= dayStart && d.end <= dayEnd);
  const own = (key: string, subject: string, start: number, end: number, showAs: ShowAs, createdAt: number): Draft => ({
    key,
    subject,
    start,
    end,
    showAs,
    zoneName: hours.zoneName,
    organizer: me,
    isOrganizer: true,
    response: 'organizer',
    attendees: [],
    sensitivity: 'normal',
    createdAt,
  });
  const created = (tag: string): number => dayStart - (3 + pick(25, 'created', user.id, day, tag)) * DAY_MS;

  if (unit('oof', user.id, day) < user.calendar.outOfOfficeRate) {
    drafts.push(own('oof', 'Out of office', dayStart, dayEnd, 'oof', created('oof')));
    return drafts;
  }

  // Local minutes already taken, so generated blocks do not sit on top of each other.
  const taken: [number, number][] = drafts.map((d) => [
    (toWall(d.start, hours.zone) - day * DAY_MS) / MINUTE,
    (toWall(d.end, hours.zone) - day * DAY_MS) / MINUTE,
  ]);
  const free = (a: number, b: number): boolean => taken.every(([s, e]) => b <= s || a >= e);
  const place = (duration: number, ...seed: (string | number)[]): number | undefined => {
    const slots = Math.floor((hours.end - hours.start - duration) / 30) + 1;
    if (slots <= 0) return undefined;
    const first = pick(slots, 'place', user.id, day, ...seed);
    for (let i = 0; i < slots; i++) {
      const m = hours.start + ((first + i) % slots) * 30;
      if (free(m, m + duration)) return m;
    }
    return undefined;
  };

  for (let i = 0; i < focusBlocksOn(user, day, hours); i++) {
    const duration = 120;
    const m = place(duration, 'focus', i);
    if (m === undefined) continue;
    taken.push([m, m + duration]);
    drafts.push(own(`f${i}`, 'Focus time', wall(m), wall(m + duration), 'busy', created(`f${i}`)));
  }

  const target = user.calendar.meetingLoad * (hours.end - hours.start) * (0.6 + 0.8 * unit('load', user.id, day));
  let filled = 0;
  for (let i = 0; i < 12 && filled + 15 < target; i++) {
    const duration = [30, 30, 30, 45, 60, 60, 90][pick(7, 'len', user.id, day, i)] as number;
    const m = place(duration, 'mtg', i);
    if (m === undefined) continue;
    taken.push([m, m + duration]);
    filled += duration;
    const draw = unit('kind', user.id, day, i);
    const d = own(
      `m${i}`,
      SUBJECTS[pick(SUBJECTS.length, 'subject', user.id, day, i)] as string,
      wall(m),
      wall(m + duration),
      'busy',
      created(`m${i}`),
    );
    if (draw < 0.05) {
      d.sensitivity = 'private';
      d.subject = PRIVATE_SUBJECTS[pick(PRIVATE_SUBJECTS.length, 'private', user.id, day, i)] as string;
    } else if (draw < 0.25) {
      // An invitation from outside the tenant, answered "tentative".
      d.showAs = 'tentative';
      d.isOrganizer = false;
      d.response = 'tentativelyAccepted';
      d.organizer = EXTERNAL_ORGANIZERS[pick(EXTERNAL_ORGANIZERS.length, 'ext', user.id, day, i)] as EmailAddress;
      d.attendees = [{ type: 'required', status: { response: 'none', time: NEVER }, emailAddress: me }];
    } else if (draw < 0.45) {
      d.location = `Room ${1 + pick(9, 'floor', user.id, day, i)}.${10 + pick(30, 'room', user.id, day, i)}`;
    }
    drafts.push(d);
  }
  return drafts;
}

/** What every occurrence of a generated series shares, kept so each read does not remake it. */
const seriesCache = new Map<string, { online: OnlineMeetingInfo; body: ItemBody; iCalUId: string }>();

function seriesOf(
  seed: string,
  organizerId: string,
  tenantId: string,
): { online: OnlineMeetingInfo; body: ItemBody; iCalUId: string } {
  const key = `${tenantId}|${seed}`;
  let series = seriesCache.get(key);
  if (!series) {
    const online = teamsMeetingFor(seed, tenantId, organizerId);
    series = {
      online,
      body: storedBody({ contentType: 'html', content: '' }, online),
      iCalUId: iCalUIdOf(seed, SERIES_CREATED),
    };
    if (seriesCache.size > 50_000) seriesCache.clear();
    seriesCache.set(key, series);
  }
  return series;
}

function viewOf(user: SandboxUser, day: number, d: Draft, tenantId: string): EventView {
  const id = baselineId(user.id, formatDate(day), d.key);
  const series = d.series ? seriesOf(d.series.seed, d.series.organizerId, tenantId) : undefined;
  const online = series?.online ?? null;
  const iCalUId =
    d.series && series
      ? occurrenceICalUId(series.iCalUId, d.series.orgDate)
      : iCalUIdOf(`${user.id}|${formatDate(day)}|${d.key}`, d.createdAt);
  const location = d.location
    ? { displayName: d.location, locationType: 'default', uniqueId: d.location, uniqueIdType: 'private' }
    : null;
  return {
    id,
    iCalUId,
    createdAt: d.createdAt,
    modifiedAt: d.createdAt,
    changeKey: changeKeyOf(id, 0),
    subject: d.subject,
    body: series ? { ...series.body } : storedBody({ contentType: 'html', content: '' }, null),
    start: d.start,
    end: d.end,
    startZone: d.zoneName,
    endZone: d.zoneName,
    isAllDay: false,
    showAs: d.showAs,
    sensitivity: d.sensitivity,
    importance: 'normal',
    categories: [],
    location,
    locations: location ? [location] : [],
    isOnlineMeeting: online !== null,
    onlineMeetingProvider: online ? 'teamsForBusiness' : 'unknown',
    onlineMeeting: online,
    allowNewTimeProposals: true,
    responseRequested: true,
    hideAttendees: false,
    reminderMinutesBeforeStart: 15,
    isReminderOn: true,
    attendees: d.attendees,
    recurrence: null,
    organizer: d.organizer,
    isOrganizer: d.isOrganizer,
    responseStatus: {
      response: d.response,
      time: d.response === 'organizer' ? NEVER : formatInstant(d.createdAt + DAY_MS),
    },
    isCancelled: false,
    transactionId: null,
    type: d.series ? 'occurrence' : 'singleInstance',
    // The generated series masters are not served; the id only ties occurrences together.
    seriesMasterId: d.series ? baselineId(user.id, '1970-01-01', `${d.key}-series`) : null,
    originalStart: d.series ? d.start : null,
  };
}

/** Each local day of the person that can hold events overlapping [from, to), with its drafts. */
function* draftsIn(user: SandboxUser, dir: BaselineDirectory, from: number, to: number): Generator<[number, Draft]> {
  const { zone } = hoursOf(user);
  const memo = newMemo();
  for (let day = localDay(from, zone) - 1; day <= localDay(to, zone) + 1; day++) {
    for (const d of dayDrafts(user, day, dir, memo)) if (d.end > from && d.start < to) yield [day, d];
  }
}

/** The person's generated events overlapping [from, to), by start. */
export function baselineEvents(user: SandboxUser, dir: BaselineDirectory, from: number, to: number): EventView[] {
  const out: EventView[] = [];
  for (const [day, d] of draftsIn(user, dir, from, to)) out.push(viewOf(user, day, d, dir.tenantId));
  return out.sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
}

/** The same events read as free/busy only, without building whole events: getSchedule's path. */
export function baselineBusy(user: SandboxUser, dir: BaselineDirectory, from: number, to: number): BusyItem[] {
  const out: BusyItem[] = [];
  for (const [, d] of draftsIn(user, dir, from, to)) {
    const isPrivate = d.sensitivity === 'private';
    out.push({
      start: d.start,
      end: d.end,
      status: d.showAs,
      ...(isPrivate ? {} : { subject: d.subject, location: d.location ?? '' }),
      isPrivate,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** One generated event by its local date and key (from its id), if the person has it. */
export function baselineEvent(
  user: SandboxUser,
  dir: BaselineDirectory,
  date: string,
  key: string,
): EventView | undefined {
  const day = parseDate(date);
  if (day === undefined) return undefined;
  const d = dayDrafts(user, day, dir, newMemo()).find((x) => x.key === key);
  return d ? viewOf(user, day, d, dir.tenantId) : undefined;
}
