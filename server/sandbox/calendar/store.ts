import type { Clock, Directory } from '../context.js';
import { GraphError } from '../errors.js';
import type { SandboxUser } from '../org/model.js';
import { userByAddress } from './addresses.js';
import { baselineBusy, baselineEvent, baselineEvents } from './baseline.js';
import { DAY_MS, parseDate } from './days.js';
import {
  applyContent,
  checkTimes,
  endBeforeStart,
  organizerFields,
  setStatus,
  showAsFor,
  type Reply,
} from './content.js';
import type { EventPatch } from './event-input.js';
import { changeKeyOf, decodeEventId, iCalUIdOf, occurrenceICalUId, occurrenceId, ownerTag, storedId } from './ids.js';
import {
  NEVER,
  busyItemOf,
  type BusyItem,
  type EmailAddress,
  type EventContent,
  type EventLocation,
  type EventView,
  type ItemBody,
  type ResponseStatus,
  type ShowAs,
} from './model.js';
import { expandRecurrence, occurrenceOn, type Occurrence, type SeriesTiming } from './recurrence.js';
import { ALLOWED_PROVIDERS, storedBody, teamsMeetingFor } from './teams-meeting.js';
import { formatInstant, localDate, requireZone } from './zones.js';

// The events clients create, per mailbox, in memory for the life of the sandbox, merged with each
// mailbox's generated baseline for reading. Meetings behave as Exchange's do: every attendee who is
// a person of the tenant gets their own copy (same iCalUId, own id), responses travel back to the
// organiser's copy, and the organiser's changes and cancellations travel out to the attendees'.

export type CalendarStoreDeps = {
  directory: Pick<Directory, 'tenantId' | 'get' | 'all' | 'directReports'>;
  clock: Clock;
};

/** What one occurrence of a stored series changed from the pattern, in one calendar. */
interface Exception {
  version: number;
  modifiedAt: number;
  /** Removed from this calendar. */
  deleted?: boolean;
  /** Cancelled by the organiser (attendees' copies keep it, marked cancelled). */
  cancelled?: boolean;
  /** Moved or edited by the organiser. */
  start?: number;
  end?: number;
  subject?: string;
  body?: ItemBody;
  location?: EventLocation | null;
  locations?: EventLocation[];
  showAs?: ShowAs;
  responseStatus?: ResponseStatus;
  /** On the organiser's copy: attendees' answers for this occurrence, by lower-case address. */
  attendeeStatus?: Record<string, ResponseStatus>;
}

interface StoredEvent {
  seq: number;
  id: string;
  mailboxId: string;
  content: EventContent;
  organizer: EmailAddress;
  isOrganizer: boolean;
  responseStatus: ResponseStatus;
  iCalUId: string;
  createdAt: number;
  modifiedAt: number;
  version: number;
  isCancelled: boolean;
  transactionId: string | null;
  /** Attendee copies: the organiser's event. */
  organizerSeq: number | null;
  /** Organiser's event: each attendee copy, by attendee user id. */
  copies: Map<string, number>;
  exceptions: Map<string, Exception>;
}

/** The Outlook answer for an id that is not in this mailbox. */
export const itemNotFound = (): GraphError =>
  new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
const invalid = (message: string): GraphError => new GraphError(400, 'ErrorInvalidRequest', message);

const CANCELLED_FOR: Record<Reply, string> = {
  accepted: 'ErrorCalendarIsCancelledForAccept',
  tentativelyAccepted: 'ErrorCalendarIsCancelledForTentative',
  declined: 'ErrorCalendarIsCancelledForDecline',
};

function clone<T>(value: T): T {
  return structuredClone(value);
}

export class CalendarStore {
  private seq = 0;
  private readonly events = new Map<number, StoredEvent>();
  private readonly mailboxes = new Map<string, Set<number>>();
  private readonly transactions = new Map<string, number>();

  constructor(private readonly deps: CalendarStoreDeps) {}

  // ---- create ---------------------------------------------------------------------------------

