import { describe, expect, it } from 'vitest';
import { workingWindow } from '../../../server/sandbox/org/calendar.js';
import { DEFAULT_DOMAIN, ORG_DISPLAY_NAME, generateOrg } from '../../../server/sandbox/org/generate.js';
import type { Org, SandboxUser } from '../../../server/sandbox/org/model.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const org300 = generateOrg({ seed: 7, size: 300 });
const org10k = generateOrg({ seed: 42, size: 10_000 });

function depths(org: Org): Map<string, number> {
  const depth = new Map<string, number>();
  for (const u of org.users) depth.set(u.id, u.managerId === null ? 0 : depth.get(u.managerId)! + 1);
  return depth;
}

function reportsByManager(org: Org): Map<string, SandboxUser[]> {
  const reports = new Map<string, SandboxUser[]>();
  for (const u of org.users) {
    if (u.managerId === null) continue;
    const team = reports.get(u.managerId) ?? [];
    team.push(u);
    reports.set(u.managerId, team);
  }
  return reports;
}

const share = (users: readonly SandboxUser[], test: (u: SandboxUser) => boolean): number =>
  users.filter(test).length / users.length;

describe('generateOrg', () => {
  it('gives the same organisation, byte for byte, for the same seed and size', () => {
    const again = generateOrg({ seed: 7, size: 300 });
    expect(again).toEqual(org300);
    expect(JSON.stringify(again)).toBe(JSON.stringify(org300));
  });

  it('gives a different organisation for a different seed', () => {
    const other = generateOrg({ seed: 8, size: 300 });
    expect(other.users.map((u) => u.id)).not.toEqual(org300.users.map((u) => u.id));
    expect(other.users.map((u) => u.displayName)).not.toEqual(org300.users.map((u) => u.displayName));
  });

  it('derives a GUID tenant id from the seed unless one is given', () => {
    expect(org300.tenantId).toMatch(GUID);
    expect(generateOrg({ seed: 7, size: 5 }).tenantId).toBe(org300.tenantId);
    expect(generateOrg({ seed: 8, size: 5 }).tenantId).not.toBe(org300.tenantId);
    const tenantId = '11111111-2222-4333-8444-555555555555';
    expect(generateOrg({ seed: 7, size: 5, tenantId }).tenantId).toBe(tenantId);
  });

  it('names the organisation and its domain', () => {
    expect(org300).toMatchObject({ domain: DEFAULT_DOMAIN, displayName: ORG_DISPLAY_NAME, seed: 7 });
    expect(DEFAULT_DOMAIN).toBe('contoso-italia.example');
    expect(ORG_DISPLAY_NAME).toBe('Contoso Italia S.p.A.');
  });

  it.each([1, 5, 12, 300, 10_000])('makes exactly %i people', (size) => {
    expect(generateOrg({ seed: 3, size }).users).toHaveLength(size);
  });

  it('rejects a size below one and a seed that is not an integer', () => {
    expect(() => generateOrg({ seed: 1, size: 0 })).toThrow(RangeError);
    expect(() => generateOrg({ seed: 1, size: 2.5 })).toThrow(RangeError);
    expect(() => generateOrg({ seed: 0.5, size: 10 })).toThrow(RangeError);
  });

  it('gives everyone a distinct lower-case version-4 GUID', () => {
    expect(org10k.users.every((u) => GUID.test(u.id))).toBe(true);
    expect(new Set(org10k.users.map((u) => u.id)).size).toBe(10_000);
  });
});

