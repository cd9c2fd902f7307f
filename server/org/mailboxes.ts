import type { Clock } from '../clock.js';
import type { Db } from '../db/db.js';
import type { Graph } from '../graph/facade.js';
import type { MailboxFacts } from '../graph/mailbox.js';
import { mailboxAges, saveMailboxFacts } from './store/mailbox-facts.js';

/**
 * People's mailbox facts (time zone, working hours) are copied from Graph on demand, not by org
 * sync (mailboxSettings is not in /users, FACTS 1.4): whoever needs them fresh asks here.
 */
export interface MailboxRefresher {
  /**
   * Reads from Graph the mailbox settings of those of `ids` (current people) whose copy is older
   * than `maxAgeMs` or was never read, and saves them; answers who was refreshed. Graph's
   * failures are Tandem's errors (graph/errors.ts): a caller that can do without wraps it in
   * graph/tolerate.ts.
   */
  refresh(tenantId: string, ids: readonly string[], maxAgeMs: number): Promise<Set<string>>;
}

export interface MailboxRefresherDeps {
  db: Db;
  graph: Graph;
  clock: Clock;
}

export function createMailboxRefresher({ db, graph, clock }: MailboxRefresherDeps): MailboxRefresher {
  return {
    async refresh(tenantId, ids, maxAgeMs) {
      const now = clock.now();
      const ages = await mailboxAges(db, tenantId, ids);
      const stale = [...ages]
        .filter(([, fetchedAt]) => fetchedAt === null || now - fetchedAt > maxAgeMs)
        .map(([id]) => id);
      if (stale.length === 0) return new Set();
      const mailboxes = graph.forTenant(tenantId).mailboxes;
      // One person is one plain read; more go in $batch envelopes.
      const facts: Map<string, MailboxFacts> =
        stale.length === 1
          ? new Map([[stale[0]!, await mailboxes.readOne(stale[0]!)]])
          : await mailboxes.readSettings(stale);
      await db.transaction(async (tx) => {
        for (const [id, f] of facts) await saveMailboxFacts(tx, tenantId, id, f.timeZone, f.workingHours);
      });
      return new Set(facts.keys());
    },
  };
}
