import type { Person } from '../auth/verify.js';
import type { Interval } from '../time/ranges.js';
import { sendActivityNotifications, type ActivityNotification } from './activity.js';
import {
  cancelEvent,
  changeOccurrences,
  createSeries,
  endSeriesAfter,
  findSeriesByTransaction,
  moveOccurrence,
  readMailboxSettings,
  readSchedules,
  readSeriesStates,
  type Created,
  type NewSeries,
  type OccurrenceChange,
  type Schedule,
  type SeriesRecurrence,
  type SeriesState,
} from './calendar.js';
import { createGraphConnection, graphReachable, type GraphConnection } from './client.js';
import { initialDeltaUrl, readDeltaPage, type DirectoryPage, type DirectoryPerson } from './directory.js';
import { tokenFailure, toTandemError, type GraphCall } from './errors.js';
import { readMailboxFacts, readMe, readSkills, type MailboxFacts } from './mailbox.js';
import { readPhoto, type Photo } from './photos.js';

// The one door to Microsoft Graph (STYLE: a factory, like cal.com's Office 365 calendar service):
// domains get a tenant's Graph, or a person's, and see only Tandem's types and Tandem's errors.
// The SDK and its types stay in this folder.

export interface GraphOptions {
  /** https origin of Graph: https://graph.microsoft.com, or the sandbox tenant's. */
  endpoint: string;
  /** An app-only token for Graph in this tenant (client credentials), fresh or from a cache. */
  appToken: (tenantId: string) => Promise<string>;
  /**
   * A delegated token for Graph on the person's behalf (on-behalf-of their SSO token). Its own
   * errors (consent, sign-in) are Tandem's already and reach the caller unchanged.
   */
  delegatedToken?: (person: Person, assertion: string, scopes: string[]) => Promise<string>;
  /** Retries of a 429/503/504 answer, each after its Retry-After; default 8. */
  maxRetries?: number;
  /** Gives up on an attempt that has had no answer after this long; default 60 s. */
  timeoutMs?: number;
}

/** The organisation's directory, read in delta rounds (FACTS 1.3). */
export interface Directory {
  /** Where a full round starts. */
  initialDeltaUrl(): string;
  /** One page of a round; throws DeltaExpired when the saved link is no longer valid. */
  readDeltaPage(url: string, fullRound: boolean): Promise<DirectoryPage>;
}

/** Mailbox settings and profile facts, read as the app. */
export interface Mailboxes {
  /** Time zone and working hours of many people, batched; people whose settings cannot be read are absent. */
  readSettings(ids: readonly string[]): Promise<Map<string, MailboxFacts>>;
  /** One person's time zone and working hours. */
  readOne(id: string): Promise<MailboxFacts>;
  /** The skills a person lists in their profile; [] when none. */
  readSkills(id: string): Promise<string[]>;
}

/** Outlook calendars: free/busy, and the series Tandem books into organizers' calendars. */
export interface Calendar {
  /** Free/busy of many people over `window` (< 62 days), keyed by lower-cased address; 100 per call. */
  readSchedules(people: readonly { id: string; address: string }[], window: Interval): Promise<Map<string, Schedule>>;
  /** Creates each series (safe to repeat: each carries its transactionId); one outcome per series, in order. */
  createSeries(series: readonly NewSeries[]): Promise<Created[]>;
  /** How each series stands in its organizer's calendar, with its instances in `window`. */
  readSeriesStates(
    series: readonly { organizerId: string; eventId: string; attendeeAddress: string }[],
    window: Interval,
  ): Promise<SeriesState[]>;
  /** Cancels a meeting or one occurrence as its organizer; already gone counts as done. */
  cancelEvent(organizerId: string, eventId: string, comment: string): Promise<void>;
  /** Ends a series after `lastDate` (YYYY-MM-DD, organizer's zone); past sessions stay. */
  endSeriesAfter(organizerId: string, eventId: string, recurrence: SeriesRecurrence, lastDate: string): Promise<void>;
  /** Moves one occurrence to `slot`; `code` says why Outlook refused. */
  moveOccurrence(organizerId: string, eventId: string, slot: Interval): Promise<{ ok: boolean; code: string | null }>;
  /** The series created with `transactionId`, looked for `around` its planned first start; null if none. */
  findSeriesByTransaction(organizerId: string, transactionId: string, around: Interval): Promise<string | null>;
  /** Moves or cancels single occurrences of new series; how many changes Outlook took. */
  changeOccurrences(
    series: readonly { organizerId: string; eventId: string; changes: readonly OccurrenceChange[] }[],
  ): Promise<number>;
}

/** People's profile photos, read as the app. */
export interface Photos {
  /** A person's photo (bytes and content type); null when they have none. */
  read(id: string): Promise<Photo | null>;
}