describe('the reporting tree', () => {
  it.each([1, 5, 12, 300, 10_000])(
    'has the CEO first as its only root, and a known manager for everybody else (%i people)',
    (size) => {
      const org = size === 10_000 ? org10k : generateOrg({ seed: 11, size });
      const ids = new Set(org.users.map((u) => u.id));
      expect(org.users[0]!.managerId).toBeNull();
      expect(org.users.filter((u) => u.managerId === null)).toHaveLength(1);
      expect(org.users.slice(1).every((u) => u.managerId !== null && ids.has(u.managerId))).toBe(true);
    },
  );

  it('lists every manager before their reports', () => {
    const seen = new Set<string>();
    for (const u of org10k.users) {
      if (u.managerId !== null) expect(seen.has(u.managerId)).toBe(true);
      seen.add(u.id);
    }
  });

  it('has no cycles: every management chain reaches the CEO', () => {
    const byId = new Map(org10k.users.map((u) => [u.id, u]));
    for (const u of org10k.users) {
      let at: SandboxUser | undefined = u;
      let steps = 0;
      while (at && at.managerId !== null && steps <= org10k.users.length) {
        at = byId.get(at.managerId);
        steps++;
      }
      expect(at).toBe(org10k.users[0]);
    }
  });

  it('gives the CEO six to nine executives and each executive five to nine reports', () => {
    const reports = reportsByManager(org10k);
    const executives = reports.get(org10k.users[0]!.id)!;
    expect(executives.length).toBeGreaterThanOrEqual(6);
    expect(executives.length).toBeLessThanOrEqual(9);
    for (const exec of executives) {
      expect(reports.get(exec.id)!.length).toBeGreaterThanOrEqual(5);
      expect(reports.get(exec.id)!.length).toBeLessThanOrEqual(9);
    }
  });

  it('keeps other spans of control between three and ten, up to fifteen in support and operations', () => {
    const depth = depths(org10k);
    const byId = new Map(org10k.users.map((u) => [u.id, u]));
    for (const [managerId, team] of reportsByManager(org10k)) {
      if (depth.get(managerId)! < 2) continue;
      const { department } = byId.get(managerId)!;
      const wide = department === 'Customer Support' || department === 'Operations';
      expect(team.length).toBeGreaterThanOrEqual(3);
      expect(team.length).toBeLessThanOrEqual(wide ? 15 : 10);
    }
  });

  it('averages a realistic span of control of four to ten', () => {
    const spans = [...reportsByManager(org10k).values()].map((team) => team.length);
    const mean = spans.reduce((a, b) => a + b, 0) / spans.length;
    expect(mean).toBeGreaterThanOrEqual(4);
    expect(mean).toBeLessThanOrEqual(10);
  });

  it('grows deeper as the organisation grows, to seven to nine levels at 100,000 people', () => {
    const levels = (org: Org) => Math.max(...depths(org).values()) + 1;
    const big = levels(generateOrg({ seed: 5, size: 100_000 }));
    expect(levels(org300)).toBeLessThan(levels(org10k));
    expect(levels(org10k)).toBeLessThan(big);
    expect(big).toBeGreaterThanOrEqual(7);
    expect(big).toBeLessThanOrEqual(9);
  });

  it('passes each department down from the executive level', () => {
    const depth = depths(org10k);
    const byId = new Map(org10k.users.map((u) => [u.id, u]));
    for (const u of org10k.users) {
      if (depth.get(u.id)! >= 3) expect(u.department).toBe(byId.get(u.managerId!)!.department);
    }
  });

  it('has all ten departments in a large organisation', () => {
    const departments = new Set(org10k.users.map((u) => u.department));
    for (const name of [
      'Engineering',
      'Sales',
      'Marketing',
      'Finance',
      'Human Resources',
      'Operations',
      'Customer Support',
      'Legal',
      'Product',
      'IT',
    ]) {
      expect(departments).toContain(name);
    }
  });
});

// Seniority words of the titles, as the title-to-seniority mapper will read them.
const MANAGER_WORDS =
  /Manager|Team Lead|Lead Engineer|Head of|Director|\bVP\b|SVP|Vice President|Chief|Officer|Responsabile|Direttore|Direttrice|Coordinat|Amministratore/;
function managerTier(title: string): number {
  if (/SVP|Senior Vice President/.test(title)) return 5;
  if (/\bVP\b|Vice President/.test(title)) return 4;
  if (/Director|Direttore|Direttrice/.test(title)) return 3;
  if (/Senior .* Manager|Head of|Responsabile/.test(title)) return 2;
  return 1;
}

