// Where people sit, and what follows from it: time zone, working day, language and phone numbers.

import type { DepartmentName } from './departments.js';
import { CUSTOM_ZONE_NAME, type CustomTimeZone, type DayOfWeek, type WindowsTimeZone } from './model.js';
import type { Random } from './random.js';

export type Culture = 'it' | 'en' | 'in';

export interface Office {
  key: 'milano' | 'roma' | 'london' | 'new-york' | 'bangalore';
  officeLocation: string;
  city: string;
  country: string;
  usageLocation: string;
  timeZone: WindowsTimeZone;
  /** Standard-time offset from UTC in hours, to line up team meetings across offices. */
  utcOffset: number;
  /** The locale most people here choose. */
  locale: string;
  /** Whose names people here mostly have: [culture, cumulative share]. */
  cultures: readonly (readonly [Culture, number])[];
  /** Working day as decimal hours; some offices have a second common pattern. */
  hours: readonly (readonly [start: number, end: number, share: number])[];
  /** Share of all people when drawn afresh. */
  share: number;
  businessPhone: (rng: Random) => string;
  mobilePhone: (rng: Random) => string;
}

// Zero-padded digit groups, made once: phone numbers are built for every person.
const GROUPS = [2, 3, 4].map((n) => Array.from({ length: 10 ** n }, (_, k) => String(k).padStart(n, '0')));

/** n random digits, 2 <= n <= 6. */
function digits(rng: Random, n: number): string {
  if (n <= 4) return rng.pick(GROUPS[n - 2]!);
  return rng.pick(GROUPS[n - 5]!) + rng.pick(GROUPS[1]!);
}

export const OFFICES: readonly Office[] = [
  {
    key: 'milano',
    officeLocation: 'Milano - Porta Nuova',
    city: 'Milano',
    country: 'Italy',
    usageLocation: 'IT',
    timeZone: 'W. Europe Standard Time',
    utcOffset: 1,
    locale: 'it-IT',
    cultures: [
      ['it', 0.95],
      ['en', 0.985],
      ['in', 1],
    ],
    hours: [[9, 18, 1]],
    share: 0.585,
    businessPhone: (rng) => `+39 02 ${digits(rng, 4)} ${digits(rng, 4)}`,
    mobilePhone: (rng) => `+39 3${digits(rng, 2)} ${digits(rng, 3)} ${digits(rng, 4)}`,
  },
  {
    key: 'roma',
    officeLocation: 'Roma - EUR',
    city: 'Roma',
    country: 'Italy',
    usageLocation: 'IT',
    timeZone: 'W. Europe Standard Time',
    utcOffset: 1,
    locale: 'it-IT',
    cultures: [
      ['it', 0.97],
      ['en', 0.99],
      ['in', 1],
    ],
    hours: [[9, 18, 1]],
    share: 0.21,
    businessPhone: (rng) => `+39 06 ${digits(rng, 4)} ${digits(rng, 4)}`,
    mobilePhone: (rng) => `+39 3${digits(rng, 2)} ${digits(rng, 3)} ${digits(rng, 4)}`,
  },
  {
    key: 'london',
    officeLocation: 'London - Canary Wharf',
    city: 'London',
    country: 'United Kingdom',
    usageLocation: 'GB',
    timeZone: 'GMT Standard Time',
    utcOffset: 0,
    locale: 'en-GB',
    cultures: [
      ['en', 0.78],
      ['it', 0.88],
      ['in', 1],
    ],
    hours: [[9, 17.5, 1]],
    share: 0.085,
    businessPhone: (rng) => `+44 20 7${digits(rng, 3)} ${digits(rng, 4)}`,
    mobilePhone: (rng) => `+44 7${digits(rng, 3)} ${digits(rng, 6)}`,
  },
  {
    key: 'new-york',
    officeLocation: 'New York - Midtown',
    city: 'New York',
    country: 'United States',
    usageLocation: 'US',
    timeZone: 'Eastern Standard Time',
    utcOffset: -5,
    locale: 'en-US',
    cultures: [
      ['en', 0.86],
      ['it', 0.93],
      ['in', 1],
    ],
    hours: [
      [8.5, 17, 0.7],
      [9, 17, 0.3],
    ],
    share: 0.08,
    // 555-01xx and friends are reserved for fiction; the sandbox is fiction.
    businessPhone: (rng) => `+1 212 555 ${digits(rng, 4)}`,
    mobilePhone: (rng) => `+1 917 555 ${digits(rng, 4)}`,
  },
  {
    key: 'bangalore',
    officeLocation: 'Bangalore - Whitefield',
    city: 'Bangalore',
    country: 'India',
    usageLocation: 'IN',
    timeZone: 'India Standard Time',
    utcOffset: 5.5,
    locale: 'en-IN',
    cultures: [
      ['in', 0.97],
      ['en', 1],
    ],
    hours: [[9.5, 18.5, 1]],
    share: 0.04,
    businessPhone: (rng) => `+91 80 ${digits(rng, 4)} ${digits(rng, 4)}`,
    mobilePhone: (rng) => `+91 9${digits(rng, 4)} ${digits(rng, 5)}`,
  },
];

/**
 * Central Europe's rules typed in by hand as a customised zone in Outlook's options, as some
 * people do: Outlook then reports "Customized Time Zone" and this object instead of "W. Europe
 * Standard Time" (the shape of calendar-getschedule.response.json's second schedule). UTC+1, UTC+2
 * from 02:00 on the last Sunday of March to 03:00 on the last Sunday of October.
 */
