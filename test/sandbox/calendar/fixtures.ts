import type { Caller, Clock, Directory } from '../../../server/sandbox/context.js';
import type {
  CalendarTraits,
  CustomTimeZone,
  DayOfWeek,
  SandboxUser,
  WindowsTimeZone,
} from '../../../server/sandbox/org/model.js';

// Small hand-made tenants for the calendar tests: people with just the fields the calendar reads.

export const TENANT_ID = '98a79ebe-74bf-4e07-a017-7b410848cb32';
export const DOMAIN = 'contoso.example';
export const WEEKDAYS: DayOfWeek[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

export interface PersonOptions {
  id: string;
  given: string;
  managerId?: string | null;
  zone?: WindowsTimeZone;
  /** A zone customised in Outlook: the mailbox then reports "Customized Time Zone". */
  customZone?: CustomTimeZone;
  days?: DayOfWeek[];
  start?: string;
  end?: string;
  calendar?: Partial<CalendarTraits>;
}

/** A person working 09:00-17:00 Monday to Friday in Rome unless told otherwise. */
export function person(o: PersonOptions): SandboxUser {
  const zone = o.zone ?? 'W. Europe Standard Time';
  const address = `${o.given.toLowerCase()}@${DOMAIN}`;
  return {
    id: o.id,
    userPrincipalName: address,
    mail: address,
    displayName: `${o.given} Example`,
    givenName: o.given,
    surname: 'Example',
    jobTitle: null,
    department: null,
    officeLocation: null,
    city: null,
    country: null,
    usageLocation: null,
    preferredLanguage: 'en-US',
    employeeHireDate: null,
    employeeType: 'Employee',
    accountEnabled: true,
    businessPhones: [],
    mobilePhone: null,
    managerId: o.managerId ?? null,
    skills: [],
    mailbox: {
      timeZone: o.customZone ? o.customZone.name : zone,
      language: { locale: 'en-US', displayName: 'English (United States)' },
      workingHours: {
        daysOfWeek: o.days ?? WEEKDAYS,
        startTime: o.start ?? '09:00:00.0000000',
        endTime: o.end ?? '17:00:00.0000000',
        timeZone: o.customZone ? structuredClone(o.customZone) : { name: zone },
      },
      dateFormat: 'dd/MM/yyyy',
      timeFormat: 'HH:mm',
    },
    calendar: {
      teamMeetingDay: 2,
      teamMeetingHour: 10,
      meetingLoad: 0.3,
      focusBlocksPerWeek: 2,
      outOfOfficeRate: 0.04,
      ...o.calendar,
    },
    appRoles: [],
    persona: null,
  };
}

/** The Directory contract over a fixed list of people. */
export class FixtureDirectory implements Directory {
  readonly tenantId = TENANT_ID;
  readonly domain = DOMAIN;
  constructor(private readonly people: readonly SandboxUser[]) {}

  get(idOrUpn: string): SandboxUser | undefined {
    const key = idOrUpn.toLowerCase();
    return this.people.find((p) => p.id === idOrUpn || p.userPrincipalName.toLowerCase() === key);
  }

  all(): readonly SandboxUser[] {
    return this.people;
  }

  directReports(managerId: string): readonly SandboxUser[] {
    return this.people.filter((p) => p.managerId === managerId);
  }
}

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  constructor(public ms: number) {}
  now(): number {
    return this.ms;
  }
}

export const appCaller = (roles: string[]): Caller => ({
  appId: 'tandem-app',
  tenantId: TENANT_ID,
  kind: 'app',
  roles,
  scopes: [],
});

export const userCaller = (user: SandboxUser, scopes: string[]): Caller => ({
  appId: 'tandem-app',
  tenantId: TENANT_ID,
  kind: 'delegated',
  userId: user.id,
  roles: [],
  scopes,
});

/** A small team in Rome: Anna manages Bruno and Carla; Dario is a part-timer (Mon-Wed) in it. */
export function romeTeam(): {
  anna: SandboxUser;
  bruno: SandboxUser;
  carla: SandboxUser;
  dario: SandboxUser;
  people: SandboxUser[];
} {
  const anna = person({
    id: 'a0000000-0000-4000-8000-000000000001',
    given: 'Anna',
    calendar: { teamMeetingDay: 1, teamMeetingHour: 9 },
  });
  const team = { teamMeetingDay: 2, teamMeetingHour: 10 };
  const bruno = person({
    id: 'b0000000-0000-4000-8000-000000000002',
    given: 'Bruno',
    managerId: anna.id,
    calendar: team,
  });
  const carla = person({
    id: 'c0000000-0000-4000-8000-000000000003',
    given: 'Carla',
    managerId: anna.id,
    calendar: team,
  });
  const dario = person({
    id: 'd0000000-0000-4000-8000-000000000004',
    given: 'Dario',
    managerId: anna.id,
    days: ['monday', 'tuesday', 'wednesday'],
    calendar: team,
  });
  return { anna, bruno, carla, dario, people: [anna, bruno, carla, dario] };
}