describe('job titles', () => {
  it('gives managers manager titles and individual contributors individual titles', () => {
    const managers = new Set(org10k.users.map((u) => u.managerId));
    for (const u of org10k.users) {
      if (managers.has(u.id)) expect(u.jobTitle).toMatch(MANAGER_WORDS);
      else expect(u.jobTitle).not.toMatch(MANAGER_WORDS);
    }
  });

  it('ranks every manager above the managers who report to them', () => {
    const depth = depths(org10k);
    const reports = reportsByManager(org10k);
    const byId = new Map(org10k.users.map((u) => [u.id, u]));
    for (const u of org10k.users) {
      if (depth.get(u.id)! < 3 || !reports.has(u.id) || u.persona !== null) continue;
      const boss = byId.get(u.managerId!)!;
      if (boss.persona !== null) continue;
      expect(managerTier(boss.jobTitle!), `${boss.jobTitle} over ${u.jobTitle}`).toBeGreaterThan(
        managerTier(u.jobTitle!),
      );
    }
  });

  it('gives most people in Italian offices Italian titles and nobody elsewhere', () => {
    const italian =
      /\b(Sviluppatore|Sviluppatrice|Stagista|Analista|Specialista|Responsabile|Direttore|Direttrice|Coordinatore|Coordinatrice|Addetto|Addetta|Operatore|Operatrice|Contabile|Consulente|Sistemista|Tecnico|Tecnica|Grafico|Grafica|Redattore|Redattrice|Pianificatore|Pianificatrice|Assistente|Esperto|Esperta|Amministratore)\b|Team Leader|(Junior|Senior)$/;
    const inItaly = org10k.users.filter((u) => u.country === 'Italy' && u.preferredLanguage === 'it-IT');
    expect(share(inItaly, (u) => italian.test(u.jobTitle!))).toBeGreaterThan(0.6);
    expect(org10k.users.filter((u) => u.country !== 'Italy' && italian.test(u.jobTitle!))).toEqual([]);
  });

  it('has interns, juniors, seniors and principals in both languages', () => {
    const titles = org10k.users.map((u) => u.jobTitle!);
    for (const word of [
      /Intern$/,
      /^Junior /,
      /^Senior /,
      /^Principal /,
      /^Stagista/,
      / Junior$/,
      / Senior$/,
      / Esperto$| Esperta$/,
    ]) {
      expect(
        titles.some((t) => word.test(t)),
        String(word),
      ).toBe(true);
    }
  });
});