export const ROMA_CUSTOM_ZONE: CustomTimeZone = {
  '@odata.type': '#microsoft.graph.customTimeZone',
  bias: -60,
  name: CUSTOM_ZONE_NAME,
  standardOffset: { time: '03:00:00.0000000', dayOccurrence: 5, dayOfWeek: 'sunday', month: 10, year: 0 },
  daylightOffset: {
    daylightBias: -60,
    time: '02:00:00.0000000',
    dayOccurrence: 5,
    dayOfWeek: 'sunday',
    month: 3,
    year: 0,
  },
};

export const MILANO = 0;
export const ROMA = 1;
export const LONDON = 2;
export const NEW_YORK = 3;
export const BANGALORE = 4;

/**
 * How much more (or less) likely a department is to sit in an office than the company average:
 * engineering and support grow in Bangalore, sales in New York and London, HR stays home.
 */
const AFFINITY: Partial<Record<DepartmentName, readonly number[]>> = {
  Engineering: [1, 0.8, 0.8, 0.6, 2.6],
  IT: [1, 1, 0.7, 0.6, 2.2],
  Product: [1.1, 0.6, 1, 0.8, 1.6],
  'Customer Support': [0.9, 1.3, 0.8, 0.8, 2],
  Sales: [0.9, 1.1, 1.6, 2.2, 0.3],
  Marketing: [1, 0.9, 1.5, 1.6, 0.3],
  Finance: [1.1, 0.9, 1.5, 0.8, 0.4],
  Legal: [1.2, 1, 1, 0.8, 0.2],
  'Human Resources': [1.2, 1.1, 0.6, 0.6, 0.4],
  Operations: [1, 1.2, 0.8, 0.8, 0.8],
};

/** Cumulative office shares per department, for a fresh draw. */
const CUMULATIVE = new Map<DepartmentName, Float64Array>();

export function drawOffice(dept: DepartmentName, rng: Random): number {
  let cumulative = CUMULATIVE.get(dept);
  if (!cumulative) {
    const weights = OFFICES.map((office, k) => office.share * (AFFINITY[dept]?.[k] ?? 1));
    const total = weights.reduce((a, b) => a + b, 0);
    cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((w, k) => {
      sum += w / total;
      cumulative![k] = sum;
    });
    CUMULATIVE.set(dept, cumulative);
  }
  const x = rng.next();
  for (let k = 0; k < cumulative.length - 1; k++) if (x < cumulative[k]!) return k;
  return cumulative.length - 1;
}

export function drawCulture(office: Office, rng: Random): Culture {
  const x = rng.next();
  for (const [culture, upTo] of office.cultures) if (x < upTo) return culture;
  return office.cultures[office.cultures.length - 1]![0];
}

export interface Locale {
  displayName: string;
  dateFormat: string;
  timeFormat: string;
}

/** Outlook's defaults for each locale. */
export const LOCALES: Readonly<Record<string, Locale>> = {
  'it-IT': { displayName: 'Italian (Italy)', dateFormat: 'dd/MM/yyyy', timeFormat: 'HH:mm' },
  'en-GB': { displayName: 'English (United Kingdom)', dateFormat: 'dd/MM/yyyy', timeFormat: 'HH:mm' },
  'en-US': { displayName: 'English (United States)', dateFormat: 'M/d/yyyy', timeFormat: 'h:mm tt' },
  'en-IN': { displayName: 'English (India)', dateFormat: 'dd-MM-yyyy', timeFormat: 'h:mm tt' },
};

/** The locale a person picks: the office's, except some people abroad keep an English one. */
export function chooseLocale(office: Office, culture: Culture, rng: Random): string {
  if (office.locale !== 'it-IT') return office.locale;
  if (culture === 'en') return rng.chance(0.7) ? 'en-US' : 'en-GB';
  if (culture === 'in') return 'en-US';
  return rng.chance(0.015) ? 'en-US' : 'it-IT';
}

export const WEEK: readonly DayOfWeek[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

export interface WorkingPattern {
  days: DayOfWeek[];
  /** Decimal hours, local to the office. */
  start: number;
  end: number;
}

/**
 * Full time in the office's usual hours; part-timers either drop a day (mostly Friday) or work
 * mornings only.
 */
export function drawWorkingPattern(office: Office, partTime: boolean, rng: Random): WorkingPattern {
  let pick = office.hours[0]!;
  const x = rng.next();
  let upTo = 0;
  for (const hours of office.hours) {
    upTo += hours[2];
    if (x < upTo) {
      pick = hours;
      break;
    }
  }
  if (!partTime) return { days: WEEK.slice(), start: pick[0], end: pick[1] };
  if (rng.chance(0.5)) return { days: WEEK.slice(), start: 9, end: 13 };
  const dropped = rng.chance(0.8) ? 'friday' : 'monday';
  return { days: WEEK.filter((day) => day !== dropped), start: pick[0], end: pick[1] };
}

const CLOCK = new Map<number, string>();

/** "HH:MM:SS.0000000", as Graph writes working hours. */
export function clockTime(hours: number): string {
  let text = CLOCK.get(hours);
  if (text === undefined) {
    const h = Math.floor(hours);
    const m = Math.round((hours - h) * 60);
    text = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00.0000000`;
    CLOCK.set(hours, text);
  }
  return text;
}