  /**
   * POST /events. A repeat of a transactionId already used in this mailbox returns the event the
   * first request made (the route answers 201 with it again) and changes nothing: Graph documents
   * the property as retry protection without saying how the duplicate is answered (FACTS 1.7).
   */
  create(mailbox: SandboxUser, patch: EventPatch): { event: EventView; created: boolean } {
    if (patch.transactionId) {
      const seq = this.transactions.get(`${mailbox.id}|${patch.transactionId}`);
      const existing = seq === undefined ? undefined : this.events.get(seq);
      if (existing) return { event: this.viewOf(existing), created: false };
    }
    if (!patch.start || !patch.end) throw invalid('An event needs both start and end.');
    const now = this.deps.clock.now();
    const seq = this.nextSeq();
    const id = storedId(seq);
    const base: EventContent = {
      subject: '',
      body: { contentType: 'html', content: '' },
      start: patch.start.ms,
      end: patch.end.ms,
      startZone: patch.start.zone,
      endZone: patch.end.zone,
      isAllDay: false,
      showAs: 'busy',
      sensitivity: 'normal',
      importance: 'normal',
      categories: [],
      location: null,
      locations: [],
      isOnlineMeeting: false,
      onlineMeetingProvider: 'unknown',
      onlineMeeting: null,
      allowNewTimeProposals: true,
      responseRequested: true,
      hideAttendees: false,
      reminderMinutesBeforeStart: 15,
      isReminderOn: true,
      attendees: [],
      recurrence: null,
    };
    const content = applyContent(base, patch);
    checkTimes(content);
    this.applyOnlineMeeting(content, base, patch, `${mailbox.id}|${seq}`, mailbox.id, true);
    content.body = storedBody(content.body, content.onlineMeeting);
    const event: StoredEvent = {
      seq,
      id,
      mailboxId: mailbox.id,
      content,
      organizer: { name: mailbox.displayName, address: mailbox.mail },
      isOrganizer: true,
      responseStatus: { response: 'organizer', time: NEVER },
      iCalUId: iCalUIdOf(`${this.deps.directory.tenantId}|${seq}`, now),
      createdAt: now,
      modifiedAt: now,
      version: 0,
      isCancelled: false,
      transactionId: patch.transactionId ?? null,
      organizerSeq: null,
      copies: new Map(),
      exceptions: new Map(),
    };
    this.insert(event);
    if (event.transactionId) this.transactions.set(`${mailbox.id}|${event.transactionId}`, seq);
    this.inviteNewAttendees(event);
    return { event: this.viewOf(event), created: true };
  }

  // ---- read -----------------------------------------------------------------------------------

  get(mailbox: SandboxUser, id: string): EventView {
    const found = this.find(mailbox, id);
    if (found.kind === 'baseline') return found.view;
    return found.occurrence ? this.occurrenceView(found.event, found.occurrence) : this.viewOf(found.event);
  }

  /** GET /events: the mailbox's single events and series masters (not occurrences), in creation order. */
  list(mailbox: SandboxUser): EventView[] {
    return [...(this.mailboxes.get(mailbox.id) ?? [])].map((seq) => this.viewOf(this.events.get(seq) as StoredEvent));
  }

  /** GET /events/{id}/instances: a series' occurrences and exceptions in [from, to). */
  instances(mailbox: SandboxUser, id: string, from: number, to: number): EventView[] {
    const found = this.find(mailbox, id);
    if (found.kind === 'baseline' || found.occurrence || !found.event.content.recurrence) return [];
    return this.seriesViews(found.event, from, to);
  }

  /** GET /calendarView: everything on the calendar overlapping [from, to), stored and generated. */
  calendarView(mailbox: SandboxUser, from: number, to: number, withBaseline = true): EventView[] {
    const out: EventView[] = [];
    for (const seq of this.mailboxes.get(mailbox.id) ?? []) {
      const e = this.events.get(seq) as StoredEvent;
      if (e.content.recurrence) out.push(...this.seriesViews(e, from, to));
      else if (overlaps(e.content.start, e.content.end, from, to)) out.push(this.viewOf(e));
    }
    if (withBaseline) out.push(...baselineEvents(mailbox, this.deps.directory, from, to));
    return out.sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
  }

  /** Free/busy reading of the calendar for getSchedule and findMeetingTimes. */
  busy(mailbox: SandboxUser, from: number, to: number): BusyItem[] {
    const stored = this.calendarView(mailbox, from, to, false).flatMap((e) => busyItemOf(e) ?? []);
    return [...stored, ...baselineBusy(mailbox, this.deps.directory, from, to)].sort((a, b) => a.start - b.start);
  }

  // ---- update and delete ----------------------------------------------------------------------