describe('people', () => {
  it('gives everyone a unique given.surname address in lower-case ASCII on the tenant domain', () => {
    const upns = org10k.users.map((u) => u.userPrincipalName);
    expect(new Set(upns).size).toBe(upns.length);
    for (const u of org10k.users) {
      expect(u.userPrincipalName).toMatch(/^[a-z]+\.[a-z]+[0-9]*@contoso-italia\.example$/);
      expect(u.mail).toBe(u.userPrincipalName);
    }
  });

  it('numbers namesakes instead of reusing an address', () => {
    expect(org10k.users.some((u) => /^[a-z]+\.[a-z]+2@/.test(u.userPrincipalName))).toBe(true);
  });

  it('builds the display name from the given name and surname', () => {
    expect(org10k.users.every((u) => u.displayName === `${u.givenName} ${u.surname}`)).toBe(true);
  });

  it('seats most people in Milano, a fifth in Roma and the rest in London, New York and Bangalore', () => {
    const at = (city: string) => share(org10k.users, (u) => u.city === city);
    expect(at('Milano')).toBeGreaterThan(0.52);
    expect(at('Milano')).toBeLessThan(0.64);
    expect(at('Roma')).toBeGreaterThan(0.15);
    expect(at('Roma')).toBeLessThan(0.25);
    expect(at('London')).toBeGreaterThan(0.05);
    expect(at('London')).toBeLessThan(0.11);
    expect(at('New York')).toBeGreaterThan(0.04);
    expect(at('New York')).toBeLessThan(0.1);
    expect(at('Bangalore')).toBeGreaterThan(0.03);
    expect(at('Bangalore')).toBeLessThan(0.08);
  });

  it('mostly seats people with their manager, but not always', () => {
    const byId = new Map(org10k.users.map((u) => [u.id, u]));
    const together = share(org10k.users.slice(1), (u) => byId.get(u.managerId!)!.city === u.city);
    expect(together).toBeGreaterThan(0.7);
    expect(together).toBeLessThan(0.97);
  });

  it('keeps office, country, usage location and time zones consistent', () => {
    const expected: Record<string, [string, string, string, string]> = {
      Milano: ['Milano - Porta Nuova', 'Italy', 'IT', 'W. Europe Standard Time'],
      Roma: ['Roma - EUR', 'Italy', 'IT', 'W. Europe Standard Time'],
      London: ['London - Canary Wharf', 'United Kingdom', 'GB', 'GMT Standard Time'],
      'New York': ['New York - Midtown', 'United States', 'US', 'Eastern Standard Time'],
      Bangalore: ['Bangalore - Whitefield', 'India', 'IN', 'India Standard Time'],
    };
    for (const u of org10k.users) {
      const [officeLocation, country, usageLocation, office] = expected[u.city!]!;
      // The one mailbox with a customised zone says so (see the next test).
      const timeZone = u.mailbox.timeZone === 'Customized Time Zone' ? 'Customized Time Zone' : office;
      expect([
        u.officeLocation,
        u.country,
        u.usageLocation,
        u.mailbox.timeZone,
        u.mailbox.workingHours.timeZone.name,
      ]).toEqual([officeLocation, country, usageLocation, timeZone, timeZone]);
    }
  });

  it('gives one Roma individual contributor a customised zone with Rome’s rules', () => {
    for (const org of [org300, org10k]) {
      const custom = org.users.filter((u) => u.mailbox.timeZone === 'Customized Time Zone');
      expect(custom).toHaveLength(1);
      const [u] = custom as [SandboxUser];
      expect([u.city, u.persona, org.users.some((r) => r.managerId === u.id)]).toEqual(['Roma', null, false]);
      expect(u.mailbox.workingHours.timeZone).toEqual({
        '@odata.type': '#microsoft.graph.customTimeZone',
        bias: -60,
        name: 'Customized Time Zone',
        standardOffset: { time: '03:00:00.0000000', dayOccurrence: 5, dayOfWeek: 'sunday', month: 10, year: 0 },
        daylightOffset: {
          daylightBias: -60,
          time: '02:00:00.0000000',
          dayOccurrence: 5,
          dayOfWeek: 'sunday',
          month: 3,
          year: 0,
        },
      });
      // The last such person, so that those before keep W. Europe Standard Time.
      const others = org.users.filter(
        (p) => p.city === 'Roma' && p.persona === null && !org.users.some((r) => r.managerId === p.id),
      );
      expect(others.at(-1)).toBe(u);
    }
  });

  it('lines up the customised mailbox’s team meetings as for W. Europe Standard Time', () => {
    const u = org10k.users.find((p) => p.mailbox.timeZone === 'Customized Time Zone')!;
    const rome = org10k.users.find((p) => p.mailbox.timeZone === 'W. Europe Standard Time')!;
    expect(workingWindow(u).offset).toBe(1);
    expect(workingWindow(u).offset).toBe(workingWindow(rome).offset);
  });

  it('speaks Italian in Italian offices, with a few English speakers, and the local English elsewhere', () => {
    const inItaly = org10k.users.filter((u) => u.country === 'Italy');
    expect(share(inItaly, (u) => u.preferredLanguage === 'it-IT')).toBeGreaterThan(0.9);
    expect(inItaly.some((u) => u.preferredLanguage === 'en-US')).toBe(true);
    const local: Record<string, string> = { London: 'en-GB', 'New York': 'en-US', Bangalore: 'en-IN' };
    for (const u of org10k.users) if (u.country !== 'Italy') expect(u.preferredLanguage).toBe(local[u.city!]);
  });

  it("sets the mailbox language and formats to the person's locale", () => {
    const formats: Record<string, [string, string, string]> = {
      'it-IT': ['Italian (Italy)', 'dd/MM/yyyy', 'HH:mm'],
      'en-GB': ['English (United Kingdom)', 'dd/MM/yyyy', 'HH:mm'],
      'en-US': ['English (United States)', 'M/d/yyyy', 'h:mm tt'],
      'en-IN': ['English (India)', 'dd-MM-yyyy', 'h:mm tt'],
    };
    for (const u of org10k.users) {
      const [displayName, dateFormat, timeFormat] = formats[u.preferredLanguage!]!;
      expect(u.mailbox.language).toEqual({ locale: u.preferredLanguage, displayName });
      expect([u.mailbox.dateFormat, u.mailbox.timeFormat]).toEqual([dateFormat, timeFormat]);
    }
  });

  it("works the office's usual hours", () => {
    const usual: Record<string, string[]> = {
      Milano: ['09:00-18:00'],
      Roma: ['09:00-18:00'],
      London: ['09:00-17:30'],
      'New York': ['08:30-17:00', '09:00-17:00'],
      Bangalore: ['09:30-18:30'],
    };
    for (const u of org10k.users) {
      const { startTime, endTime, daysOfWeek } = u.mailbox.workingHours;
      expect(startTime).toMatch(/^\d\d:\d\d:00\.0000000$/);
      if (daysOfWeek.length === 5 && endTime !== '13:00:00.0000000') {
        expect(daysOfWeek).toEqual(['monday', 'tuesday', 'wednesday', 'thursday', 'friday']);
        expect(usual[u.city!]).toContain(`${startTime.slice(0, 5)}-${endTime.slice(0, 5)}`);
      }
    }
  });

  it('has about 8% part-timers, on four days or mornings only', () => {
    const partTime = org10k.users.filter(
      (u) => u.mailbox.workingHours.daysOfWeek.length < 5 || u.mailbox.workingHours.endTime === '13:00:00.0000000',
    );
    expect(partTime.length / org10k.users.length).toBeGreaterThan(0.05);
    expect(partTime.length / org10k.users.length).toBeLessThan(0.11);
    for (const u of partTime) {
      const { daysOfWeek, startTime, endTime } = u.mailbox.workingHours;
      if (daysOfWeek.length < 5) expect(daysOfWeek).toHaveLength(4);
      else expect([startTime, endTime]).toEqual(['09:00:00.0000000', '13:00:00.0000000']);
    }
  });

  it('hires between 1995 and October 2026, interns this year and juniors in the last few years', () => {
    for (const u of org10k.users) {
      expect(u.employeeHireDate).toMatch(/^\d{4}-\d\d-\d\dT00:00:00Z$/);
      expect(u.employeeHireDate! >= '1995-01-01').toBe(true);
      expect(u.employeeHireDate! < '2026-11-01').toBe(true);
      if (u.employeeType === 'Intern') expect(u.employeeHireDate! >= '2026-01-01').toBe(true);
      if (/Junior/.test(u.jobTitle!)) expect(u.employeeHireDate! >= '2023-01-01').toBe(true);
    }
  });

  it('has mostly employees, some contractors, and interns as interns', () => {
    expect(share(org10k.users, (u) => u.employeeType === 'Employee')).toBeGreaterThan(0.85);
    expect(share(org10k.users, (u) => u.employeeType === 'Contractor')).toBeGreaterThan(0.02);
    for (const u of org10k.users) {
      expect(u.employeeType === 'Intern').toBe(/\bIntern\b|\bStagista\b/.test(u.jobTitle!));
    }
  });

  it('enables every account and gives phone numbers in the local format', () => {
    const prefix: Record<string, RegExp> = {
      Milano: /^\+39 02 /,
      Roma: /^\+39 06 /,
      London: /^\+44 20 /,
      'New York': /^\+1 212 /,
      Bangalore: /^\+91 80 /,
    };
    for (const u of org10k.users) {
      expect(u.accountEnabled).toBe(true);
      expect(u.businessPhones.length).toBeLessThanOrEqual(1);
      for (const phone of u.businessPhones) expect(phone).toMatch(prefix[u.city!]!);
    }
    expect(org10k.users.some((u) => u.mobilePhone === null)).toBe(true);
    expect(org10k.users.some((u) => u.mobilePhone !== null)).toBe(true);
  });

  it('gives everyone two to six distinct skills', () => {
    for (const u of org10k.users) {
      expect(u.skills.length).toBeGreaterThanOrEqual(2);
      expect(u.skills.length).toBeLessThanOrEqual(6);
      expect(new Set(u.skills).size).toBe(u.skills.length);
    }
  });

  it('gives juniors more digital skills and managers more leadership skills', () => {
    const digital =
      /Generative AI|Prompt Engineering|Social Media|Low-code Automation|Data Visualisation|Power BI|Digital Collaboration|Video Editing|Content Creation/;
    const leadership =
      /Leadership|Coaching|Mentoring|Public Speaking|Negotiation|Strategic Planning|Stakeholder Management|Change Management|Decision Making|Conflict Resolution/;
    const managers = new Set(org10k.users.map((u) => u.managerId));
    const juniors = org10k.users.filter((u) => /\b(Junior|Intern|Stagista)\b/.test(u.jobTitle!));
    const leads = org10k.users.filter((u) => managers.has(u.id));
    const rate = (users: SandboxUser[], skill: RegExp) =>
      users.flatMap((u) => u.skills).filter((s) => skill.test(s)).length / users.length;
    expect(rate(juniors, digital)).toBeGreaterThan(2 * rate(leads, digital));
    expect(rate(leads, leadership)).toBeGreaterThan(2 * rate(juniors, leadership));
  });

  it('gives the Tandem.Admin app role to the HR programme owner only', () => {
    const admins = org10k.users.filter((u) => u.appRoles.length > 0);
    expect(admins.map((u) => [u.persona, u.appRoles])).toEqual([['hr-admin', ['Tandem.Admin']]]);
  });
});

