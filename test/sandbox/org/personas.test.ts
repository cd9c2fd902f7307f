import { describe, expect, it } from 'vitest';
import { generateOrg } from '../../../server/sandbox/org/generate.js';
import type { Org, SandboxUser } from '../../../server/sandbox/org/model.js';

const KEYS = [
  'ceo',
  'hr-admin',
  'senior-exec',
  'director-rome',
  'manager',
  'junior-dev',
  'intern',
  'london',
  'new-york',
  'bangalore',
];

const org = generateOrg({ seed: 7, size: 300 });

function persona(o: Org, key: string): SandboxUser {
  const found = o.users.filter((u) => u.persona === key);
  expect(found, key).toHaveLength(1);
  return found[0]!;
}

function chain(o: Org, user: SandboxUser): string[] {
  const byId = new Map(o.users.map((u) => [u.id, u]));
  const ids: string[] = [];
  for (let at = user.managerId; at !== null; at = byId.get(at)!.managerId) ids.push(at);
  return ids;
}

const reportsOf = (o: Org, user: SandboxUser) => o.users.filter((u) => u.managerId === user.id);

describe('personas', () => {
  it.each([12, 13, 17, 25, 40, 80, 300, 2_000, 10_000])(
    'are all present exactly once in an org of %i people',
    (size) => {
      for (const seed of [1, 2, 3]) {
        const o = generateOrg({ seed, size });
        expect(
          o.users
            .filter((u) => u.persona !== null)
            .map((u) => u.persona)
            .sort(),
        ).toEqual([...KEYS].sort());
      }
    },
  );

  it('are just the CEO below 12 people', () => {
    expect(
      generateOrg({ seed: 1, size: 11 })
        .users.filter((u) => u.persona !== null)
        .map((u) => u.persona),
    ).toEqual(['ceo']);
    expect(generateOrg({ seed: 1, size: 1 }).users[0]!.persona).toBe('ceo');
  });

  it('sit at the same positions for the same seed and size', () => {
    const again = generateOrg({ seed: 7, size: 300 });
    for (const key of KEYS) expect(again.users.indexOf(persona(again, key))).toBe(org.users.indexOf(persona(org, key)));
  });

  it('have plain addresses, without namesake numbers', () => {
    expect(persona(org, 'ceo').userPrincipalName).toBe('alessandra.conti@contoso-italia.example');
    expect(persona(org, 'junior-dev').mail).toBe('giulia.esposito@contoso-italia.example');
    for (const key of KEYS) expect(persona(org, key).userPrincipalName).toMatch(/^[a-z]+\.[a-z]+@/);
  });

  it('make Alessandra Conti the CEO, Amministratore Delegato in Milano', () => {
    const ceo = persona(org, 'ceo');
    expect(org.users[0]).toBe(ceo);
    expect(ceo).toMatchObject({
      displayName: 'Alessandra Conti',
      jobTitle: 'Amministratore Delegato',
      city: 'Milano',
      managerId: null,
    });
  });

  it('make Francesca Romano the HR programme owner in Milano, the one Tandem admin', () => {
    const hr = persona(org, 'hr-admin');
    expect(hr).toMatchObject({
      displayName: 'Francesca Romano',
      jobTitle: 'Responsabile Sviluppo Risorse Umane',
      department: 'Human Resources',
      city: 'Milano',
      appRoles: ['Tandem.Admin'],
    });
    expect(org.users.filter((u) => u.appRoles.includes('Tandem.Admin'))).toEqual([hr]);
  });

  it('make Roberto Colombo the sales executive reporting to the CEO, with no digital skills', () => {
    const exec = persona(org, 'senior-exec');
    expect(exec).toMatchObject({
      displayName: 'Roberto Colombo',
      jobTitle: 'Direttore Commerciale',
      department: 'Sales',
      managerId: persona(org, 'ceo').id,
    });
    expect(exec.skills).not.toContain('Generative AI');
    expect(exec.employeeHireDate! < '2005').toBe(true);
  });

  it('make Luca Ferrari a sales director in Rome with a team, in the sales executive line', () => {
    const director = persona(org, 'director-rome');
    expect(director).toMatchObject({
      displayName: 'Luca Ferrari',
      department: 'Sales',
      city: 'Roma',
      officeLocation: 'Roma - EUR',
    });
    expect(director.jobTitle).toMatch(/^Direttore/);
    expect(reportsOf(org, director).length).toBeGreaterThan(0);
    expect(chain(org, director)).toContain(persona(org, 'senior-exec').id);
  });

  it('make Marco Ricci an engineering manager in Milano whose team includes Giulia Esposito and Sofia Marino', () => {
    const manager = persona(org, 'manager');
    expect(manager).toMatchObject({
      displayName: 'Marco Ricci',
      jobTitle: 'Engineering Manager',
      department: 'Engineering',
      city: 'Milano',
    });
    const team = reportsOf(org, manager);
    expect(team.map((u) => u.persona)).toEqual(expect.arrayContaining(['junior-dev', 'intern']));
    expect(team.every((u) => reportsOf(org, u).length === 0)).toBe(true);
  });

  it('make Giulia Esposito a recently hired junior developer in Milano', () => {
    const junior = persona(org, 'junior-dev');
    expect(junior).toMatchObject({
      displayName: 'Giulia Esposito',
      jobTitle: 'Sviluppatrice Junior',
      department: 'Engineering',
      city: 'Milano',
      employeeType: 'Employee',
    });
    expect(junior.employeeHireDate! >= '2024').toBe(true);
    expect(junior.skills).toContain('Generative AI');
  });

  it('make Sofia Marino an intern who joined this year', () => {
    const intern = persona(org, 'intern');
    expect(intern).toMatchObject({
      displayName: 'Sofia Marino',
      jobTitle: 'Stagista',
      employeeType: 'Intern',
      city: 'Milano',
    });
    expect(intern.employeeHireDate! >= '2026').toBe(true);
  });

  it.each([12, 300, 10_000])(
    "keep the junior developer and the senior executive out of each other's reporting line (%i people)",
    (size) => {
      const o = generateOrg({ seed: 5, size });
      const junior = persona(o, 'junior-dev');
      const exec = persona(o, 'senior-exec');
      expect(chain(o, junior)).not.toContain(exec.id);
      expect(chain(o, exec)).not.toContain(junior.id);
    },
  );

  it.each([
    ['london', 'Emily Clarke', 'London', 'en-GB', 'GMT Standard Time'],
    ['new-york', 'James Miller', 'New York', 'en-US', 'Eastern Standard Time'],
    ['bangalore', 'Priya Sharma', 'Bangalore', 'en-IN', 'India Standard Time'],
  ])('seat the %s employee, %s, in %s with local language and time zone', (key, name, city, locale, timeZone) => {
    for (const o of [org, generateOrg({ seed: 2, size: 12 })]) {
      const u = persona(o, key);
      expect(u).toMatchObject({ displayName: name, city, preferredLanguage: locale, employeeType: 'Employee' });
      expect(u.mailbox.timeZone).toBe(timeZone);
      expect(u.jobTitle).not.toMatch(/Intern|Junior|Manager|Director/);
      expect(reportsOf(o, u)).toEqual([]);
    }
  });
});
