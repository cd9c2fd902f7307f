import { randomUUID } from 'node:crypto';
import { appGraphToken, createMsalClients } from './auth/msal.js';
import { createOboTokens } from './auth/obo.js';
import { createTokenVerifier, type Person } from './auth/verify.js';
import { systemClock, type Clock } from './clock.js';
import type { IdentityConfig } from './config.js';
import type { Db } from './db/db.js';
import { createGraph, type Graph } from './graph/facade.js';
import { startJobs, type Jobs } from './jobs/queue.js';
import type { PairsReader } from './matching/pair-facts.js';
import type { PairChanged } from './matching/pairs.js';
import { matchingQueues } from './matching/workers.js';
import { pairsReader } from './matching/store/pair-facts.js';
import { reviewPairs } from './matching/review.js';
import { createMailboxRefresher, type MailboxRefresher } from './org/mailboxes.js';
import type { PeopleReader } from './org/people.js';
import { listTenants } from './org/store/tenants.js';
import { createPeopleReader } from './org/store/people-reader.js';
import { pairChanged as pairMeetings } from './scheduling/series.js';
import { schedulingQueues } from './scheduling/workers.js';
import { engagementQueues } from './engagement/workers.js';
import { tabDeepLink } from './teams-app.js';

// Builds the services once, for the app and for tests alike: the clock, token validation, the
// Graph connections, the job queue, and the few places where one domain's change is another's
// work. app.ts only registers routes over these.

export interface ComposeOptions {
  db: Db;
  identity: IdentityConfig;
  /** The clock of every decision; the system clock by default, a hand-moved one in tests. */
  clock?: Clock;
  /** How long a job may run before another process takes it over, and how often that is checked. */
  jobTimeouts?: { expireSeconds: number; sweepSeconds: number };
  /** Where failures nobody awaits go (the job queue's, the notification sender's). */
  onError: (err: unknown, what: string) => void;
  /** Where what is worth knowing but not failing goes (a zone that had to fall back). */
  warn: (fields: object, message: string) => void;
}

export interface Services {
  db: Db;
  clock: Clock;
  identity: IdentityConfig;
  verifyToken: (token: string) => Promise<Person>;
  /** Microsoft Graph: a tenant's as the app (one connection per tenant), or a person's on their behalf. */
  graph: Graph;
  /** Org's people, as other domains may read them. */
  people: PeopleReader;
  /** Matching's pairs, as other domains (scheduling) may read them. */
  pairs: PairsReader;
  /** Keeps people's mailbox facts (zone, working hours) fresh from Graph. */
  mailboxes: MailboxRefresher;
  /** Resolves when Graph answers the home tenant's app (multi-tenant installations check per tenant). */
  graphCheck: () => Promise<unknown>;
  jobs: Jobs;
  /** The tenants to keep in sync: the configured ones, or every tenant that has used Tandem. */
  tenants: () => Promise<string[]>;
  /** The one configured tenant, if there is exactly one. */
  homeTenant: string | undefined;
  /** Identifies this process in leases (org sync). */
  owner: string;
  /** A pair's status changed: its meetings are booked or cancelled, in the change's transaction. */
  pairChanged: PairChanged;
  /** After each org sync: live pairs the new organisation breaks are ended. */
  afterOrgSync: (tenantId: string) => Promise<void>;
  /** A deep link into the tab at one of its routes, written into meeting invitations. */
  tabLink: (path: string) => string;
  /** Stops what compose started (the job queue); the app calls it before the database closes. */
  stop: () => Promise<void>;
}

/** Microsoft Graph as Tandem reaches it: app-only tokens from msal-node, and on-behalf-of for a person. */
export function composeGraph(identity: IdentityConfig): Graph {
  const msal = createMsalClients(identity);
  return createGraph({
    endpoint: identity.graphEndpoint,
    appToken: (tenantId) => appGraphToken(msal, tenantId),
    delegatedToken: createOboTokens(msal),
  });
}

export async function compose(o: ComposeOptions): Promise<Services> {
  const { db, identity } = o;
  const clock = o.clock ?? systemClock;
  const expireSeconds = o.jobTimeouts?.expireSeconds;
  const jobs = await startJobs(
    db,
    [...schedulingQueues(expireSeconds), ...matchingQueues(expireSeconds), ...engagementQueues(expireSeconds)],
    {
      onError: (err) => o.onError(err, 'job queue'),
      ...(o.jobTimeouts ? { maintenanceSeconds: o.jobTimeouts.sweepSeconds } : {}),
    },
  );

  const graph = composeGraph(identity);
  const people = createPeopleReader({
    onZoneFallback: (fallback) => o.warn(fallback, 'working hours zone unreadable: using another'),
  });
  const homeTenant = identity.tenants === 'any' ? undefined : identity.tenants[0];
  const pairChanged: PairChanged = (tx, tenantId, pair) =>
    pairMeetings({ jobs, pairs: pairsReader }, tx, tenantId, pair);

  return {
    db,
    clock,
    identity,
    verifyToken: createTokenVerifier(identity, clock),
    graph,
    people,
    mailboxes: createMailboxRefresher({ db, graph, clock }),
    pairs: pairsReader,
    graphCheck: () =>
      homeTenant
        ? graph.forTenant(homeTenant).reachable()
        : Promise.reject(new Error('multi-tenant: checked per tenant')),
    jobs,
    tenants: async () => (identity.tenants === 'any' ? listTenants(db) : identity.tenants),
    homeTenant,
    owner: `${process.pid}-${randomUUID().slice(0, 8)}`,
    pairChanged,
    afterOrgSync: async (tenantId) => {
      await reviewPairs({ db, clock, people, pairChanged }, tenantId);
    },
    tabLink: tabDeepLink,
    stop: () => jobs.stop(),
  };
}
