import type { Queryable } from '../../db/db.js';
import type { Invitation } from '../schemas.js';

// Invitations to mentor (the invitations table). Every statement names its tenant.

/** Holds the inviter's invitations until the transaction ends, so their checks and insert are one step. */
export async function lockInviter(tx: Queryable, tenantId: string, inviterId: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`invitations:${tenantId}:${inviterId}`]);
}

/** The invitations the inviter has sent since `since` (epoch ms), oldest first. */
export async function invitationsSince(
  q: Queryable,
  tenantId: string,
  inviterId: string,
  since: number,
): Promise<(Invitation & { createdAtMs: number })[]> {
  const rows = await q.query<{ id: string; invitee_id: string; programme_id: string; created_at: Date }>(
    `SELECT id, invitee_id, programme_id, created_at FROM invitations
     WHERE tenant_id = $1 AND inviter_id = $2 AND created_at >= $3 ORDER BY created_at`,
    [tenantId, inviterId, new Date(since)],
  );
  return rows.map((r) => ({
    id: r.id,
    personId: r.invitee_id,
    programmeId: r.programme_id,
    createdAt: r.created_at.toISOString(),
    createdAtMs: r.created_at.getTime(),
  }));
}

export async function insertInvitation(
  tx: Queryable,
  tenantId: string,
  inviterId: string,
  invitation: Invitation,
): Promise<void> {
  await tx.query(
    `INSERT INTO invitations (tenant_id, id, inviter_id, invitee_id, programme_id, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
    [tenantId, invitation.id, inviterId, invitation.personId, invitation.programmeId, invitation.createdAt],
  );
}

/** The programmes someone has invited the person to (what an invite-only programme admits). */
export async function invitedTo(q: Queryable, tenantId: string, personId: string): Promise<Set<string>> {
  const rows = await q.query<{ programme_id: string }>(
    `SELECT DISTINCT programme_id FROM invitations WHERE tenant_id = $1 AND invitee_id = $2`,
    [tenantId, personId],
  );
  return new Set(rows.map((r) => r.programme_id));
}
