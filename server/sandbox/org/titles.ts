// Job titles, in English and Italian, built from a small vocabulary of seniority words so that a
// title-to-seniority mapper can read them back:
//   individual contributors  en: Intern < Junior < (none) < Senior < Principal
//                            it: Stagista < Junior < (none) < Senior < Esperto/Esperta
//   managers (by layers)     en: Manager, Team Lead, Lead Engineer < Senior Manager, Head of
//                                < Director < VP, Vice President < SVP, Senior Vice President
//                            it: Coordinatore/Coordinatrice, Team Leader < Responsabile
//                                < Direttore/Direttrice (< the English VP and SVP titles)
//   executives               en: Chief ... Officer; it: Direttore/Direttrice + function
//   CEO                      en: Chief Executive Officer; it: Amministratore Delegato

import type { DepartmentName } from './departments.js';
import type { Random } from './random.js';

export type Lang = 'en' | 'it';

/** 0 intern, 1 junior, 2 professional, 3 senior, 4 principal. */
export type IcLevel = 0 | 1 | 2 | 3 | 4;

interface Role {
  en: string;
  it: string;
  /** Feminine Italian form when it differs. */
  itF?: string;
}

interface Area {
  en: string;
  it: string;
}

interface Titles {
  roles: readonly Role[];
  /** What a team or organisation here is called in a manager's title. */
  areas: readonly Area[];
  /** English prefix for interns, e.g. "Marketing Intern". */
  intern: string;
  /** Feminine Italian form when it is more than Direttore → Direttrice. */
  executive: { en: string; it: string; itF?: string };
}

const r = (en: string, it: string, itF?: string): Role => (itF ? { en, it, itF } : { en, it });
const a = (en: string, it: string): Area => ({ en, it });

