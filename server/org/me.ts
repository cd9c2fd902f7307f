import { ADMIN_ROLE, type Person } from '../auth/verify.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/db.js';
import type { Graph } from '../graph/facade.js';
import { tolerate, type WarnLog } from '../graph/tolerate.js';
import { ianaFor, readZone } from '../time/zones.js';
import type { MailboxRefresher } from './mailboxes.js';
import type { PeopleReader } from './people.js';
import type { Me } from './schemas.js';
import { applyChanges } from './store/directory-copy.js';
import { findProfile, type Profile } from './store/profiles.js';
import { ensureTenant } from './store/tenants.js';

export interface MeDeps {
  db: Db;
  graph: Graph;
  people: PeopleReader;
  mailboxes: MailboxRefresher;
  clock: Clock;
}

/** How old a person's mailbox facts may be when they open Tandem. */
const MAILBOX_TTL_MS = 24 * 3600_000;

/**
 * The signed-in person as Tandem knows them. Someone new since the last sync is read from their
 * own directory entry on their behalf (`assertion`: their token), so they can start now; the next
 * sync places them in the organisation. Their mailbox facts are refreshed when stale, and a
 * failure to do so only costs the zone (logged on `log`).
 */
export async function whoIsAsking(deps: MeDeps, person: Person, assertion: string, log: WarnLog): Promise<Me> {
  const { db } = deps;
  const { tenantId, userId } = person;
  await ensureTenant(db, tenantId);
  let profile = await findProfile(db, tenantId, userId);
  if (!profile) {
    const entry = await deps.graph.asPerson(person, assertion).me();
    if (entry.id === userId) {
      await db.transaction((tx) => applyChanges(tx, tenantId, [{ kind: 'upsert', person: entry }], null));
    }
  }
  const refresh = deps.mailboxes.refresh(tenantId, [userId], MAILBOX_TTL_MS);
  const refreshed = await tolerate(log, 'mailbox settings', refresh, new Set<string>());
  if (!profile || refreshed.has(userId)) profile = await findProfile(db, tenantId, userId);

  return {
    tenantId,
    id: userId,
    displayName: profile?.displayName || person.name,
    userPrincipalName: profile?.userPrincipalName ?? person.username,
    jobTitle: profile?.jobTitle ?? null,
    department: profile?.department ?? null,
    officeLocation: profile?.officeLocation ?? null,
    preferredLanguage: profile?.preferredLanguage ?? null,
    timeZone: profile ? await timeZoneOf(deps, tenantId, profile) : null,
    manager: profile?.manager ?? null,
    level: profile?.level != null ? { value: profile.level, reasons: profile.levelReasons } : null,
    roles: person.roles,
    isAdmin: person.roles.includes(ADMIN_ROLE),
    isManager: (profile?.directReports ?? 0) > 0,
    synced: profile?.level != null,
  };
}

/**
 * An IANA name the tab can show times in: the mailbox's zone, else the zone the person's working
 * hours are read in (the people reader falls back to the office's); a custom Outlook zone, kept
 * as a rule, becomes the IANA zone with its offsets now. Null when none is known.
 */
async function timeZoneOf(deps: MeDeps, tenantId: string, profile: Profile): Promise<string | null> {
  const at = deps.clock.now();
  let zone = readZone(profile.timeZone, at);
  if (!zone) {
    const contact = (await deps.people.contacts(deps.db, tenantId, [profile.id])).get(profile.id);
    zone = contact?.hours?.timeZone;
  }
  return zone ? ianaFor(zone, at) : null;
}
