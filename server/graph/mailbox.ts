import { AuthenticationHandlerOptions, type Client } from '@microsoft/microsoft-graph-client';
import { readZone } from '../time/zones.js';
import { DELTA_SELECT, toDirectoryPerson, type DirectoryPerson } from './directory.js';

/**
 * Outlook's working hours with their zone read once, here where Graph's answer is read: a Windows
 * name, an IANA name or a customTimeZone object becomes Tandem's zone (server/time/zones.ts), or
 * null when nothing can be read from it. server/time/outlook-hours.ts turns this into WeeklyHours,
 * falling back to the mailbox's and the office's zone.
 */
export interface OutlookHours {
  daysOfWeek: string[];
  /** "HH:MM:SS.fffffff" as Outlook writes it. */
  startTime: string;
  endTime: string;
  timeZone: string | null;
}

export interface MailboxFacts {
  /** The mailbox's zone, read into Tandem's zone; null when unreadable (a custom zone is only "Customized Time Zone" here). */
  timeZone: string | null;
  workingHours: OutlookHours | null;
}

/** Outlook's workingHours (mailbox settings or a getSchedule answer) with its zone read. */
export function readOutlookHours(
  wh: { daysOfWeek?: string[]; startTime?: string; endTime?: string; timeZone?: unknown } | undefined,
): OutlookHours | null {
  if (!wh?.startTime || !wh.endTime) return null;
  return {
    daysOfWeek: wh.daysOfWeek ?? [],
    startTime: wh.startTime,
    endTime: wh.endTime,
    timeZone: readZone(wh.timeZone) ?? null,
  };
}

/** A person's time zone and working hours (app-only, MailboxSettings.Read). */
export async function readMailboxFacts(client: Client, userId: string): Promise<MailboxFacts> {
  return readMailboxFactsAnswer(await client.api(`/users/${userId}/mailboxSettings`).get());
}

/** The facts in a mailboxSettings answer. */
export function readMailboxFactsAnswer(answer: unknown): MailboxFacts {
  const body = answer as {
    timeZone?: string;
    workingHours?: { daysOfWeek?: string[]; startTime?: string; endTime?: string; timeZone?: unknown };
  };
  return { timeZone: readZone(body.timeZone) ?? null, workingHours: readOutlookHours(body.workingHours) };
}

/**
 * The signed-in person's own directory entry, read on their behalf (User.Read): with the client's
 * own token, or with `token` (a delegated one) on a connection shared by everyone's requests.
 */
export async function readMe(client: Client, token?: string): Promise<DirectoryPerson> {
  const select = DELTA_SELECT.filter((p) => p !== 'manager').join(',');
  const request = client.api('/me').query({ $select: select, $expand: 'manager($levels=1;$select=id)' });
  if (token !== undefined) {
    request.middlewareOptions([new AuthenticationHandlerOptions({ getAccessToken: async () => token })]);
  }
  const me = (await request.get()) as Record<string, unknown> & { manager?: { id?: string } };
  return toDirectoryPerson(me, me.manager?.id ? me.manager.id.toLowerCase() : null);
}

/** The skills a person lists in their profile (a single-user property, FACTS 1.1); [] when none. */
export async function readSkills(client: Client, userId: string): Promise<string[]> {
  const body = (await client.api(`/users/${userId}`).select('skills').get()) as { skills?: unknown };
  return Array.isArray(body.skills) ? body.skills.filter((s): s is string => typeof s === 'string') : [];
}
