// The sandbox tenant's organisation, made up from a seed: same seed and size, same org, byte for
// byte. Pure: no I/O, no clock, no Math.random.
//
// Order of work: the reporting tree (who reports to whom, in which department), the personas that
// anchor demos, offices (teams mostly sit with their manager), then each person top-down, then the
// things that need everybody: unique mail addresses and each team's weekly meeting slot.

import { drawCalendarTraits, planTeamMeeting, workingWindow, type CalendarRole } from './calendar.js';
import type { DepartmentName } from './departments.js';
import { TENURE, drawHireDate, type Tenure } from './hire-dates.js';
import type { GenerateOrgOptions, Org, SandboxUser } from './model.js';
import { asciiName, drawName, type DrawnName } from './names.js';
import {
  BANGALORE,
  LOCALES,
  MILANO,
  OFFICES,
  ROMA,
  ROMA_CUSTOM_ZONE,
  chooseLocale,
  clockTime,
  drawCulture,
  drawOffice,
  drawWorkingPattern,
  type Office,
} from './offices.js';
import { CEO, placeAbroad, placeLeaders, type Persona } from './personas.js';
import { createRandom, randomGuid, type Random } from './random.js';
import { drawSkills, type SkillProfile } from './skills.js';
import { areaCount, executiveTitle, individualTitle, managerTitle, type IcLevel, type Lang } from './titles.js';
import { buildTree, type OrgTree } from './tree.js';

export const DEFAULT_DOMAIN = 'contoso-italia.example';
export const ORG_DISPLAY_NAME = 'Contoso Italia S.p.A.';

export function generateOrg({ seed, size, tenantId }: GenerateOrgOptions): Org {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
  if (!Number.isSafeInteger(size) || size < 1) throw new RangeError(`size must be a positive integer, got ${size}`);

  const tree = buildTree(size, createRandom(seed, 'tree'));
  const personas = placeLeaders(tree);
  const office = assignOffices(tree, personas, createRandom(seed, 'offices'));
  placeAbroad(tree, office, personas);
  for (const [i, p] of personas) office[i] = p.office;

  const ids = createRandom(seed, 'ids');
  const rng = createRandom(seed, 'people');
  const area = new Uint8Array(size);
  const users: SandboxUser[] = new Array<SandboxUser>(size);
  for (let i = 0; i < size; i++) {
    const id = randomGuid(ids);
    const parent = tree.parent[i]!;
    const dept = tree.dept[i]!.name;
    if (tree.height[i]! > 0) {
      const inherit = parent > 0 && tree.dept[parent] === tree.dept[i] && rng.chance(0.5);
      area[i] = inherit ? area[parent]! : rng.int(areaCount(dept));
    }
    users[i] = makePerson(
      i,
      id,
      parent < 0 ? null : users[parent]!.id,
      tree,
      OFFICES[office[i]!]!,
      area[i]!,
      personas.get(i),
      rng,
    );
  }

  assignMail(users, personas);
  customiseOneZone(users, tree, office, personas);
  assignTeamMeetings(users, tree);
  return {
    tenantId: tenantId ?? randomGuid(createRandom(seed, 'tenant')),
    domain: DEFAULT_DOMAIN,
    displayName: ORG_DISPLAY_NAME,
    seed,
    users,
  };
}

/**
 * Executives mostly sit at head office. Individual contributors nearly always sit with their
 * manager; managers often do not (a director in Milano runs teams in Roma and Bangalore), and are
 * drawn afresh from their department's office mix. Tying managers loosely keeps the company-wide
 * shares steady: a tightly tied subtree would move thousands of people to one office at once.
 */
function assignOffices(tree: OrgTree, personas: Map<number, Persona>, rng: Random): Uint8Array {
  const office = new Uint8Array(tree.size);
  office[0] = CEO.office;
  for (let i = 1; i < tree.size; i++) {
    const forced = personas.get(i)?.office;
    const dept = tree.dept[i]!.name;
    const parentOffice = office[tree.parent[i]!]!;
    if (forced !== undefined) office[i] = forced;
    else if (tree.depth[i] === 1) office[i] = rng.chance(0.7) ? MILANO : rng.chance(0.5) ? ROMA : drawOffice(dept, rng);
    else if (tree.height[i]! > 0) office[i] = rng.chance(0.3) ? parentOffice : drawOffice(dept, rng);
    else office[i] = rng.chance(0.85) ? parentOffice : drawOffice(dept, rng);
  }
  return office;
}

type Kind = 'ceo' | 'executive' | 'manager' | 'individual';

