import { AuthenticationHandlerOptions, type Client } from '@microsoft/microsoft-graph-client';
import { DELTA_SELECT, toDirectoryPerson, type DirectoryPerson } from './directory.js';

export interface MailboxFacts {
  /** As Outlook reports it: a Windows name, or IANA. */
  timeZone: string | null;
  workingHours: { daysOfWeek: string[]; startTime: string; endTime: string; timeZone: string | null } | null;
}

/** A person's time zone and working hours (app-only, MailboxSettings.Read). */
export async function readMailboxFacts(client: Client, userId: string): Promise<MailboxFacts> {
  return readMailboxFactsAnswer(await client.api(`/users/${userId}/mailboxSettings`).get());
}

/** The facts in a mailboxSettings answer. */
export function readMailboxFactsAnswer(answer: unknown): MailboxFacts {
  const body = answer as {
    timeZone?: string;
    workingHours?: { daysOfWeek?: string[]; startTime?: string; endTime?: string; timeZone?: { name?: string } };
  };
  const wh = body.workingHours;
  return {
    timeZone: body.timeZone ?? null,
    workingHours: wh?.startTime && wh.endTime ? { daysOfWeek: wh.daysOfWeek ?? [], startTime: wh.startTime, endTime: wh.endTime, timeZone: wh.timeZone?.name ?? null } : null,
  };
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
