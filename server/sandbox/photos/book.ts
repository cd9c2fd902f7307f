import { hash32 } from '../calendar/hash.js';
import type { SandboxUser } from '../org/model.js';
import { drawAvatar } from './avatar.js';

/**
 * Who has a profile photo in the sandbox tenant, and the photo. Most people have one; about one
 * in six has not, and of the demo personas the intern has none (new, not uploaded one yet), so a
 * demo shows initials too. A control route may add, change or take away someone's photo.
 */
export class PhotoBook {
  /** People whose photo was set or taken away after start, with their photo's version. */
  private readonly changed = new Map<string, { present: boolean; version: number }>();
  private readonly drawn = new Map<string, Buffer>();

  /** The person's photo as PNG bytes, or null when they have none. */
  photoOf(user: SandboxUser): Buffer | null {
    const change = this.changed.get(user.id);
    if (change ? !change.present : !hasPhotoAtStart(user)) return null;
    const version = change?.version ?? 0;
    const key = `${user.id}|${version}`;
    let bytes = this.drawn.get(key);
    if (!bytes) this.drawn.set(key, (bytes = drawAvatar(user.id, version)));
    return bytes;
  }

  /** Gives the person a new photo (a different picture from any before), or takes theirs away. */
  set(userId: string, present: boolean): void {
    const version = (this.changed.get(userId)?.version ?? 0) + 1;
    this.changed.set(userId, { present, version });
  }
}

/** Whether the generated organisation gives the person a photo: decided by their id, so by the seed. */
export function hasPhotoAtStart(user: Pick<SandboxUser, 'id' | 'persona'>): boolean {
  if (user.persona !== null) return user.persona !== 'intern';
  return hash32(user.id, 'photo') % 6 !== 0;
}
