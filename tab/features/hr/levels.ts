import type { Messages } from '../../lib/i18n';

/**
 * The seniority scale's levels by name, 1 (intern) to 10 (chief executive), as
 * server/org/seniority.ts places people: for HR, who sets title rules and programmes' levels.
 */
export const LEVEL_NAMES: Messages<readonly string[]> = {
  en: [
    'Intern',
    'Junior',
    'Professional',
    'Senior',
    'Expert',
    'Manager',
    'Director',
    'Vice president',
    'Executive',
    'Chief executive',
  ],
  it: [
    'Stagista',
    'Junior',
    'Professionista',
    'Senior',
    'Esperto',
    'Responsabile',
    'Direttore',
    'Vicepresidente',
    'Dirigente apicale',
    'Amministratore delegato',
  ],
};

/** "6 · Manager". */
export const levelName = (level: number, names: readonly string[]) => `${level} · ${names[level - 1] ?? ''}`;
