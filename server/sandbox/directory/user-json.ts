import { badRequest, GraphError } from '../errors.js';
import type { SandboxUser } from '../org/model.js';

/** What GET /users returns when the caller selects nothing (FACTS 1.1). */
export const DEFAULT_PROPERTIES = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
] as const;

const COLLECTION_PROPERTIES = new Set<string>([
  ...DEFAULT_PROPERTIES,
  'department',
  'employeeHireDate',
  'employeeType',
  'accountEnabled',
  'city',
  'country',
  'usageLocation',
  'companyName',
]);

/** Properties Graph returns only for a single user; selecting them on a collection is a 501 (FACTS 1.1). */
const SINGLE_ONLY = new Set([
  'aboutMe',
  'birthday',
  'hireDate',
  'interests',
  'mySite',
  'pastProjects',
  'preferredName',
  'responsibilities',
  'schools',
  'skills',
  'mailboxSettings',
]);

/** Parses $select; `single` allows the properties a collection cannot return. */
export function parseSelect(raw: unknown, single: boolean, extra: readonly string[] = []): string[] | undefined {
  if (raw === undefined || raw === '') return undefined;
  const names = String(raw)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const name of names) {
    if (SINGLE_ONLY.has(name)) {
      if (!single) throw new GraphError(501, 'NotImplemented', 'This operation target is not yet supported.');
      continue;
    }
    if (!COLLECTION_PROPERTIES.has(name) && !extra.includes(name)) {
      throw badRequest(
        `Could not find a property named '${name}' on type 'microsoft.graph.user'.`,
        'Request_BadRequest',
      );
    }
  }
  return names;
}

export function userValue(user: SandboxUser, name: string, companyName: string): unknown {
  switch (name) {
    case 'companyName':
      return companyName;
    case 'mailboxSettings':
      return user.mailbox;
    case 'hireDate':
      return user.employeeHireDate;
    case 'aboutMe':
    case 'birthday':
    case 'mySite':
    case 'preferredName':
      return null;
    case 'interests':
    case 'pastProjects':
    case 'responsibilities':
    case 'schools':
      return [];
    default:
      return (user as unknown as Record<string, unknown>)[name] ?? null;
  }
}

/** A user as Graph serialises it, with only the selected (or default) properties; id always. */
export function toGraphUser(
  user: SandboxUser,
  select: readonly string[] | undefined,
  companyName: string,
): Record<string, unknown> {
  const names = select ?? DEFAULT_PROPERTIES;
  const out: Record<string, unknown> = {};
  for (const name of names) {
    if (name === 'manager') continue;
    out[name] = userValue(user, name, companyName);
  }
  out.id = user.id;
  return out;
}

export const graphUserType = { '@odata.type': '#microsoft.graph.user' } as const;