const TITLES: Readonly<Record<DepartmentName, Titles>> = {
  'Executive Office': {
    roles: [
      r('Executive Assistant', 'Assistente di Direzione'),
      r('Strategy Analyst', 'Analista Strategico', 'Analista Strategica'),
    ],
    areas: [a('Strategy', 'Strategia')],
    intern: 'Strategy',
    // The CEO. Many women at the top in Italy keep the institutional masculine form.
    executive: { en: 'Chief Executive Officer', it: 'Amministratore Delegato', itF: 'Amministratore Delegato' },
  },
  Engineering: {
    roles: [
      r('Software Engineer', 'Sviluppatore Software', 'Sviluppatrice Software'),
      r('Developer', 'Sviluppatore', 'Sviluppatrice'),
      r('QA Engineer', 'Tester'),
      r('DevOps Engineer', 'Sistemista DevOps'),
      r('Data Engineer', 'Data Engineer'),
    ],
    areas: [
      a('Engineering', 'Ingegneria'),
      a('Software Development', 'Sviluppo Software'),
      a('Platform', 'Piattaforma'),
      a('Quality Assurance', 'Qualità Software'),
      a('Data Engineering', 'Ingegneria dei Dati'),
    ],
    intern: 'Software Engineering',
    executive: { en: 'Chief Technology Officer', it: 'Direttore Tecnico', itF: 'Direttrice Tecnica' },
  },
  Product: {
    roles: [
      r('Product Designer', 'Designer di Prodotto'),
      r('UX Designer', 'UX Designer'),
      r('Product Analyst', 'Analista di Prodotto'),
      r('Product Owner', 'Product Owner'),
    ],
    areas: [
      a('Product', 'Prodotto'),
      a('Product Design', 'Design di Prodotto'),
      a('User Experience', 'Esperienza Utente'),
    ],
    intern: 'Product',
    executive: { en: 'Chief Product Officer', it: 'Direttore Prodotto' },
  },
  IT: {
    roles: [
      r('Systems Administrator', 'Sistemista'),
      r('IT Support Technician', 'Tecnico IT', 'Tecnica IT'),
      r('Security Analyst', 'Analista della Sicurezza'),
      r('Network Engineer', 'Tecnico di Rete', 'Tecnica di Rete'),
    ],
    areas: [
      a('IT', 'Sistemi Informativi'),
      a('IT Infrastructure', 'Infrastruttura IT'),
      a('Cybersecurity', 'Sicurezza Informatica'),
      a('Service Desk', 'Service Desk'),
    ],
    intern: 'IT',
    executive: { en: 'Chief Information Officer', it: 'Direttore Sistemi Informativi' },
  },
  Sales: {
    roles: [
      r('Sales Representative', 'Addetto alle Vendite', 'Addetta alle Vendite'),
      r('Account Executive', 'Account Executive'),
      r('Sales Analyst', 'Analista Commerciale'),
      r('Business Developer', 'Consulente Commerciale'),
    ],
    areas: [
      a('Sales', 'Vendite'),
      a('Key Accounts', 'Grandi Clienti'),
      a('Business Development', 'Sviluppo Commerciale'),
      a('Inside Sales', 'Inside Sales'),
    ],
    intern: 'Sales',
    executive: { en: 'Chief Commercial Officer', it: 'Direttore Commerciale' },
  },
  Marketing: {
    roles: [
      r('Marketing Specialist', 'Specialista Marketing'),
      r('Content Specialist', 'Redattore Contenuti', 'Redattrice Contenuti'),
      r('Digital Marketing Analyst', 'Analista Marketing Digitale'),
      r('Graphic Designer', 'Grafico', 'Grafica'),
    ],
    areas: [
      a('Marketing', 'Marketing'),
      a('Digital Marketing', 'Marketing Digitale'),
      a('Communications', 'Comunicazione'),
      a('Brand', 'Brand'),
    ],
    intern: 'Marketing',
    executive: { en: 'Chief Marketing Officer', it: 'Direttore Marketing' },
  },
  'Customer Support': {
    roles: [
      r('Customer Support Agent', 'Operatore Assistenza Clienti', 'Operatrice Assistenza Clienti'),
      r('Customer Service Representative', 'Addetto Customer Service', 'Addetta Customer Service'),
      r('Technical Support Specialist', 'Specialista Supporto Tecnico'),
    ],
    areas: [
      a('Customer Support', 'Assistenza Clienti'),
      a('Customer Service', 'Customer Service'),
      a('Technical Support', 'Supporto Tecnico'),
    ],
    intern: 'Customer Support',
    executive: { en: 'Chief Customer Officer', it: 'Direttore Customer Service' },
  },
  Operations: {
    roles: [
      r('Operations Analyst', 'Analista Operations'),
      r('Logistics Specialist', 'Addetto Logistica', 'Addetta Logistica'),
      r('Buyer', 'Buyer'),
      r('Planner', 'Pianificatore', 'Pianificatrice'),
    ],
    areas: [
      a('Operations', 'Operations'),
      a('Supply Chain', 'Supply Chain'),
      a('Logistics', 'Logistica'),
      a('Procurement', 'Acquisti'),
    ],
    intern: 'Operations',
    executive: { en: 'Chief Operating Officer', it: 'Direttore Operativo', itF: 'Direttrice Operativa' },
  },
  Finance: {
    roles: [
      r('Financial Analyst', 'Analista Finanziario', 'Analista Finanziaria'),
      r('Accountant', 'Contabile'),
      r('Controller', 'Controller'),
      r('Analyst', 'Analista'),
    ],
    areas: [
      a('Finance', 'Finanza'),
      a('Accounting', 'Contabilità'),
      a('Controlling', 'Controllo di Gestione'),
      a('Treasury', 'Tesoreria'),
    ],
    intern: 'Finance',
    executive: { en: 'Chief Financial Officer', it: 'Direttore Amministrazione e Finanza' },
  },
  Legal: {
    roles: [
      r('Legal Counsel', 'Consulente Legale'),
      r('Paralegal', 'Assistente Legale'),
      r('Compliance Analyst', 'Analista Compliance'),
    ],
    areas: [a('Legal', 'Affari Legali'), a('Compliance', 'Compliance'), a('Contracts', 'Contratti')],
    intern: 'Legal',
    executive: { en: 'General Counsel', it: 'Direttore Affari Legali' },
  },
  'Human Resources': {
    roles: [
      r('HR Specialist', 'Specialista Risorse Umane'),
      r('Recruiter', 'Recruiter'),
      r('HR Business Partner', 'HR Business Partner'),
      r('Payroll Specialist', 'Specialista Paghe'),
    ],
    areas: [
      a('Human Resources', 'Risorse Umane'),
      a('Talent Acquisition', 'Selezione del Personale'),
      a('Learning & Development', 'Formazione e Sviluppo'),
      a('Payroll', 'Amministrazione del Personale'),
    ],
    intern: 'HR',
    executive: { en: 'Chief People Officer', it: 'Direttore Risorse Umane' },
  },
};

