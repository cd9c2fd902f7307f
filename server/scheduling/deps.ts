import type { Clock } from '../clock.js';
import type { Db } from '../db/db.js';
import type { Graph } from '../graph/facade.js';
import type { Jobs } from '../jobs/queue.js';
import type { PairsReader } from '../matching/pair-facts.js';
import type { MailboxRefresher } from '../org/mailboxes.js';
import type { PeopleReader } from '../org/people.js';

/** What scheduling works with; compose.ts builds each once. Functions take the part they use (Pick<>). */
export interface SchedulingDeps {
  db: Db;
  clock: Clock;
  graph: Graph;
  jobs: Pick<Jobs, 'send'>;
  /** Names, addresses, languages and working hours of the people met (org's reader). */
  people: PeopleReader;
  /** Programme, status, people, goals and cadence of the pairs that meet (matching's reader). */
  pairs: PairsReader;
  /** Keeps people's mailbox facts (zone, working hours) fresh from Graph. */
  mailboxes: MailboxRefresher;
  /** A deep link into the tab at one of its routes (`meetings/<seriesId>`), written into invitations. */
  tabLink: (path: string) => string;
}
