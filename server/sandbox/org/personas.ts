// The named people demos and scripted scenarios rely on. They sit at positions found by fixed
// rules in the generated tree, so the same seed and size always put them in the same places, and
// their reporting lines make the demo pairs valid: the junior developer is in Engineering, far from
// the sales director who wants reverse mentoring on digital topics.

import type { DepartmentName } from './departments.js';
import { BANGALORE, LONDON, MILANO, NEW_YORK, ROMA } from './offices.js';
import type { IcLevel } from './titles.js';
import type { OrgTree } from './tree.js';

export interface Persona {
  key: string;
  givenName: string;
  surname: string;
  female: boolean;
  office: number;
  /** Fixed title, else the generated one. */
  jobTitle?: string;
  icLevel?: IcLevel;
  employeeType?: string;
  hireDate: string;
  /** Fixed skills, else generated ones. */
  skills?: string[];
  appRoles?: string[];
}

const persona = (p: Persona): Persona => p;

export const CEO = persona({
  key: 'ceo',
  givenName: 'Alessandra',
  surname: 'Conti',
  female: true,
  office: MILANO,
  jobTitle: 'Amministratore Delegato',
  hireDate: '2009-04-01',
  skills: ['Leadership', 'Strategic Planning', 'Public Speaking', 'Change Management', 'Corporate Governance'],
});

const HR_ADMIN = persona({
  key: 'hr-admin',
  givenName: 'Francesca',
  surname: 'Romano',
  female: true,
  office: MILANO,
  jobTitle: 'Responsabile Sviluppo Risorse Umane',
  hireDate: '2014-09-01',
  skills: ['Learning Design', 'Coaching', 'Mentoring', 'HR Analytics', 'Communication'],
  appRoles: ['Tandem.Admin'],
});

const SENIOR_EXEC = persona({
  key: 'senior-exec',
  givenName: 'Roberto',
  surname: 'Colombo',
  female: false,
  office: MILANO,
  jobTitle: 'Direttore Commerciale',
  hireDate: '1998-02-02',
  // No digital skills at all: that is what he wants a reverse mentor for.
  skills: ['Negotiation', 'Leadership', 'Public Speaking', 'Account Planning', 'Strategic Planning'],
});

const DIRECTOR_ROME = persona({
  key: 'director-rome',
  givenName: 'Luca',
  surname: 'Ferrari',
  female: false,
  office: ROMA,
  jobTitle: 'Direttore Vendite Centro-Sud',
  hireDate: '2006-05-02',
  skills: ['Solution Selling', 'Leadership', 'Negotiation', 'Sales Forecasting', 'Coaching'],
});

const MANAGER = persona({
  key: 'manager',
  givenName: 'Marco',
  surname: 'Ricci',
  female: false,
  office: MILANO,
  jobTitle: 'Engineering Manager',
  hireDate: '2015-10-01',
  skills: ['TypeScript', 'Cloud Architecture', 'Coaching', 'Leadership', 'Agile Delivery'],
});

const JUNIOR_DEV = persona({
  key: 'junior-dev',
  givenName: 'Giulia',
  surname: 'Esposito',
  female: true,
  office: MILANO,
  jobTitle: 'Sviluppatrice Junior',
  icLevel: 1,
  hireDate: '2025-09-01',
  skills: ['TypeScript', 'React', 'Generative AI', 'Social Media', 'Low-code Automation'],
});

const INTERN = persona({
  key: 'intern',
  givenName: 'Sofia',
  surname: 'Marino',
  female: true,
  office: MILANO,
  jobTitle: 'Stagista',
  icLevel: 0,
  employeeType: 'Intern',
  hireDate: '2026-09-14',
  skills: ['Python', 'Data Visualisation', 'Generative AI'],
});

