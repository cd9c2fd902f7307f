import { createHash } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Db } from '../db/db.js';
import { AppError } from '../errors.js';
import type { Graph } from '../graph/facade.js';
import { tolerate, type WarnLog } from '../graph/tolerate.js';
import { findPerson } from './store/profiles.js';
import { loadPhoto, savePhoto, type StoredPhoto } from './store/photos.js';

// People's profile photos, read from Microsoft 365 through the Graph facade and kept in the
// database: the tab shows a photo beside every person, and Graph is asked again only once a copy
// is PHOTO_MAX_AGE_DAYS old. "No photo" is kept too, so initials cost nothing either.

export const PHOTO_MAX_AGE_DAYS = 7;
const MAX_AGE_MS = PHOTO_MAX_AGE_DAYS * 24 * 60 * 60 * 1000;

export interface PhotoDeps {
  db: Db;
  graph: Graph;
  clock: Clock;
}

/**
 * A person of the caller's organisation's photo (bytes, content type and an ETag of its bytes),
 * fresh enough. Someone else's tenant or an unknown id is person_not_found; a person without a
 * photo is photo_not_found. When Graph cannot answer, an older copy is served rather than nothing.
 */
export async function personPhoto(
  deps: PhotoDeps,
  log: WarnLog,
  tenantId: string,
  personId: string,
): Promise<NonNullable<StoredPhoto['photo']>> {
  const id = personId.toLowerCase();
  // The tenant comes from the token, never from the request: another tenant's id finds nothing.
  if (!(await findPerson(deps.db, tenantId, id)))
    throw new AppError('person_not_found', 'No such person in your organisation.');
  const now = deps.clock.now();
  let stored = await loadPhoto(deps.db, tenantId, id);
  if (!stored || now - stored.fetchedAt >= MAX_AGE_MS) {
    const read = deps.graph.forTenant(tenantId).photos.read(id);
    const fresh = stored ? await tolerate(log, 'profile photo', read, undefined) : await read;
    if (fresh !== undefined) {
      stored = {
        photo: fresh && {
          ...fresh,
          etag: `"${createHash('sha256').update(fresh.bytes).digest('base64url').slice(0, 22)}"`,
        },
        fetchedAt: now,
      };
      await savePhoto(deps.db, tenantId, id, stored);
    }
  }
  if (!stored!.photo)
    throw new AppError('photo_not_found', 'This person has no profile photo in Microsoft 365; show their initials.');
  return stored!.photo;
}