// Every title is built once, here, and then only picked: the generator makes 100,000 people and
// must not make 100,000 copies of "Senior Software Engineer".

/** A voice: English, or Italian in the masculine or feminine form. */
type Voice = 'en' | 'itM' | 'itF';

const voice = (lang: Lang, female: boolean): Voice => (lang === 'en' ? 'en' : female ? 'itF' : 'itM');

interface Compiled {
  /** Per role, per voice, indexed by level 1-4. */
  roles: readonly Record<Voice, readonly string[]>[];
  interns: Record<Lang, readonly string[]>;
  /** Per area, per voice, indexed by layers 1-5: the choices, repeated to weight them. */
  managers: readonly Record<Voice, readonly (readonly string[])[]>[];
  executive: Record<Voice, string>;
}

function compile(t: Titles): Compiled {
  const english = (b: string): string[] => ['', `Junior ${b}`, b, `Senior ${b}`, `Principal ${b}`];
  const italian = (b: string, expert: string): string[] => ['', `${b} Junior`, b, `${b} Senior`, `${b} ${expert}`];
  const times = (n: number, text: string): string[] => Array.from({ length: n }, () => text);
  const managers = (en: string, it: string, female: boolean): string[][] => {
    const lead = female ? 'Coordinatrice' : 'Coordinatore';
    const director = female ? 'Direttrice' : 'Direttore';
    return [
      [],
      [...times(3, `${lead} ${it}`), ...times(2, `Team Leader ${it}`)],
      [`Responsabile ${it}`],
      [`${director} ${it}`],
      [...times(3, `VP ${en}`), ...times(2, `Vice President, ${en}`)],
      [`SVP ${en}`, `Senior Vice President, ${en}`],
    ];
  };
  return {
    roles: t.roles.map((role) => ({
      en: english(role.en),
      itM: italian(role.it, 'Esperto'),
      itF: italian(role.itF ?? role.it, 'Esperta'),
    })),
    interns: {
      en: ['Intern', 'Intern', `${t.intern} Intern`, `${t.intern} Intern`, `${t.intern} Intern`],
      it: ['Stagista', 'Stagista', 'Stagista', ...t.areas.map((area) => `Stagista ${area.it}`)],
    },
    managers: t.areas.map(({ en, it }) => ({
      en: [
        [],
        [...times(4, `${en} Manager`), `${en} Team Lead`],
        [`Senior ${en} Manager`, `Head of ${en}`],
        [...times(3, `Director of ${en}`), ...times(2, `${en} Director`)],
        [...times(3, `VP ${en}`), ...times(2, `Vice President, ${en}`)],
        [`SVP ${en}`, `Senior Vice President, ${en}`],
      ],
      itM: managers(en, it, false),
      itF: managers(en, it, true),
    })),
    executive: {
      en: t.executive.en,
      itM: t.executive.it,
      itF: t.executive.itF ?? t.executive.it.replace(/^Direttore\b/, 'Direttrice'),
    },
  };
}

const COMPILED = Object.fromEntries(Object.entries(TITLES).map(([name, titles]) => [name, compile(titles)])) as Record<
  DepartmentName,
  Compiled
>;

export function areaCount(dept: DepartmentName): number {
  return TITLES[dept].areas.length;
}

export function individualTitle(
  dept: DepartmentName,
  level: IcLevel,
  lang: Lang,
  female: boolean,
  rng: Random,
): string {
  const compiled = COMPILED[dept];
  if (level === 0) return rng.pick(compiled.interns[lang]);
  return rng.pick(compiled.roles)[voice(lang, female)][level]!;
}

/**
 * A manager's title from how many layers they run: 1 front-line, 2 manager of managers,
 * 3 director, 4 VP, 5 and more SVP (English titles in every office from VP up).
 */
export function managerTitle(
  dept: DepartmentName,
  layers: number,
  area: number,
  teamSize: number,
  lang: Lang,
  female: boolean,
  rng: Random,
): string {
  if (dept === 'Engineering' && layers === 1 && lang === 'en' && teamSize <= 5 && rng.chance(0.5))
    return 'Lead Engineer';
  const choices = COMPILED[dept].managers[area]![voice(lang, female)][Math.min(layers, 5)]!;
  return rng.pick(choices);
}

export function executiveTitle(dept: DepartmentName, lang: Lang, female: boolean): string {
  return COMPILED[dept].executive[voice(lang, female)];
}
