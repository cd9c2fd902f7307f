import type { Queryable } from '../../db/db.js';
import { readWorkingHours, type OutlookWorkingHours, type ZoneFallback } from '../../time/outlook-hours.js';
import type { WeeklyHours } from '../../time/weekly-hours.js';
import { readZone } from '../../time/zones.js';
import type { Contact, MatchingFacts, PeopleReader, Placement } from '../people.js';
import { buildOrgIndex, type OrgIndex } from '../tree.js';
import { loadOrg } from './placements.js';
import { summary, type SummaryRow } from './profiles.js';

export interface PeopleReaderOptions {
  /** Told each time a person's working hours needed another zone than their own (time/outlook-hours.ts). */
  onZoneFallback: (fallback: ZoneFallback & { tenantId: string; personId: string }) => void;
}

interface HoursRow {
  id: string;
  office_location: string | null;
  time_zone: string | null;
  working_hours: OutlookWorkingHours | null;
}

interface ContactRow extends HoursRow {
  display_name: string | null;
  mail: string | null;
  user_principal_name: string | null;
  preferred_language: string | null;
  mailbox_fetched_at: Date | null;
  removed_at: Date | null;
}

interface FactsRow extends HoursRow {
  manager_id: string | null;
  level: number;
  department: string | null;
  hire_date: string | null;
}

/** The people reader over the people table (org/people.ts says what each method promises). */
export function createPeopleReader({ onZoneFallback }: PeopleReaderOptions): PeopleReader {
  // The org index is rebuilt only when a sync has changed the organisation: it is the costly part
  // (the whole tenant), and the same for every request until the next sync.
  const indexes = new Map<string, { version: string; index: OrgIndex }>();

  /**
   * Working hours as WeeklyHours. A zone Outlook gave that cannot be read falls back to the
   * mailbox's, then to the office's: the zone most of the person's office colleagues have,
   * asked of the database only when someone needs it.
   */
  async function hoursOf(
    q: Queryable,
    tenantId: string,
    rows: readonly HoursRow[],
  ): Promise<Map<string, WeeklyHours | null>> {
    let offices: Map<string, string> | undefined;
    const out = new Map<string, WeeklyHours | null>();
    for (const r of rows) {
      let fallback: ZoneFallback | undefined;
      const log = (f: ZoneFallback) => void (fallback = f);
      let read = readWorkingHours(r.working_hours, { mailboxZone: r.time_zone, log });
      if (!read && r.working_hours && r.office_location) {
        offices ??= await officeZones(q, tenantId);
        const officeZone = offices.get(r.office_location) ?? null;
        read = readWorkingHours(r.working_hours, { mailboxZone: r.time_zone, officeZone, log });
      }
      if (fallback) onZoneFallback({ ...fallback, tenantId, personId: r.id });
      out.set(r.id, read?.hours ?? null);
    }
    return out;
  }

  return {
    async summaries(q, tenantId, ids) {
      if (ids.length === 0) return new Map();
      const rows = await q.query<SummaryRow>(
        `SELECT id, display_name, job_title, department, office_location
         FROM people WHERE tenant_id = $1 AND id = ANY($2::uuid[])`,
        [tenantId, [...new Set(ids)]],
      );
      return new Map(rows.map((r) => [r.id, summary(r)]));
    },

    async contacts(q, tenantId, ids) {
      if (ids.length === 0) return new Map();
      const rows = await q.query<ContactRow>(
        `SELECT id, display_name, mail, user_principal_name, preferred_language, office_location, time_zone,
                working_hours, mailbox_fetched_at, removed_at
         FROM people WHERE tenant_id = $1 AND id = ANY($2::uuid[])`,
        [tenantId, [...new Set(ids)]],
      );
      const hours = await hoursOf(
        q,
        tenantId,
        rows.filter((r) => r.removed_at === null),
      );
      return new Map(
        rows.map((r): [string, Contact] => [
          r.id,
          {
            id: r.id,
            displayName: r.display_name ?? '',
            address: r.mail ?? r.user_principal_name,
            language: r.preferred_language,
            hours: hours.get(r.id) ?? null,
            mailboxZone: readZone(r.time_zone) ?? null,
            mailboxFetchedAt: r.mailbox_fetched_at ? r.mailbox_fetched_at.getTime() : null,
            current: r.removed_at === null,
          },
        ]),
      );
    },

    async placement(q, tenantId, id) {
      const rows = await q.query<{
        level: number | null;
        preferred_language: string | null;
        mailbox_fetched_at: Date | null;
        department: string | null;
        office_location: string | null;
        country: string | null;
      }>(
        `SELECT level, preferred_language, mailbox_fetched_at, department, office_location, country FROM people
         WHERE tenant_id = $1 AND id = $2 AND removed_at IS NULL`,
        [tenantId, id],
      );
      const r = rows[0];
      if (!r) return undefined;
      const placement: Placement = {
        level: r.level,
        preferredLanguage: r.preferred_language,
        mailboxFetchedAt: r.mailbox_fetched_at?.getTime() ?? null,
        department: r.department,
        officeLocation: r.office_location,
        country: r.country,
      };
      return placement;
    },

    async matchingFacts(q, tenantId, ids) {
      if (ids.length === 0) return new Map();
      const rows = await q.query<FactsRow>(
        `SELECT id, manager_id, level, department, office_location, hire_date, time_zone, working_hours
         FROM people WHERE tenant_id = $1 AND id = ANY($2::uuid[]) AND removed_at IS NULL AND level IS NOT NULL`,
        [tenantId, [...new Set(ids)]],
      );
      const hours = await hoursOf(q, tenantId, rows);
      return new Map(
        rows.map((r): [string, MatchingFacts] => [
          r.id,
          {
            id: r.id,
            managerId: r.manager_id,
            level: r.level,
            department: r.department,
            officeLocation: r.office_location,
            hireDate: r.hire_date,
            hours: hours.get(r.id) ?? null,
          },
        ]),
      );
    },

    async orgIndex(q, tenantId) {
      const v = await q.query<{ version: string }>(
        `SELECT coalesce(max(updated_at)::text, '') || ':' || count(*)::text AS version
         FROM people WHERE tenant_id = $1`,
        [tenantId],
      );
      const version = v[0]?.version ?? '';
      const cached = indexes.get(tenantId);
      if (cached?.version === version) return cached.index;
      const index = buildOrgIndex(await loadOrg(q, tenantId));
      indexes.set(tenantId, { version, index });
      return index;
    },
  };
}

/** Each office's most common mailbox zone among the people there who have one. */
async function officeZones(q: Queryable, tenantId: string): Promise<Map<string, string>> {
  const rows = await q.query<{ office_location: string; zone: string }>(
    `SELECT office_location, mode() WITHIN GROUP (ORDER BY time_zone) AS zone
     FROM people
     WHERE tenant_id = $1 AND removed_at IS NULL AND office_location IS NOT NULL AND time_zone IS NOT NULL
     GROUP BY office_location`,
    [tenantId],
  );
  return new Map(rows.map((r) => [r.office_location, r.zone]));
}