describe('calendar traits', () => {
  it('gives all direct reports of one manager the same weekly team meeting slot', () => {
    for (const team of reportsByManager(org10k).values()) {
      const slots = new Set(team.map((u) => `${u.calendar.teamMeetingDay}@${u.calendar.teamMeetingHour}`));
      expect(slots.size).toBe(1);
    }
  });

  it("puts the team meeting on Monday to Thursday inside the manager's working hours", () => {
    const byId = new Map(org10k.users.map((u) => [u.id, u]));
    const hour = (time: string) => Number(time.slice(0, 2)) + Number(time.slice(3, 5)) / 60;
    const days = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
    for (const u of org10k.users.slice(1)) {
      const manager = byId.get(u.managerId!)!;
      const { teamMeetingDay, teamMeetingHour } = u.calendar;
      const { startTime, endTime, daysOfWeek } = manager.mailbox.workingHours;
      expect(teamMeetingDay).toBeGreaterThanOrEqual(1);
      expect(teamMeetingDay).toBeLessThanOrEqual(4);
      expect(daysOfWeek).toContain(days[teamMeetingDay]);
      expect(teamMeetingHour).toBeGreaterThanOrEqual(hour(startTime));
      expect(teamMeetingHour + 1).toBeLessThanOrEqual(hour(endTime));
    }
  });

  it('loads managers and executives with more meetings than individual contributors', () => {
    const managers = new Set(org10k.users.map((u) => u.managerId));
    for (const u of org10k.users) {
      const [lo, hi] = managers.has(u.id) ? [0.3, 0.6] : [0.1, 0.3];
      expect(u.calendar.meetingLoad).toBeGreaterThanOrEqual(lo);
      expect(u.calendar.meetingLoad).toBeLessThanOrEqual(hi);
    }
  });

  it('keeps focus blocks between zero and four and out-of-office rates between 2% and 6%', () => {
    for (const { calendar } of org10k.users) {
      expect(Number.isInteger(calendar.focusBlocksPerWeek)).toBe(true);
      expect(calendar.focusBlocksPerWeek).toBeGreaterThanOrEqual(0);
      expect(calendar.focusBlocksPerWeek).toBeLessThanOrEqual(4);
      expect(calendar.outOfOfficeRate).toBeGreaterThanOrEqual(0.02);
      expect(calendar.outOfOfficeRate).toBeLessThanOrEqual(0.06);
    }
  });
});
