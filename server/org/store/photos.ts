import type { Queryable } from '../../db/db.js';

// Profile photos copied from Microsoft 365 (the people_photos table), "no photo" included. Every
// statement names its tenant.

export interface StoredPhoto {
  /** Null: the person has no photo. */
  photo: { bytes: Buffer; contentType: string; etag: string } | null;
  fetchedAt: number;
}

export async function loadPhoto(q: Queryable, tenantId: string, personId: string): Promise<StoredPhoto | undefined> {
  const rows = await q.query<{
    bytes: Uint8Array | null;
    content_type: string | null;
    etag: string | null;
    fetched_at: Date;
  }>(`SELECT bytes, content_type, etag, fetched_at FROM people_photos WHERE tenant_id = $1 AND person_id = $2`, [
    tenantId,
    personId,
  ]);
  const r = rows[0];
  if (!r) return undefined;
  return {
    photo:
      r.bytes && r.content_type && r.etag
        ? { bytes: Buffer.from(r.bytes), contentType: r.content_type, etag: r.etag }
        : null,
    fetchedAt: r.fetched_at.getTime(),
  };
}

export async function savePhoto(q: Queryable, tenantId: string, personId: string, stored: StoredPhoto): Promise<void> {
  const p = stored.photo;
  await q.query(
    `INSERT INTO people_photos (tenant_id, person_id, content_type, bytes, etag, fetched_at)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (tenant_id, person_id) DO UPDATE
       SET content_type = EXCLUDED.content_type, bytes = EXCLUDED.bytes, etag = EXCLUDED.etag, fetched_at = EXCLUDED.fetched_at`,
    [tenantId, personId, p?.contentType ?? null, p?.bytes ?? null, p?.etag ?? null, new Date(stored.fetchedAt)],
  );
}
