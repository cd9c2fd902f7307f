import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Db } from '../db/db.js';
import { AppError } from '../errors.js';
import type { PairsReader } from '../matching/pair-facts.js';
import { notify } from '../notify/outbox.js';
import type { PeopleReader, PersonSummary } from '../org/people.js';
import { loadProgramme } from '../programmes/programmes.js';
import { TAB_PATHS } from '../teams-app.js';
import { decideNudge } from './nudge.js';
import { reasons } from './rules.js';
import type { HealthQuery, Nudged, ProgrammeHealth } from './schemas.js';
import { programmeHealth as healthPage } from './store/health.js';
import { insertNudge, lastNudge, lockNudges } from './store/nudges.js';

export interface HealthDeps {
  db: Db;
  clock: Clock;
  people: Pick<PeopleReader, 'summaries' | 'contacts'>;
  pairs: PairsReader;
}

/** Someone the directory no longer has keeps their id and an empty name (as matching/others.ts). */
const nobody = (id: string): PersonSummary => ({
  id,
  displayName: '',
  jobTitle: null,
  department: null,
  officeLocation: null,
});

/** A page of the programme's live pairs, each labelled with its reasons (store/health.ts computes them). */
export async function programmeHealth(
  deps: Pick<HealthDeps, 'db' | 'clock' | 'people'>,
  tenantId: string,
  programmeId: string,
  query: HealthQuery,
): Promise<ProgrammeHealth> {
  await loadProgramme(deps.db, tenantId, programmeId);
  const page = await healthPage(deps.db, tenantId, programmeId, deps.clock.now(), query);
  const names = await deps.people.summaries(
    deps.db,
    tenantId,
    page.rows.flatMap((r) => [r.mentorId, r.menteeId]),
  );
  return {
    programmeId,
    counts: page.counts,
    total: page.total,
    offset: query.offset,
    limit: query.limit,
    pairs: page.rows.map((r) => ({
      id: r.id,
      status: r.status,
      createdAt: r.createdAt,
      pausedUntil: r.pausedUntil,
      mentor: names.get(r.mentorId) ?? nobody(r.mentorId),
      mentee: names.get(r.menteeId) ?? nobody(r.menteeId),
      label: r.label,
      reasons: r.label === 'needs_attention' ? reasons(r) : [],
      lastSessionAt: r.lastSessionAt,
      nudgedAt: r.nudgedAt,
    })),
  };
}

/**
 * HR nudges both people of a live pair: each gets a Teams notification naming the other and the
 * programme, in their language, that opens the pair. Once a day at most (nudge.ts); the pair's
 * nudges are locked while deciding, so two at once cannot both pass.
 */
export async function nudgePair(deps: HealthDeps, tenantId: string, hrId: string, pairId: string): Promise<Nudged> {
  return deps.db.transaction(async (tx) => {
    await lockNudges(tx, tenantId, pairId);
    const pair = (await deps.pairs.facts(tx, tenantId, [pairId])).get(pairId);
    if (!pair) throw new AppError('pair_not_found', 'No such pair in your organisation.');
    const now = deps.clock.now();
    const decision = decideNudge(pair.status, await lastNudge(tx, tenantId, pairId), now);
    if (decision.kind === 'refused') throw decision.error;
    await insertNudge(tx, tenantId, { id: randomUUID(), pairId, by: hrId, at: now });
    const programme = await loadProgramme(tx, tenantId, pair.programmeId);
    const contacts = await deps.people.contacts(tx, tenantId, [pair.mentorId, pair.menteeId]);
    for (const [to, about] of [
      [pair.mentorId, pair.menteeId],
      [pair.menteeId, pair.mentorId],
    ] as const) {
      const italian = contacts.get(to)?.language?.toLowerCase().startsWith('it') === true;
      await notify(
        tx,
        tenantId,
        to,
        'pairNudged',
        {
          person: contacts.get(about)?.displayName ?? '',
          programme: italian ? programme.names.it : programme.names.en,
        },
        TAB_PATHS.pair(pairId),
      );
    }
    return { pairId, nudgedAt: new Date(now).toISOString(), nextAt: new Date(decision.nextAt).toISOString() };
  });
}
