import { utcToday, type Clock } from '../clock.js';
import type { Db } from '../db/db.js';
import type { Label } from '../matching/schemas.js';
import type { ActivityType } from '../notify/activities.js';
import { notify } from '../notify/outbox.js';
import type { PeopleReader } from '../org/people.js';
import { endedRecently } from '../surveys/moments.js';
import { activeProgrammes } from '../surveys/store.js';
import { TAB_PATHS } from '../teams-app.js';
import {
  claimReminders,
  idlePairs,
  participantsToThank,
  programmeNames,
  reminderKey,
  requestsWaiting,
  sessionsWithoutCheckin,
  surveysToAsk,
  surveysToRemind,
  unsentNotifications,
  type Occasion,
  type ReminderKind,
} from './store.js';

// Engagement reminders in the Teams activity feed (issue 12): check in after a session, answer a
// request, meet again after a quiet month, answer a survey, and thanks when a programme ends. Each
// goes to a person at most once per occasion (reminders_sent, claimed in the transaction that
// queues the notification), and the notify outbox's sender delivers them.

const DAY = 86_400_000;
/** A session is worth a check-in reminder for a week; older ones (say, at deployment) are let be. */
export const CHECKIN_REMINDER_DAYS = 7;
/** A request unanswered this long is worth a reminder to the one who must answer. */
export const REQUEST_WAIT_DAYS = 3;
/** A pair with no session for this long is idle. */
export const IDLE_DAYS = 28;
/** ...unless a session comes within this many days. */
export const NEXT_SESSION_DAYS = 7;
/** A survey unanswered this long after it was asked in the activity feed gets one reminder. */
export const SURVEY_REMINDER_DAYS = 5;
/**
 * Reminders queued per tenant and run, less what the outbox still holds unsent: with a run every
 * 10 minutes, 300 is half a notification a second, a tenth of the activity feed's 5 per second
 * per app and tenant (FACTS 1.9). The rest waits for the next run (occasions keep), and the
 * notifications people cause by acting are never stuck behind a flood of reminders.
 */
export const REMINDERS_PER_RUN = 300;

const ACTIVITY: Record<ReminderKind, ActivityType> = {
  checkin: 'checkinDue',
  request: 'requestWaiting',
  idle: 'pairIdle',
  survey_ask: 'surveyRequested',
  survey_reminder: 'surveyRequested',
  closing: 'programmeClosed',
};

export interface EngagementDeps {
  db: Db;
  clock: Clock;
  people: Pick<PeopleReader, 'contacts'>;
  /** Reminders per tenant and run; REMINDERS_PER_RUN by default. */
  perRun?: number;
}

export type ReminderCounts = Record<ReminderKind, number>;