  /** PATCH /events/{id}. The organiser's changes reach every attendee's copy; an attendee's stay local. */
  update(mailbox: SandboxUser, id: string, patch: EventPatch): EventView {
    const found = this.mutable(mailbox, id);
    const { event } = found;
    if (patch.transactionId !== undefined && patch.transactionId !== event.transactionId) {
      throw invalid('transactionId cannot be changed after the event is created.');
    }
    if (found.occurrence) return this.updateOccurrence(event, found.occurrence, patch);

    const before = event.content;
    const next = applyContent(before, patch);
    checkTimes(next);
    this.applyOnlineMeeting(next, before, patch, `${event.mailboxId}|${event.seq}`, event.mailboxId, event.isOrganizer);
    if (patch.body) {
      // Graph: editing the body of an online meeting without its join blob disables the meeting
      // (event-update.md); an untouched body keeps the blob it had.
      if (
        before.onlineMeeting &&
        next.onlineMeeting === before.onlineMeeting &&
        !patch.body.content.includes(before.onlineMeeting.joinUrl)
      ) {
        next.isOnlineMeeting = false;
        next.onlineMeetingProvider = 'unknown';
        next.onlineMeeting = null;
      }
      next.body = storedBody(next.body, next.onlineMeeting);
    } else if (next.onlineMeeting !== before.onlineMeeting) {
      next.body = storedBody(before.body, next.onlineMeeting);
    }
    if (patch.recurrence !== undefined) event.exceptions.clear();
    event.content = next;
    this.touch(event);

    if (event.isOrganizer) {
      if (patch.attendees) this.reconcileAttendees(event, before);
      for (const copy of this.copiesOf(event)) {
        copy.content = {
          ...applyContent(copy.content, organizerFields(next)),
          onlineMeeting: clone(next.onlineMeeting),
          attendees: clone(next.attendees),
        };
        if (patch.recurrence !== undefined) copy.exceptions.clear();
        this.touch(copy);
      }
    }
    return this.viewOf(event);
  }

  /** DELETE /events/{id}. The organiser deleting a meeting cancels it for the attendees. */
  delete(mailbox: SandboxUser, id: string): void {
    const found = this.mutable(mailbox, id);
    if (found.occurrence) {
      this.exception(found.event, found.occurrence.date).deleted = true;
      this.touch(found.event);
      if (found.event.isOrganizer) this.cancelOccurrenceCopies(found.event, found.occurrence.date);
      return;
    }
    if (found.event.isOrganizer) this.cancelCopies(found.event);
    this.remove(found.event);
  }

  /** POST /events/{id}/cancel: organiser only; attendees keep a cancelled copy. */
  cancel(mailbox: SandboxUser, id: string): void {
    const found = this.find(mailbox, id);
    const isOrganizer = found.kind === 'baseline' ? found.view.isOrganizer : found.event.isOrganizer;
    if (!isOrganizer)
      throw invalid("Your request can't be completed. You need to be an organizer to cancel a meeting.");
    this.delete(mailbox, id);
  }

  /** POST /events/{id}/accept | tentativelyAccept | decline. */
  respond(mailbox: SandboxUser, id: string, reply: Reply, sendResponse: boolean): void {
    const found = this.mutable(mailbox, id);
    const { event } = found;
    if (event.isOrganizer)
      throw invalid("Your request can't be completed. You can't respond to a meeting you organized.");
    const now = this.deps.clock.now();
    const status: ResponseStatus = { response: reply, time: formatInstant(now) };
    const organizerEvent = event.organizerSeq === null ? undefined : this.events.get(event.organizerSeq);
    const me = new Set([mailbox.mail.toLowerCase(), mailbox.userPrincipalName.toLowerCase()]);

    if (found.occurrence) {
      const ex = this.exception(event, found.occurrence.date);
      if (ex.cancelled || event.isCancelled)
        throw new GraphError(400, CANCELLED_FOR[reply], 'The meeting has been cancelled.');
      ex.responseStatus = status;
      ex.showAs = showAsFor(reply, event.content.showAs);
      this.touch(event);
      if (sendResponse && organizerEvent) {
        const oex = this.exception(organizerEvent, found.occurrence.date);
        const answered = Object.fromEntries([...me].map((address) => [address, status]));
        oex.attendeeStatus = { ...oex.attendeeStatus, ...answered };
        this.touch(organizerEvent);
      }
      return;
    }
    if (event.isCancelled) throw new GraphError(400, CANCELLED_FOR[reply], 'The meeting has been cancelled.');
    event.responseStatus = status;
    event.content.showAs = showAsFor(reply, organizerEvent?.content.showAs ?? 'busy');
    setStatus(event.content.attendees, me, status);
    this.touch(event);
    // sendResponse false: "the organizer won't receive a response" (event-accept.md), so the
    // organiser's tally does not change.
    if (sendResponse && organizerEvent) {
      setStatus(organizerEvent.content.attendees, me, status);
      this.touch(organizerEvent);
    }
  }

