// The sandbox tenant's people, as the generator makes them. These are the sandbox's own types:
// the Graph routes turn them into Graph JSON, and Tandem itself never imports them.

export type WindowsTimeZone =
  | 'W. Europe Standard Time'
  | 'GMT Standard Time'
  | 'Eastern Standard Time'
  | 'India Standard Time'
  | 'Pacific Standard Time'
  | 'UTC';

export type DayOfWeek = 'sunday' | 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday';

/** What Outlook calls a zone its user customised, in mailboxSettings.timeZone and elsewhere. */
export const CUSTOM_ZONE_NAME = 'Customized Time Zone';

/** One yearly change of a customTimeZone (standardTimeZoneOffset / daylightTimeZoneOffset). */
export interface ZoneTransition {
  /** Local time of the change, in the time in force before it: "02:00:00.0000000". */
  time: string;
  /** 1..5, 5 = the last such weekday of the month. */
  dayOccurrence: number;
  dayOfWeek: DayOfWeek;
  month: number;
  /** 0: every year. */
  year: number;
}

/** microsoft.graph.customTimeZone: UTC = local + bias (+ daylightBias in daylight time), in minutes. */
export interface CustomTimeZone {
  '@odata.type': '#microsoft.graph.customTimeZone';
  bias: number;
  name: typeof CUSTOM_ZONE_NAME;
  standardOffset: ZoneTransition;
  daylightOffset: ZoneTransition & { daylightBias: number };
}

export interface WorkingHours {
  daysOfWeek: DayOfWeek[];
  /** "HH:MM:SS.0000000", in `timeZone`. */
  startTime: string;
  endTime: string;
  /** A Windows zone by name, or the rule of a zone the person customised in Outlook. */
  timeZone: { name: WindowsTimeZone } | CustomTimeZone;
}

export interface MailboxSettings {
  timeZone: WindowsTimeZone | typeof CUSTOM_ZONE_NAME;
  language: { locale: string; displayName: string };
  workingHours: WorkingHours;
  dateFormat: string;
  timeFormat: string;
}

/** What the baseline calendar generator needs to make a person's busy time believable. */
export interface CalendarTraits {
  /** Weekly team meeting run by this person's manager: weekday 1-5 and local start hour. */
  teamMeetingDay: number;
  teamMeetingHour: number;
  /** Share of working time in one-off meetings, 0..1. */
  meetingLoad: number;
  /** Focus blocks per week. */
  focusBlocksPerWeek: number;
  /** Chance that a given working day is out of office, 0..1. */
  outOfOfficeRate: number;
}

export interface SandboxUser {
  id: string;
  userPrincipalName: string;
  mail: string;
  displayName: string;
  givenName: string;
  surname: string;
  jobTitle: string | null;
  department: string | null;
  officeLocation: string | null;
  city: string | null;
  country: string | null;
  usageLocation: string | null;
  preferredLanguage: string | null;
  /** ISO 8601 date-time, e.g. "2019-04-01T00:00:00Z". */
  employeeHireDate: string | null;
  employeeType: string | null;
  accountEnabled: boolean;
  businessPhones: string[];
  mobilePhone: string | null;
  managerId: string | null;
  /** Only returned for a single user, as in Graph (FACTS 1.1). */
  skills: string[];
  mailbox: MailboxSettings;
  calendar: CalendarTraits;
  /** App roles of Tandem's app registration assigned to this person (e.g. "Tandem.Admin"). */
  appRoles: string[];
  /** A named demo persona's short key ("ceo", "junior-dev", ...), else null. */
  persona: string | null;
}

export interface Org {
  tenantId: string;
  /** Verified domain, e.g. "contoso-italia.example". */
  domain: string;
  displayName: string;
  seed: number;
  /** Top of the org first; every manager appears before their reports. */
  users: SandboxUser[];
}

export interface GenerateOrgOptions {
  seed: number;
  size: number;
  tenantId?: string;
}