// Engineers in Italy often carry English titles; elsewhere Italian titles are the norm.
const ENGLISH_TITLES_IN_ITALY: Partial<Record<DepartmentName, number>> = { Engineering: 0.4, Product: 0.4, IT: 0.3 };

// Cumulative shares of intern, junior, professional, senior; the rest are principal.
const IC_LEVELS = [0.03, 0.19, 0.6, 0.89];
const IC_LEVELS_BANGALORE = [0.04, 0.28, 0.7, 0.92];

const MAKERS = new Set<DepartmentName>(['Engineering', 'Product', 'IT', 'Marketing', 'Legal']);

function makePerson(
  i: number,
  id: string,
  managerId: string | null,
  tree: OrgTree,
  office: Office,
  area: number,
  persona: Persona | undefined,
  rng: Random,
): SandboxUser {
  const dept = tree.dept[i]!.name;
  const layers = tree.height[i]!;
  const kind: Kind = i === 0 ? 'ceo' : layers === 0 ? 'individual' : tree.depth[i] === 1 ? 'executive' : 'manager';
  let name: DrawnName;
  let locale: string;
  if (persona) {
    name = personaName(persona);
    locale = office.locale;
  } else {
    const culture = drawCulture(office, rng);
    name = drawName(culture, rng);
    locale = chooseLocale(office, culture, rng);
  }
  const lang: Lang = locale === 'it-IT' && !rng.chance(ENGLISH_TITLES_IN_ITALY[dept] ?? 0.12) ? 'it' : 'en';

  let level: IcLevel = 2;
  if (kind === 'individual') {
    level = persona?.icLevel ?? drawIcLevel(office === OFFICES[BANGALORE] ? IC_LEVELS_BANGALORE : IC_LEVELS, rng);
    // The office personas are established employees, not interns.
    if (persona && persona.icLevel === undefined && level < 2) level = 2;
  }

  const generatedTitle =
    kind === 'ceo' || kind === 'executive'
      ? executiveTitle(dept, lang, name.female)
      : kind === 'manager'
        ? managerTitle(dept, layers, area, tree.childCount[i]!, lang, name.female, rng)
        : individualTitle(dept, level, lang, name.female, rng);

  const employeeType = persona
    ? (persona.employeeType ?? 'Employee')
    : drawEmployeeType(kind, level, dept, office, rng);
  const partTime = !persona && drawPartTime(kind, level, rng);
  const pattern = drawWorkingPattern(office, partTime, rng);
  const profile = skillProfile(kind, level);
  const role: CalendarRole = kind === 'individual' ? 'individual' : kind === 'manager' ? 'manager' : 'executive';
  const calendar = drawCalendarTraits(role, layers, MAKERS.has(dept), rng);
  const language = LOCALES[locale]!;

  return {
    id,
    // Just the address's local part for now: assignMail makes it unique once everybody exists.
    userPrincipalName: `${name.given.ascii}.${name.surname.ascii}`,
    mail: '',
    displayName: `${name.given.text} ${name.surname.text}`,
    givenName: name.given.text,
    surname: name.surname.text,
    jobTitle: persona?.jobTitle ?? generatedTitle,
    department: dept,
    officeLocation: office.officeLocation,
    city: office.city,
    country: office.country,
    usageLocation: office.usageLocation,
    preferredLanguage: locale,
    employeeHireDate: persona ? `${persona.hireDate}T00:00:00Z` : drawHireDate(tenure(kind, level, layers), rng),
    employeeType,
    accountEnabled: true,
    businessPhones: rng.chance(employeeType === 'Contractor' ? 0.7 : 0.96) ? [office.businessPhone(rng)] : [],
    mobilePhone: rng.chance(kind === 'individual' ? 0.6 : 0.9) ? office.mobilePhone(rng) : null,
    managerId,
    skills: persona?.skills?.slice() ?? drawSkills(dept, profile, rng),
    mailbox: {
      timeZone: office.timeZone,
      language: { locale, displayName: language.displayName },
      workingHours: {
        daysOfWeek: pattern.days,
        startTime: clockTime(pattern.start),
        endTime: clockTime(pattern.end),
        timeZone: { name: office.timeZone },
      },
      dateFormat: language.dateFormat,
      timeFormat: language.timeFormat,
    },
    calendar,
    appRoles: persona?.appRoles?.slice() ?? [],
    persona: persona?.key ?? null,
  };
}

function personaName(p: Persona): DrawnName {
  return {
    given: { text: p.givenName, ascii: asciiName(p.givenName) },
    surname: { text: p.surname, ascii: asciiName(p.surname) },
    female: p.female,
  };
}