/** The Teams activity feed. */
export interface Activity {
  /** Sends the notifications; for each, in order, whether Teams took it. */
  send(notifications: readonly ActivityNotification[]): Promise<boolean[]>;
}

/** Graph for one tenant, as the app itself (app-only permissions), over one connection made once. */
export interface TenantGraph {
  directory: Directory;
  mailboxes: Mailboxes;
  calendar: Calendar;
  photos: Photos;
  activity: Activity;
  /** Requests sent to the network so far for this tenant, retries included. */
  requests(): number;
  /** Resolves when Graph answers a minimal directory read with the app's credentials. */
  reachable(): Promise<void>;
}

/** Graph as the signed-in person (delegated, on-behalf-of), for what only they may read. */
export interface PersonGraph {
  /** Their own directory entry (User.Read). */
  me(): Promise<DirectoryPerson>;
}

export interface Graph {
  forTenant(tenantId: string): TenantGraph;
  asPerson(person: Person, assertion: string): PersonGraph;
}

const USER_READ = ['https://graph.microsoft.com/User.Read'];

/**
 * Every method answers in Tandem's types and fails with Tandem's errors (server/graph/errors.ts):
 * graph_throttled, graph_unavailable, consent_required on a person's behalf. DeltaExpired passes.
 */
export function createGraph({
  endpoint,
  appToken,
  delegatedToken,
  maxRetries = 8,
  timeoutMs = 60_000,
}: GraphOptions): Graph {
  const tenants = new Map<string, TenantGraph>();
  // One connection for everyone's delegated calls: each request carries its person's token.
  let delegated: GraphConnection | undefined;

  const forTenant = (tenantId: string): TenantGraph => {
    let graph = tenants.get(tenantId);
    if (!graph) {
      const connection = createGraphConnection({
        endpoint,
        maxRetries,
        timeoutMs,
        getToken: async () => {
          try {
            return await appToken(tenantId);
          } catch (err) {
            throw tokenFailure(err);
          }
        },
      });
      graph = tenantGraph(connection);
      tenants.set(tenantId, graph);
    }
    return graph;
  };

  const asPerson = (person: Person, assertion: string): PersonGraph => ({
    me: async () => {
      if (!delegatedToken) throw new Error('createGraph: no delegatedToken was configured');
      // The token first, outside the SDK: a refused exchange reaches the caller as Tandem's error.
      const token = await delegatedToken(person, assertion, USER_READ);
      delegated ??= createGraphConnection({
        endpoint,
        maxRetries,
        timeoutMs,
        getToken: () => Promise.reject(new Error('no delegated token')),
      });
      return translated(() => readMe(delegated!.client, token), { delegatedScopes: USER_READ });
    },
  });

  return { forTenant, asPerson };
}

function tenantGraph(connection: GraphConnection): TenantGraph {
  const { client } = connection;
  return {
    directory: {
      initialDeltaUrl,
      readDeltaPage: (url, fullRound) => translated(() => readDeltaPage(client, url, fullRound)),
    },
    mailboxes: {
      readSettings: (ids) => translated(() => readMailboxSettings(client, ids)),
      readOne: (id) => translated(() => readMailboxFacts(client, id)),
      readSkills: (id) => translated(() => readSkills(client, id)),
    },
    calendar: {
      readSchedules: (people, window) => translated(() => readSchedules(client, people, window.start, window.end)),
      createSeries: (series) => translated(() => createSeries(client, series)),
      readSeriesStates: (series, window) =>
        translated(() => readSeriesStates(client, series, window.start, window.end)),
      cancelEvent: (organizerId, eventId, comment) =>
        translated(() => cancelEvent(client, organizerId, eventId, comment)),
      endSeriesAfter: (organizerId, eventId, recurrence, lastDate) =>
        translated(() => endSeriesAfter(client, organizerId, eventId, recurrence, lastDate)),
      moveOccurrence: (organizerId, eventId, slot) =>
        translated(() => moveOccurrence(client, organizerId, eventId, slot)),
      findSeriesByTransaction: (organizerId, transactionId, around) =>
        translated(() => findSeriesByTransaction(client, organizerId, transactionId, around)),
      changeOccurrences: (series) => translated(() => changeOccurrences(client, series)),
    },
    photos: {
      read: (id) => translated(() => readPhoto(client, id)),
    },
    activity: {
      send: (notifications) => translated(() => sendActivityNotifications(client, notifications)),
    },
    requests: connection.requests,
    reachable: () => translated(async () => void (await graphReachable(client))),
  };
}

async function translated<T>(work: () => Promise<T>, call: GraphCall = {}): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw toTandemError(err, call);
  }
}