  // ---- internals ------------------------------------------------------------------------------

  private nextSeq(): number {
    this.seq += 1;
    return this.seq;
  }

  private insert(event: StoredEvent): void {
    this.events.set(event.seq, event);
    let set = this.mailboxes.get(event.mailboxId);
    if (!set) this.mailboxes.set(event.mailboxId, (set = new Set()));
    set.add(event.seq);
  }

  private remove(event: StoredEvent): void {
    this.events.delete(event.seq);
    this.mailboxes.get(event.mailboxId)?.delete(event.seq);
    if (event.transactionId) this.transactions.delete(`${event.mailboxId}|${event.transactionId}`);
    const organizer = event.organizerSeq === null ? undefined : this.events.get(event.organizerSeq);
    if (organizer) {
      for (const [userId, seq] of organizer.copies) if (seq === event.seq) organizer.copies.delete(userId);
    }
  }

  private touch(event: StoredEvent): void {
    event.version += 1;
    event.modifiedAt = this.deps.clock.now();
  }

  private exception(event: StoredEvent, date: string): Exception {
    let ex = event.exceptions.get(date);
    if (!ex) event.exceptions.set(date, (ex = { version: 0, modifiedAt: event.modifiedAt }));
    ex.version += 1;
    ex.modifiedAt = this.deps.clock.now();
    return ex;
  }

  private copiesOf(event: StoredEvent): StoredEvent[] {
    return [...event.copies.values()].flatMap((seq) => this.events.get(seq) ?? []);
  }

  /** Sets up the Teams meeting when an event goes online, and refuses what Outlook refuses. */
  private applyOnlineMeeting(
    next: EventContent,
    before: EventContent,
    patch: EventPatch,
    seed: string,
    organizerId: string,
    isOrganizer: boolean,
  ): void {
    if (before.isOnlineMeeting) {
      if (patch.isOnlineMeeting === false)
        throw invalid("isOnlineMeeting can't be set back to false once the event is an online meeting.");
      if (patch.onlineMeetingProvider && patch.onlineMeetingProvider !== before.onlineMeetingProvider) {
        throw invalid("The onlineMeetingProvider of an online meeting can't be changed.");
      }
      return;
    }
    if (!next.isOnlineMeeting) {
      next.onlineMeetingProvider = 'unknown';
      return;
    }
    if (!isOrganizer) throw invalid('Only the organizer can make an event an online meeting.');
    const provider =
      patch.onlineMeetingProvider && patch.onlineMeetingProvider !== 'unknown'
        ? patch.onlineMeetingProvider
        : 'teamsForBusiness';
    if (!(ALLOWED_PROVIDERS as readonly string[]).includes(provider)) {
      throw invalid(`The online meeting provider '${provider}' is not allowed for this calendar.`);
    }
    next.onlineMeetingProvider = provider;
    next.onlineMeeting = teamsMeetingFor(seed, this.deps.directory.tenantId, organizerId);
  }

  /** Each attendee who is a person of the tenant and has no copy yet receives one. */
  private inviteNewAttendees(event: StoredEvent): void {
    for (const attendee of event.content.attendees) {
      if (attendee.type === 'resource') continue;
      const user = userByAddress(this.deps.directory, attendee.emailAddress.address);
      if (!user || user.id === event.mailboxId || event.copies.has(user.id)) continue;
      const seq = this.nextSeq();
      const content = clone(event.content);
      // An invitation nobody has answered shows as tentative, as in Outlook.
      content.showAs = event.content.showAs === 'free' ? 'free' : 'tentative';
      content.reminderMinutesBeforeStart = 15;
      content.isReminderOn = true;
      content.categories = [];
      this.insert({
        seq,
        id: storedId(seq),
        mailboxId: user.id,
        content,
        organizer: { ...event.organizer },
        isOrganizer: false,
        responseStatus: { response: 'notResponded', time: NEVER },
        iCalUId: event.iCalUId,
        createdAt: this.deps.clock.now(),
        modifiedAt: this.deps.clock.now(),
        version: 0,
        isCancelled: false,
        transactionId: null,
        organizerSeq: event.seq,
        copies: new Map(),
        exceptions: new Map(),
      });
      event.copies.set(user.id, seq);
    }
  }

