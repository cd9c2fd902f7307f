import type { Clock } from '../clock.js';
import type { Db } from '../db/db.js';
import type { Graph } from '../graph/facade.js';
import type { MailboxFacts } from '../graph/mailbox.js';
import type { PeopleReader } from './people.js';
import { saveMailboxFacts } from './people-store.js';

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

export function createMailboxRefresher(deps: { db: Db; graph: Graph; people: PeopleReader; clock: Clock }): MailboxRefresher {
  return {
    async refresh(tenantId, ids, maxAgeMs) {
      const now = deps.clock.now();
      const contacts = await deps.people.contacts(deps.db, tenantId, ids);
      const stale = [...contacts.values()]
        .filter((c) => c.current && (c.mailboxFetchedAt === null || now - c.mailboxFetchedAt > maxAgeMs))
        .map((c) => c.id);
      if (stale.length === 0) return new Set();
      const mailboxes = deps.graph.forTenant(tenantId).mailboxes;
      // One person is one plain read; more go in $batch envelopes.
      const facts: Map<string, MailboxFacts> =
        stale.length === 1 ? new Map([[stale[0]!, await mailboxes.readOne(stale[0]!)]]) : await mailboxes.readSettings(stale);
      await deps.db.transaction(async (tx) => {
        for (const [id, f] of facts) await saveMailboxFacts(tx, tenantId, id, f.timeZone, f.workingHours);
      });
      return new Set(facts.keys());
    },
  };
}
