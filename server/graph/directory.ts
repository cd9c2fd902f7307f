import { GraphError, type Client } from '@microsoft/microsoft-graph-client';

/** What Tandem copies of each person; `manager` programmes reporting lines (FACTS 1.3). */
export const DELTA_SELECT = [
  'displayName',
  'givenName',
  'surname',
  'userPrincipalName',
  'mail',
  'jobTitle',
  'department',
  'officeLocation',
  'city',
  'country',
  'preferredLanguage',
  'employeeHireDate',
  'employeeType',
  'accountEnabled',
  'manager',
] as const;

export interface DirectoryPerson {
  id: string;
  userPrincipalName: string | null;
  mail: string | null;
  displayName: string | null;
  givenName: string | null;
  surname: string | null;
  jobTitle: string | null;
  department: string | null;
  officeLocation: string | null;
  city: string | null;
  country: string | null;
  preferredLanguage: string | null;
  /** "YYYY-MM-DD". */
  hireDate: string | null;
  employeeType: string | null;
  accountEnabled: boolean;
  /** null: no manager; undefined: this page did not say (keep what we have). */
  managerId: string | null | undefined;
}

export type DirectoryChange =
  { kind: 'upsert'; person: DirectoryPerson } | { kind: 'removed'; id: string; permanent: boolean };

export interface DirectoryPage {
  changes: DirectoryChange[];
  nextLink?: string;
  deltaLink?: string;
}

/** The saved delta token is no longer valid: the directory must be read again in full. */
export class DeltaExpired extends Error {
  override name = 'DeltaExpired';
}

export const initialDeltaUrl = (): string => `/users/delta?$select=${DELTA_SELECT.join(',')}`;

/** Reads one page of a users delta round and turns it into our own types. */
export async function readDeltaPage(client: Client, url: string, fullRound: boolean): Promise<DirectoryPage> {
  let body: { value?: Record<string, unknown>[]; '@odata.nextLink'?: string; '@odata.deltaLink'?: string };
  try {
    body = (await client.api(url).get()) as typeof body;
  } catch (err) {
    // Expired tokens: 410 Gone, or a 400 with syncStateNotFound / resyncRequired (FACTS 1.3).
    if (
      err instanceof GraphError &&
      (err.statusCode === 410 || /syncStateNotFound|resyncRequired/i.test(err.code ?? ''))
    ) {
      throw new DeltaExpired(`The delta token expired (${err.statusCode} ${err.code ?? ''})`);
    }
    throw err;
  }
  const page: DirectoryPage = { changes: (body.value ?? []).map((item) => toChange(item, fullRound)) };
  if (body['@odata.nextLink']) page.nextLink = body['@odata.nextLink'];
  if (body['@odata.deltaLink']) page.deltaLink = body['@odata.deltaLink'];
  return page;
}

function toChange(item: Record<string, unknown>, fullRound: boolean): DirectoryChange {
  const id = String(item.id).toLowerCase();
  const removed = item['@removed'] as { reason?: string } | undefined;
  if (removed) return { kind: 'removed', id, permanent: removed.reason === 'deleted' };
  return { kind: 'upsert', person: toDirectoryPerson(item, managerOf(item['manager@delta'], fullRound)) };
}

/** A Graph user object as our own type; `managerId` comes from wherever the caller read it. */
export function toDirectoryPerson(
  item: Record<string, unknown>,
  managerId: string | null | undefined,
): DirectoryPerson {
  const text = (k: string): string | null =>
    typeof item[k] === 'string' && item[k] !== '' ? (item[k] as string) : null;
  return {
    id: String(item.id).toLowerCase(),
    userPrincipalName: text('userPrincipalName'),
    mail: text('mail'),
    displayName: text('displayName'),
    givenName: text('givenName'),
    surname: text('surname'),
    jobTitle: text('jobTitle'),
    department: text('department'),
    officeLocation: text('officeLocation'),
    city: text('city'),
    country: text('country'),
    preferredLanguage: text('preferredLanguage'),
    hireDate: text('employeeHireDate')?.slice(0, 10) ?? null,
    employeeType: text('employeeType'),
    accountEnabled: item.accountEnabled !== false,
    managerId,
  };
}

/**
 * `manager@delta` lists the current manager; an entry marked @removed is a manager taken away.
 * In a full round, no annotation means no manager; in an incremental one, no change.
 */
function managerOf(annotation: unknown, fullRound: boolean): string | null | undefined {
  if (!Array.isArray(annotation)) return fullRound ? null : undefined;
  const current = (annotation as { id?: string; '@removed'?: unknown }[]).find((m) => m.id && !m['@removed']);
  return current ? current.id!.toLowerCase() : null;
}