function drawIcLevel(cumulative: readonly number[], rng: Random): IcLevel {
  const x = rng.next();
  for (let k = 0; k < cumulative.length; k++) if (x < cumulative[k]!) return k as IcLevel;
  return 4;
}

function drawEmployeeType(kind: Kind, level: IcLevel, dept: DepartmentName, office: Office, rng: Random): string {
  if (kind !== 'individual') return 'Employee';
  if (level === 0) return 'Intern';
  if (level < 2) return 'Employee';
  let contractors = dept === 'Engineering' || dept === 'IT' ? 0.12 : 0.05;
  if (office === OFFICES[BANGALORE]) contractors += 0.06;
  return rng.chance(contractors) ? 'Contractor' : 'Employee';
}

/** About 8% overall: mostly individual contributors, a few managers, never executives. */
function drawPartTime(kind: Kind, level: IcLevel, rng: Random): boolean {
  if (kind === 'individual') return level > 0 && rng.chance(0.092);
  if (kind === 'manager') return rng.chance(0.03);
  return false;
}

function tenure(kind: Kind, level: IcLevel, layers: number): Tenure {
  if (kind === 'ceo' || kind === 'executive') return TENURE.executive;
  if (kind === 'manager') return layers >= 3 ? TENURE.director : layers === 2 ? TENURE.seniorManager : TENURE.manager;
  if (level === 0) return TENURE.intern;
  if (level === 1) return TENURE.junior;
  return level === 2 ? TENURE.professional : level === 3 ? TENURE.senior : TENURE.principal;
}

function skillProfile(kind: Kind, level: IcLevel): SkillProfile {
  if (kind === 'ceo' || kind === 'executive') return 'executive';
  if (kind === 'manager') return 'manager';
  return level <= 1 ? 'junior' : level === 2 ? 'professional' : 'senior';
}

/**
 * given.surname@domain, lower-case ASCII, with 2, 3, ... for namesakes. Personas go first so
 * their addresses never carry a number.
 */
function assignMail(users: SandboxUser[], personas: Map<number, Persona>): void {
  const taken = new Map<string, number>();
  const assign = (user: SandboxUser): void => {
    const base = user.userPrincipalName;
    const n = (taken.get(base) ?? 0) + 1;
    taken.set(base, n);
    // Bases are letters and one dot, so a numbered address can never equal another base.
    const upn = `${n === 1 ? base : base + n}@${DEFAULT_DOMAIN}`;
    user.userPrincipalName = upn;
    user.mail = upn;
  };
  for (const i of personas.keys()) assign(users[i]!);
  users.forEach((user, i) => {
    if (!personas.has(i)) assign(user);
  });
}

/**
 * One mailbox whose zone its owner customised in Outlook, so that Tandem meets the
 * "Customized Time Zone" answers too: the last Roma individual contributor who is not a persona,
 * keeping Rome's rules as a custom zone. Drawn from nothing random, so everyone else (and every
 * count by office, zone or persona) stays as it was; the last one, so that the first people of
 * each office, whom scripted scenarios reach for, keep their Windows zone.
 */
function customiseOneZone(
  users: SandboxUser[],
  tree: OrgTree,
  office: Uint8Array,
  personas: Map<number, Persona>,
): void {
  for (let i = tree.size - 1; i > 0; i--) {
    if (office[i] !== ROMA || tree.height[i] !== 0 || personas.has(i)) continue;
    const mailbox = users[i]!.mailbox;
    mailbox.timeZone = ROMA_CUSTOM_ZONE.name;
    mailbox.workingHours.timeZone = structuredClone(ROMA_CUSTOM_ZONE);
    return;
  }
}

/** Every report of a manager gets the manager's one weekly slot; the CEO's is her own team's. */
function assignTeamMeetings(users: SandboxUser[], tree: OrgTree): void {
  const windows = users.map(workingWindow);
  for (let m = 0; m < tree.size; m++) {
    const first = tree.firstChild[m]!;
    const count = tree.childCount[m]!;
    if (count === 0 && m !== 0) continue;
    const slot = planTeamMeeting(users[m]!.id, windows[m]!, count > 0 ? windows.slice(first, first + count) : []);
    for (let k = first; k < first + count; k++) {
      users[k]!.calendar.teamMeetingDay = slot.day;
      users[k]!.calendar.teamMeetingHour = slot.hour;
    }
    if (m === 0) {
      users[0]!.calendar.teamMeetingDay = slot.day;
      users[0]!.calendar.teamMeetingHour = slot.hour;
    }
  }
}