  /** After the organiser edits the attendee list: new people are invited, removed people cancelled. */
  private reconcileAttendees(event: StoredEvent, before: EventContent): void {
    const now = new Set(event.content.attendees.map((a) => a.emailAddress.address.toLowerCase()));
    const previous = new Map(before.attendees.map((a) => [a.emailAddress.address.toLowerCase(), a.status]));
    for (const a of event.content.attendees) {
      const kept = previous.get(a.emailAddress.address.toLowerCase());
      if (kept) a.status = kept;
    }
    for (const [userId, seq] of [...event.copies]) {
      const copy = this.events.get(seq);
      const user = this.deps.directory.get(userId);
      if (copy && user && !now.has(user.mail.toLowerCase()) && !now.has(user.userPrincipalName.toLowerCase())) {
        markCancelled(copy);
        this.touch(copy);
        event.copies.delete(userId);
      }
    }
    this.inviteNewAttendees(event);
  }

  private cancelCopies(event: StoredEvent): void {
    for (const copy of this.copiesOf(event)) {
      markCancelled(copy);
      this.touch(copy);
    }
  }

  private cancelOccurrenceCopies(event: StoredEvent, date: string): void {
    for (const copy of this.copiesOf(event)) {
      this.exception(copy, date).cancelled = true;
      this.touch(copy);
    }
  }

  private updateOccurrence(event: StoredEvent, occ: Occurrence, patch: EventPatch): EventView {
    const allowed = new Set(['subject', 'body', 'start', 'end', 'location', 'locations', 'showAs']);
    const refused = Object.keys(patch).find((k) => !allowed.has(k));
    if (refused)
      throw invalid(`The sandbox cannot change '${refused}' on a single occurrence; change the series instead.`);
    const current = this.occurrenceView(event, occ);
    const start = patch.start?.ms ?? current.start;
    const end = patch.end?.ms ?? current.end;
    if (end < start) throw endBeforeStart();
    if (patch.start || patch.end) this.checkCrossing(event, occ, start);
    const apply = (target: StoredEvent): void => {
      const ex = this.exception(target, occ.date);
      if (patch.start || patch.end) Object.assign(ex, { start, end });
      if (patch.subject !== undefined) ex.subject = patch.subject;
      if (patch.body) ex.body = storedBody(patch.body, target.content.onlineMeeting);
      if (patch.location !== undefined) ex.location = patch.location;
      if (patch.locations) ex.locations = patch.locations;
      if (patch.showAs && target === event) ex.showAs = patch.showAs;
      this.touch(target);
    };
    apply(event);
    if (event.isOrganizer) for (const copy of this.copiesOf(event)) apply(copy);
    return this.occurrenceView(event, occ);
  }

  /** Outlook refuses to move an occurrence onto or past the day of a neighbouring occurrence. */
  private checkCrossing(event: StoredEvent, occ: Occurrence, newStart: number): void {
    const timing = timingOf(event);
    const recurrence = event.content.recurrence;
    if (!recurrence) return;
    const day = (parseDate(occ.date) as number) * DAY_MS;
    const around = expandRecurrence(recurrence, timing, day - 400 * DAY_MS, day + 400 * DAY_MS).filter(
      (o) => !event.exceptions.get(o.date)?.deleted,
    );
    const i = around.findIndex((o) => o.date === occ.date);
    const prev = around[i - 1];
    const next = around[i + 1];
    const zone = requireZone(event.content.startZone);
    const newDate = localDate(newStart, zone);
    const effective = (o: Occurrence): string => localDate(event.exceptions.get(o.date)?.start ?? o.start, zone);
    if ((prev && newDate <= effective(prev)) || (next && newDate >= effective(next))) {
      throw new GraphError(
        400,
        'ErrorOccurrenceCrossingBoundary',
        'An occurrence cannot be moved to or beyond the day of a neighbouring occurrence.',
      );
    }
  }

  private find(
    mailbox: SandboxUser,
    id: string,
  ): { kind: 'stored'; event: StoredEvent; occurrence?: Occurrence } | { kind: 'baseline'; view: EventView } {
    const decoded = decodeEventId(id);
    if (!decoded) throw itemNotFound();
    if (decoded.kind === 'baseline') {
      const view =
        decoded.owner === ownerTag(mailbox.id)
          ? baselineEvent(mailbox, this.deps.directory, decoded.date, decoded.key)
          : undefined;
      if (!view) throw itemNotFound();
      return { kind: 'baseline', view };
    }
    const event = this.events.get(decoded.seq);
    if (!event || event.mailboxId !== mailbox.id) throw itemNotFound();
    if (decoded.kind === 'stored') return { kind: 'stored', event };
    const recurrence = event.content.recurrence;
    const occurrence = recurrence ? occurrenceOn(recurrence, timingOf(event), decoded.date) : undefined;
    if (!occurrence || event.exceptions.get(decoded.date)?.deleted) throw itemNotFound();
    return { kind: 'stored', event, occurrence };
  }

