import { createHash } from 'node:crypto';
import type { SandboxUser } from '../org/model.js';

export interface HireRequest {
  givenName: string;
  surname: string;
  managerId: string;
  jobTitle?: string;
  department?: string;
  employeeType?: string;
}

/**
 * A new joiner shaped after their manager's team: same office, time zone, language and working
 * pattern, the team's weekly meeting slot. The id is derived from the tenant seed and the
 * directory's change number, so a scripted scenario replays identically.
 */
export function newHire(
  req: HireRequest,
  manager: SandboxUser,
  teammate: SandboxUser | undefined,
  seed: number,
  seq: number,
  domain: string,
  upnTaken: (upn: string) => boolean,
  nowMs: number,
): SandboxUser {
  const h = createHash('sha256').update(`${seed}|hire|${seq}`).digest('hex');
  const id = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
  const base = `${ascii(req.givenName)}.${ascii(req.surname)}`;
  let upn = `${base}@${domain}`;
  for (let n = 2; upnTaken(upn); n++) upn = `${base}${n}@${domain}`;
  const model = teammate ?? manager;
  return {
    id,
    userPrincipalName: upn,
    mail: upn,
    displayName: `${req.givenName} ${req.surname}`,
    givenName: req.givenName,
    surname: req.surname,
    jobTitle: req.jobTitle ?? null,
    department: req.department ?? manager.department,
    officeLocation: manager.officeLocation,
    city: manager.city,
    country: manager.country,
    usageLocation: manager.usageLocation,
    preferredLanguage: manager.preferredLanguage,
    employeeHireDate: `${new Date(nowMs).toISOString().slice(0, 10)}T00:00:00Z`,
    employeeType: req.employeeType ?? 'Employee',
    accountEnabled: true,
    businessPhones: [],
    mobilePhone: null,
    managerId: manager.id,
    skills: [],
    mailbox: structuredClone(model.mailbox),
    calendar: { ...model.calendar },
    appRoles: [],
    persona: null,
  };
}

function ascii(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}