/** Queues the reminders due now in one tenant, within the run's budget; answers how many of each. */
export async function sendReminders(deps: EngagementDeps, tenantId: string): Promise<ReminderCounts> {
  const { db, clock } = deps;
  const now = clock.now();
  const counts: ReminderCounts = { checkin: 0, request: 0, survey_ask: 0, survey_reminder: 0, idle: 0, closing: 0 };
  let budget = (deps.perRun ?? REMINDERS_PER_RUN) - (await unsentNotifications(db, tenantId));
  const names = await programmeNames(db, tenantId);

  // Most timely first: a check-in while the session is fresh, a person waiting for an answer.
  const collectors: (() => Promise<Occasion[]>)[] = [
    async () =>
      (await sessionsWithoutCheckin(db, tenantId, now, now - CHECKIN_REMINDER_DAYS * DAY, budget)).map((s) => ({
        kind: 'checkin',
        occasion: s.occurrenceId,
        personId: s.personId,
        otherId: s.otherId,
        programmeId: s.programmeId,
        subject: TAB_PATHS.session(s.seriesId, s.occurrenceId),
      })),
    async () =>
      (await requestsWaiting(db, tenantId, now, now - REQUEST_WAIT_DAYS * DAY, budget)).map((r) => ({
        kind: 'request',
        occasion: r.requestId,
        personId: r.personId,
        otherId: r.otherId,
        programmeId: r.programmeId,
        subject: TAB_PATHS.request(r.requestId),
      })),
    async () =>
      (await surveysToAsk(db, tenantId, now, budget)).map((s) => ({
        kind: 'survey_ask',
        occasion: s.surveyId,
        personId: s.personId,
        otherId: null,
        programmeId: s.programmeId,
        subject: TAB_PATHS.survey(s.surveyId),
      })),
    async () =>
      (await surveysToRemind(db, tenantId, now, now - SURVEY_REMINDER_DAYS * DAY, budget)).map((s) => ({
        kind: 'survey_reminder',
        occasion: s.surveyId,
        personId: s.personId,
        otherId: null,
        programmeId: s.programmeId,
        subject: TAB_PATHS.survey(s.surveyId),
      })),
    async () =>
      (await idlePairs(db, tenantId, now, now - IDLE_DAYS * DAY, now + NEXT_SESSION_DAYS * DAY, budget)).flatMap((p) =>
        [
          [p.mentorId, p.menteeId],
          [p.menteeId, p.mentorId],
        ].map(([personId, otherId]): Occasion => ({
          kind: 'idle',
          occasion: `${p.pairId}:${p.quietSince}`,
          personId: personId!,
          otherId: otherId!,
          programmeId: p.programmeId,
          subject: TAB_PATHS.pair(p.pairId),
        })),
      ),
    async () => {
      const today = utcToday(clock);
      const out: Occasion[] = [];
      for (const p of await activeProgrammes(db, tenantId)) {
        if (!endedRecently(p, today) || out.length >= budget) continue;
        for (const personId of await participantsToThank(db, tenantId, p.id, budget - out.length))
          out.push({ kind: 'closing', occasion: p.id, personId, otherId: null, programmeId: p.id, subject: null });
      }
      return out;
    },
  ];

  for (const collect of collectors) {
    if (budget <= 0) break;
    const occasions = (await collect()).slice(0, budget);
    const queued = await deliver(deps, tenantId, occasions, names, now);
    for (const o of queued) counts[o.kind] += 1;
    budget -= queued.length;
  }
  return counts;
}

/**
 * Claims the occasions and queues a notification for each claimed, in one transaction: a
 * reminder another run claimed first is not queued again. People who left are not reminded, but
 * their occasions are claimed all the same, so that they do not come back every run.
 */
async function deliver(
  deps: EngagementDeps,
  tenantId: string,
  occasions: readonly Occasion[],
  names: ReadonlyMap<string, Label>,
  now: number,
): Promise<Occasion[]> {
  if (occasions.length === 0) return [];
  const ids = [...new Set(occasions.flatMap((o) => (o.otherId ? [o.personId, o.otherId] : [o.personId])))];
  const contacts = await deps.people.contacts(deps.db, tenantId, ids);
  return deps.db.transaction(async (tx) => {
    const claimed = await claimReminders(tx, tenantId, occasions, now);
    const queued = occasions.filter(
      (o) => claimed.has(reminderKey(o.kind, o.occasion, o.personId)) && contacts.get(o.personId)?.current,
    );
    for (const o of queued) {
      const language = contacts.get(o.personId)?.language?.toLowerCase().startsWith('it') ? 'it' : 'en';
      const programme = o.programmeId ? names.get(o.programmeId) : undefined;
      await notify(
        tx,
        tenantId,
        o.personId,
        ACTIVITY[o.kind],
        {
          ...(o.otherId ? { person: contacts.get(o.otherId)?.displayName ?? '' } : {}),
          ...(o.programmeId ? { programme: programme?.[language] ?? o.programmeId } : {}),
        },
        o.subject ?? undefined,
      );
    }
    return queued;
  });
}
