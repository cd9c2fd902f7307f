import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/db.js';
import { AppError } from '../errors.js';
import type { Jobs } from '../jobs/queue.js';
import { meetingIcs } from './ics.js';
import { myCheckins, pairGoals, saveCheckin, saveGoalProgress } from './progress.js';
import * as S from './schemas.js';
import { QUEUES, SERIES_COLUMNS, toSeries, type ChangeJob } from './series.js';

export interface MeetingsOptions {
  db: Db;
  jobs: Pick<Jobs, 'send'>;
  now: () => number;
}

const err = { '4xx': { $ref: 'Error#' } } as const;
const SHOWN = 8;

interface OccRow {
  id: string;
  series_id: string;
  starts_at: Date;
  ends_at: Date;
  status: string;
  last_change?: string | null;
}

const view = (o: OccRow): S.OccurrenceView => ({ id: o.id, start: o.starts_at.toISOString(), end: o.ends_at.toISOString(), status: o.status, lastChange: o.last_change ?? null });

/** A person's meetings, and what they may do with one of them. */
export async function meetingsRoutes(api: FastifyInstance, o: MeetingsOptions): Promise<void> {
  const { db } = o;

  api.get('/api/meetings', { schema: { response: { 200: S.meetingsList, ...err } } }, async (req) => {
    const { tenantId, userId } = req.person;
    const now = new Date(o.now());
    // The latest series of each of my pairs; history comes from every series the pair had.
    const series = (await db.query<Record<string, unknown> & { track: 'mentoring' | 'reverse'; other_name: string | null }>(
      `SELECT DISTINCT ON (s.pair_id) ${SERIES_COLUMNS.split(',').map((c) => `s.${c.trim()}`).join(', ')}, p.track, o.display_name AS other_name
       FROM meeting_series s JOIN pairs p ON p.tenant_id = s.tenant_id AND p.id = s.pair_id
       LEFT JOIN people o ON o.tenant_id = s.tenant_id AND o.id = CASE WHEN s.organizer_id = $2 THEN s.attendee_id ELSE s.organizer_id END
       WHERE s.tenant_id = $1 AND (s.organizer_id = $2 OR s.attendee_id = $2)
       ORDER BY s.pair_id, s.generation DESC`,
      [tenantId, userId],
    ));
    const pairIds = series.map((s) => s.pair_id as string);
    const occ = pairIds.length === 0 ? [] : await db.query<OccRow & { pair_id: string }>(
      `SELECT o.id, o.series_id, s.pair_id, o.starts_at, o.ends_at, o.status, o.last_change FROM meeting_occurrences o
       JOIN meeting_series s ON s.tenant_id = o.tenant_id AND s.id = o.series_id
       WHERE o.tenant_id = $1 AND s.pair_id = ANY($2::uuid[]) AND o.starts_at > $3::timestamptz - interval '120 days' ORDER BY o.starts_at`,
      [tenantId, pairIds, now],
    );
    const checkins = await myCheckins(db, tenantId, userId, occ.filter((x) => x.ends_at <= now).map((x) => x.id));
    const goals = await pairGoals(db, tenantId, pairIds);
    return {
      series: series.map((r) => {
        const s = toSeries(r);
        const mine = occ.filter((x) => x.pair_id === s.pairId);
        const upcoming = mine.filter((x) => x.series_id === s.id && x.ends_at > now && x.status !== 'cancelled').slice(0, SHOWN);
        const past = mine.filter((x) => x.ends_at <= now && (x.status === 'scheduled' || x.status === 'rescheduling')).slice(-SHOWN).reverse();
        const next = upcoming.find((x) => x.status === 'scheduled' || x.status === 'rescheduling');
        return {
          id: s.id,
          pairId: s.pairId,
          track: r.track,
          role: s.organizerId === userId ? 'mentor' : 'mentee',
          other: { id: s.organizerId === userId ? s.attendeeId : s.organizerId, displayName: r.other_name ?? '' },
          status: s.status,
          cadence: s.cadence,
          durationMinutes: s.durationMinutes,
          joinUrl: s.joinUrl,
          timeZone: s.timeZone,
          problem: s.problem,
          next: next ? view(next) : null,
          upcoming: upcoming.map(view),
          past: past.map((x) => ({ ...view(x), checkin: checkins.get(x.id) ?? null })),
          goals: goals.get(s.pairId) ?? [],
        };
      }),
    };
  });

  for (const action of ['skip', 'reschedule'] as const) {
    api.post<{ Params: { seriesId: string; occurrenceId: string } }>(`/api/meetings/:seriesId/occurrences/:occurrenceId/${action}`, {
      schema: { params: S.occurrenceParams, response: { 202: S.occurrenceAnswer, ...err } },
    }, async (req, reply) => {
      const { tenantId, userId } = req.person;
      const { seriesId, occurrenceId } = req.params;
      const answer = await db.transaction(async (tx) => {
        const rows = await tx.query(`SELECT ${SERIES_COLUMNS} FROM meeting_series WHERE tenant_id = $1 AND id = $2 AND (organizer_id = $3 OR attendee_id = $3)`, [tenantId, seriesId, userId]);
        if (!rows[0]) throw new AppError('meeting_not_found', 'No such meeting.');
        if (toSeries(rows[0]).status !== 'booked') throw new AppError('series_not_booked', 'These meetings are not booked right now, so single sessions cannot be changed. Check back once they are.');
        const found = await tx.query<OccRow>(`SELECT id, series_id, starts_at, ends_at, status, last_change FROM meeting_occurrences WHERE tenant_id = $1 AND series_id = $2 AND id = $3 FOR UPDATE`, [tenantId, seriesId, occurrenceId]);
        const occ = found[0];
        if (!occ) throw new AppError('meeting_not_found', 'No such session in these meetings.');
        if (occ.starts_at.getTime() <= o.now()) throw new AppError('meeting_started', 'This session has already started or taken place.');
        if (occ.status !== 'scheduled') throw new AppError('meeting_changing', `This session is already ${occ.status}. Wait for that to finish, then try again.`);
        const status = action === 'skip' ? 'skipping' : 'rescheduling';
        await tx.query(`UPDATE meeting_occurrences SET status = $3, last_change = NULL, updated_at = now() WHERE tenant_id = $1 AND id = $2`, [tenantId, occ.id, status]);
        await o.jobs.send(tx, QUEUES.change, { tenantId, seriesId, action, occurrenceId } satisfies ChangeJob);
        return view({ ...occ, status, last_change: null });
      });
      return reply.code(202).send(answer);
    });
  }

  api.put<{ Params: { seriesId: string; occurrenceId: string }; Body: { happened: boolean; usefulness?: number | null; confidence?: number | null; note?: string | null } }>(
    '/api/meetings/:seriesId/occurrences/:occurrenceId/checkin',
    { schema: { params: S.occurrenceParams, body: S.checkinBody, response: { 200: S.checkinAnswer, ...err } } },
    async (req) => saveCheckin(db, req.person.tenantId, req.person.userId, req.params.seriesId, req.params.occurrenceId, req.body, o.now()),
  );

  api.put<{ Params: { seriesId: string }; Body: { progress: Record<string, number> } }>('/api/meetings/:seriesId/goals', {
    schema: { params: S.seriesParams, body: S.goalsBody, response: { 200: S.goalsAnswer, ...err } },
  }, async (req) => ({ goals: await saveGoalProgress(db, req.person.tenantId, req.person.userId, req.params.seriesId, req.body.progress) }));

  api.get<{ Params: { seriesId: string } }>('/api/meetings/:seriesId/next.ics', {
    schema: { params: S.seriesParams, response: { 200: { type: 'string' }, ...err } },
  }, async (req, reply) => {
    const { tenantId, userId } = req.person;
    const rows = await db.query<Record<string, unknown> & { org_name: string | null; org_mail: string | null; att_name: string | null; att_mail: string | null }>(
      `SELECT ${SERIES_COLUMNS.split(',').map((c) => `s.${c.trim()}`).join(', ')},
         a.display_name AS org_name, coalesce(a.mail, a.user_principal_name) AS org_mail, b.display_name AS att_name, coalesce(b.mail, b.user_principal_name) AS att_mail
       FROM meeting_series s
       LEFT JOIN people a ON a.tenant_id = s.tenant_id AND a.id = s.organizer_id
       LEFT JOIN people b ON b.tenant_id = s.tenant_id AND b.id = s.attendee_id
       WHERE s.tenant_id = $1 AND s.id = $2 AND (s.organizer_id = $3 OR s.attendee_id = $3)`,
      [tenantId, req.params.seriesId, userId],
    );
    if (!rows[0]) throw new AppError('meeting_not_found', 'No such meeting.');
    const s = toSeries(rows[0]);
    const r = rows[0];
    const next = (await db.query<OccRow>(
      `SELECT id, series_id, starts_at, ends_at, status FROM meeting_occurrences WHERE tenant_id = $1 AND series_id = $2 AND starts_at > $3 AND status IN ('scheduled', 'rescheduling') ORDER BY starts_at LIMIT 1`,
      [tenantId, s.id, new Date(o.now())],
    ))[0];
    if (!next) throw new AppError('no_upcoming_meeting', 'There is no upcoming session in these meetings.');
    const ics = meetingIcs({
      uid: `${next.id}@tandem`,
      sequence: 0,
      stamp: o.now(),
      start: next.starts_at.getTime(),
      end: next.ends_at.getTime(),
      summary: `Tandem: ${r.org_name ?? ''} & ${r.att_name ?? ''}`,
      description: 'Mentoring session booked by Tandem. / Sessione di mentoring prenotata da Tandem.',
      ...(s.joinUrl ? { url: s.joinUrl } : {}),
      organizer: { name: r.org_name ?? '', email: r.org_mail ?? '' },
      attendees: [{ name: r.att_name ?? '', email: r.att_mail ?? '' }],
    });
    return reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', 'attachment; filename="tandem-next-session.ics"')
      .send(ics);
  });
}