const LONDON_EMPLOYEE = persona({
  key: 'london',
  givenName: 'Emily',
  surname: 'Clarke',
  female: true,
  office: LONDON,
  hireDate: '2019-03-04',
});
const NEW_YORK_EMPLOYEE = persona({
  key: 'new-york',
  givenName: 'James',
  surname: 'Miller',
  female: false,
  office: NEW_YORK,
  hireDate: '2017-06-05',
});
const BANGALORE_EMPLOYEE = persona({
  key: 'bangalore',
  givenName: 'Priya',
  surname: 'Sharma',
  female: true,
  office: BANGALORE,
  hireDate: '2021-01-11',
});

/** Below this size only the CEO is a persona: there is no room for the rest. */
export const PERSONA_THRESHOLD = 12;

/**
 * Personas that shape the tree's offices, placed by structure alone:
 * the CEO at the root, the sales executive, the HR programme owner below the HR executive, a sales
 * director (the one closest to three layers of management), an engineering front-line manager
 * and the first two people in his team.
 */
export function placeLeaders(tree: OrgTree): Map<number, Persona> {
  const placed = new Map<number, Persona>([[0, CEO]]);
  if (tree.size < PERSONA_THRESHOLD) return placed;
  const executive = (name: DepartmentName): number => {
    for (let i = tree.firstChild[0]!; i < tree.firstChild[0]! + tree.childCount[0]!; i++)
      if (tree.dept[i]!.name === name) return i;
    return -1;
  };

  placed.set(executive('Sales'), SENIOR_EXEC);

  // With nobody below the HR executive (a 12-person org), she is HR.
  const hr = executive('Human Resources');
  const hrAdmin = best(tree, hr, (i) => (tree.parent[i] === hr ? (tree.height[i]! > 0 ? 2 : 1) : 0));
  placed.set(hrAdmin >= 0 ? hrAdmin : hr, HR_ADMIN);

  const director = best(tree, 0, (i) =>
    tree.dept[i]!.name === 'Sales' && tree.depth[i]! >= 2 && tree.height[i]! > 0
      ? 10 - Math.abs(tree.height[i]! - 3)
      : 0,
  );
  placed.set(director, DIRECTOR_ROME);

  // A front-line team of a comfortable size, as high in the tree as there is one.
  const manager = best(tree, 0, (i) => {
    if (tree.dept[i]!.name !== 'Engineering' || tree.depth[i]! < 2 || tree.height[i] !== 1 || tree.childCount[i]! < 2)
      return 0;
    return (tree.childCount[i]! >= 4 ? 100 : 50) - tree.depth[i]!;
  });
  if (manager < 0) throw new Error('no engineering team for the manager persona');
  placed.set(manager, MANAGER);
  placed.set(tree.firstChild[manager]!, JUNIOR_DEV);
  placed.set(tree.firstChild[manager]! + 1, INTERN);
  return placed;
}

/**
 * The three office personas: individual contributors, ideally already in that office and in a
 * fitting department; the caller moves them if not.
 */
export function placeAbroad(tree: OrgTree, office: Uint8Array, placed: Map<number, Persona>): void {
  if (tree.size < PERSONA_THRESHOLD) return;
  const wanted: [Persona, DepartmentName][] = [
    [LONDON_EMPLOYEE, 'Marketing'],
    [NEW_YORK_EMPLOYEE, 'Sales'],
    [BANGALORE_EMPLOYEE, 'Engineering'],
  ];
  for (const [p, dept] of wanted) {
    const at = best(tree, 0, (i) => {
      if (tree.height[i] !== 0 || tree.depth[i]! < 2 || placed.has(i)) return 0;
      return 1 + (office[i] === p.office ? 2 : 0) + (tree.dept[i]!.name === dept ? 1 : 0);
    });
    if (at >= 0) placed.set(at, p);
  }
}

/** The first node in top-down order with the highest positive score, -1 when none scores. */
function best(tree: OrgTree, from: number, score: (i: number) => number): number {
  let found = -1;
  let top = 0;
  if (from < 0) return -1;
  for (let i = from; i < tree.size; i++) {
    const s = score(i);
    if (s > top) {
      top = s;
      found = i;
    }
  }
  return found;
}
