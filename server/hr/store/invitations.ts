import type { Queryable } from '../../db/db.js';

// programme_invitations: HR asking people to join a programme. Every statement names its tenant.

/** Holds the programme's invitations until the transaction ends, so two batches at once cannot invite one person twice. */
export async function lockProgrammeInvitations(tx: Queryable, tenantId: string, programmeId: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
    `programme-invitations:${tenantId}:${programmeId}`,
  ]);
}

/** Of these people, those invited to the programme since `since` (epoch ms). */
export async function invitedSince(
  q: Queryable,
  tenantId: string,
  programmeId: string,
  personIds: readonly string[],
  since: number,
): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows = await q.query<{ person_id: string }>(
    `SELECT DISTINCT person_id FROM programme_invitations
     WHERE tenant_id = $1 AND programme_id = $2 AND person_id = ANY($3::uuid[]) AND created_at > $4`,
    [tenantId, programmeId, personIds, new Date(since)],
  );
  return new Set(rows.map((r) => r.person_id));
}

export async function insertProgrammeInvitations(
  tx: Queryable,
  tenantId: string,
  programmeId: string,
  invitedBy: string,
  invitations: readonly { id: string; personId: string; createdAt: string }[],
): Promise<void> {
  if (invitations.length === 0) return;
  await tx.query(
    `INSERT INTO programme_invitations (tenant_id, id, programme_id, person_id, invited_by, created_at)
     SELECT $1, i.id, $2, i.person_id, $3, i.created_at
     FROM unnest($4::uuid[], $5::uuid[], $6::timestamptz[]) AS i(id, person_id, created_at)`,
    [
      tenantId,
      programmeId,
      invitedBy,
      invitations.map((i) => i.id),
      invitations.map((i) => i.personId),
      invitations.map((i) => i.createdAt),
    ],
  );
}
