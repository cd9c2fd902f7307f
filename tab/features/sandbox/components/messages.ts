import type { Messages } from '../../../lib/i18n';

const en = {
  label: 'Sign in as',
  hint: 'Search by name. Demo personas are listed first.',
  placeholder: 'Search people',
  clear: 'Clear search',
  people: 'People',
  loading: 'Loading people…',
  signingIn: (name: string) => `Signing in as ${name}…`,
  none: (search: string) => `No one matches “${search}”.`,
};

export const messages: Messages<typeof en> = {
  en,
  it: {
    label: 'Accedi come',
    hint: 'Cerca per nome. Le persone demo compaiono per prime.',
    placeholder: 'Cerca persone',
    clear: 'Cancella ricerca',
    people: 'Persone',
    loading: 'Caricamento delle persone…',
    signingIn: (name) => `Accesso come ${name}…`,
    none: (search) => `Nessuno corrisponde a “${search}”.`,
  },
};