  /** Baseline events are generated, not stored: they can be read but not changed. */
  private mutable(mailbox: SandboxUser, id: string): { event: StoredEvent; occurrence?: Occurrence } {
    const found = this.find(mailbox, id);
    if (found.kind === 'baseline')
      throw invalid('This event belongs to the sandbox baseline calendar and is read-only.');
    return found;
  }

  private viewOf(e: StoredEvent): EventView {
    return {
      ...clone(e.content),
      id: e.id,
      iCalUId: e.iCalUId,
      createdAt: e.createdAt,
      modifiedAt: e.modifiedAt,
      changeKey: changeKeyOf(e.id, e.version),
      organizer: { ...e.organizer },
      isOrganizer: e.isOrganizer,
      responseStatus: { ...e.responseStatus },
      isCancelled: e.isCancelled,
      transactionId: e.transactionId,
      type: e.content.recurrence ? 'seriesMaster' : 'singleInstance',
      seriesMasterId: null,
      originalStart: null,
    };
  }

  private occurrenceView(e: StoredEvent, occ: Occurrence): EventView {
    const ex = e.exceptions.get(occ.date);
    const master = this.viewOf(e);
    const id = occurrenceId(e.seq, occ.date);
    const moved =
      ex?.start !== undefined || ex?.subject !== undefined || ex?.body !== undefined || ex?.location !== undefined;
    const attendees = master.attendees.map((a) => ({
      ...a,
      status: ex?.attendeeStatus?.[a.emailAddress.address.toLowerCase()] ?? a.status,
    }));
    return {
      ...master,
      id,
      iCalUId: occurrenceICalUId(e.iCalUId, occ.date),
      modifiedAt: Math.max(e.modifiedAt, ex?.modifiedAt ?? 0),
      changeKey: changeKeyOf(id, `${e.version}.${ex?.version ?? 0}`),
      start: ex?.start ?? occ.start,
      end: ex?.end ?? occ.end,
      subject: ex?.subject ?? master.subject,
      body: ex?.body ?? master.body,
      location: ex?.location !== undefined ? ex.location : master.location,
      locations: ex?.locations ?? master.locations,
      showAs: ex?.cancelled ? 'free' : (ex?.showAs ?? master.showAs),
      responseStatus: ex?.responseStatus ?? master.responseStatus,
      attendees,
      isCancelled: master.isCancelled || ex?.cancelled === true,
      recurrence: null,
      type: moved ? 'exception' : 'occurrence',
      seriesMasterId: e.id,
      originalStart: occ.start,
      transactionId: null,
    };
  }

  private seriesViews(e: StoredEvent, from: number, to: number): EventView[] {
    const recurrence = e.content.recurrence;
    if (!recurrence) return [];
    // Moved occurrences may sit outside their pattern slot: widen the search by the largest move.
    let shift = 0;
    const timing = timingOf(e);
    for (const [date, ex] of e.exceptions) {
      if (ex.start === undefined) continue;
      const original = occurrenceOn(recurrence, timing, date);
      if (original)
        shift = Math.max(shift, Math.abs(ex.start - original.start), Math.abs((ex.end ?? 0) - original.end));
    }
    return expandRecurrence(recurrence, timing, from - shift, to + shift)
      .filter((o) => !e.exceptions.get(o.date)?.deleted)
      .map((o) => this.occurrenceView(e, o))
      .filter((v) => overlaps(v.start, v.end, from, to));
  }
}

function overlaps(start: number, end: number, from: number, to: number): boolean {
  return start < to && (end > from || (start === end && start >= from));
}

function timingOf(e: StoredEvent): SeriesTiming {
  return {
    start: e.content.start,
    durationMs: e.content.end - e.content.start,
    zone: requireZone(e.content.startZone),
  };
}

function markCancelled(copy: StoredEvent): void {
  copy.isCancelled = true;
  copy.content.showAs = 'free';
  if (!copy.content.subject.startsWith('Canceled: ')) copy.content.subject = `Canceled: ${copy.content.subject}`;
}
