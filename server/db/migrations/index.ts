import { sql as tenants } from './001-tenants.js';
import { sql as people } from './002-people.js';
import { sql as matching } from './003-matching.js';
import { sql as scheduling } from './004-scheduling.js';
import { sql as checkins } from './005-checkins.js';
import { sql as occurrenceOutcome } from './006-occurrence-outcome.js';
import { sql as issue11 } from './007-links-pauses-invitations-photos.js';
import { sql as programmes } from './008-programmes.js';
import { sql as surveysReminders } from './009-surveys-reminders.js';
import { sql as outcomes } from './010-outcomes.js';
import { sql as hrHealth } from './011-hr-health.js';
import { sql as roundPreviews } from './012-round-previews.js';

export interface Migration {
  /** Applied in ascending order; never renumber or edit one that has shipped. */
  version: number;
  name: string;
  /**
   * Several statements allowed; runs in one transaction with its schema_migrations row, so no
   * BEGIN/COMMIT and nothing that refuses a transaction (CREATE INDEX CONCURRENTLY).
   */
  sql: string;
}

// SQL lives in TypeScript modules so that `tsc` carries it into dist/ with no copy step.
export const migrations: readonly Migration[] = [
  { version: 1, name: 'tenants', sql: tenants },
  { version: 2, name: 'people', sql: people },
  { version: 3, name: 'matching', sql: matching },
  { version: 4, name: 'scheduling', sql: scheduling },
  { version: 5, name: 'checkins', sql: checkins },
  { version: 6, name: 'occurrence-outcome', sql: occurrenceOutcome },
  { version: 7, name: 'links-pauses-invitations-photos', sql: issue11 },
  { version: 8, name: 'programmes', sql: programmes },
  { version: 9, name: 'surveys-reminders', sql: surveysReminders },
  { version: 10, name: 'outcomes', sql: outcomes },
  { version: 11, name: 'hr-health', sql: hrHealth },
  { version: 12, name: 'round-previews', sql: roundPreviews },
];
