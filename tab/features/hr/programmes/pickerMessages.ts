import type { Messages } from '../../../lib/i18n';

const en = {
  chosen: (n: number, _max: number) => (n === 0 ? 'None chosen: the whole catalogue.' : `${n} chosen.`),
  chosenList: (label: string) => `${label}: chosen`,
  remove: 'Remove',
  typeToSearch: 'Type to search',
  noMatch: 'Nothing matches what you typed.',
  full: (max: number) => `You have chosen ${max}, the most there can be. Remove one to choose another.`,
};

export const pickerMessages: Messages<typeof en> = {
  en,
  it: {
    chosen: (n) => (n === 0 ? 'Nessuna scelta: tutto il catalogo.' : `Selezione: ${n}.`),
    chosenList: (label) => `${label}: selezione`,
    remove: 'Rimuovi',
    typeToSearch: 'Scrivi per cercare',
    noMatch: 'Nessun risultato per quello che hai scritto.',
    full: (max) => `Hai raggiunto il massimo (${max}). Per aggiungere una voce, rimuovine prima un’altra.`,
  },
};
