// What the demo's people write: messages with their requests, the reason a pair ended, and the
// private notes after a session, in the language each of them works in.

type Lines = { it: readonly string[]; en: readonly string[] };

export const NOTES: { mentee: Lines; mentor: Lines } = {
  mentee: {
    it: [
      'Abbiamo preparato insieme la presentazione per il comitato: da provare ad alta voce prima di giovedì.',
      'Ottimo confronto sul feedback difficile al team. Da fare: scrivere i tre punti chiave prima della riunione.',
      'Mi ha mostrato come riassumere una riunione con Copilot in due minuti. Da ripetere da solo questa settimana.',
      'Sessione breve ma utile: abbiamo scelto un obiettivo solo per il mese prossimo.',
      'Parlato di come dire di no alle richieste urgenti senza rovinare i rapporti.',
    ],
    en: [
      'We rehearsed the steering committee update. Try it out loud once more before Thursday.',
      'Good talk about giving hard feedback to the team. Next: write down the three points before the meeting.',
      'Walked through how the sales pipeline is forecast. I finally see why the numbers move at quarter end.',
      'Short but useful: we agreed on one goal for next month instead of five.',
      'Talked about saying no to urgent requests without burning bridges.',
    ],
  },
  mentor: {
    it: [
      'Tanta motivazione. Prossima volta: partire da un esempio concreto della settimana.',
      'Buon progresso sugli obiettivi. Ricordarsi di chiedere com’è andata la presentazione.',
      'Sessione utile anche per me: ho imparato qualcosa sul modo di lavorare dei team più giovani.',
      'Ho promesso di mandare il link all’articolo sulla negoziazione.',
    ],
    en: [
      'Very motivated. Next time start from a concrete example from their week.',
      'Good progress on the goals. Remember to ask how the presentation went.',
      'Useful for me too: I learned how the newer teams actually work day to day.',
      'Promised to send the article on negotiation we talked about.',
    ],
  },
};

/** The reverse mentoring pair a newcomer is most likely to open: its notes tell its story. */
export const SHOWCASE_NOTES = {
  mentee: [
    'Giulia mi ha fatto vedere come usa l’IA generativa per preparare le offerte: da provare con il team vendite.',
    'Abbiamo aperto insieme il profilo LinkedIn dell’azienda e guardato cosa commentano i clienti più giovani.',
    'Provato a chiedere a Copilot un riassunto della pipeline: funziona, ma bisogna controllare i numeri.',
    'Mi ha spiegato Teams e i canali condivisi meglio di qualsiasi corso.',
    'Oggi ho fatto io la demo a lei. Prossimo passo: proporlo alla riunione commerciale.',
  ],
  mentor: [
    'Roberto impara in fretta quando partiamo dai suoi clienti veri. Portare esempi dal settore retail.',
    'Gli ho preparato una guida di una pagina sui prompt. Da rivedere insieme la prossima volta.',
    'Mi ha spiegato come si negozia un rinnovo con un grande cliente: utilissimo anche per me.',
    'Sessione spostata di mezz’ora ma fatta. Vuole provare un’automazione low-code per i report.',
  ],
} as const;

export const REQUEST_MESSAGES = {
  showcase:
    'Ciao Giulia, mi dicono che sei la persona giusta per l’IA generativa. Mi faresti da reverse mentor? Prometto domande da principiante.',
  directorToLondon:
    'Hi Emily, I lead sales in central and southern Italy and our younger customers live on social media. Would you be my reverse mentor? Happy to meet in English.',
  mentee: {
    it: 'Ciao, ho visto il tuo profilo e mi piacerebbe averti come mentor per i prossimi mesi.',
    en: 'Hi, I saw your profile and would love you as my mentor for the next few months.',
  },
  mentorOffer: {
    it: 'Ciao, ho visto che cerchi un mentor: se ti va, partiamo con un incontro ogni due settimane.',
    en: 'Hi, I saw you are looking for a mentor. If you like, let us start with a meeting every two weeks.',
  },
} as const;

export const ENDED_REASON = 'New role in another team; we agreed to stop here and keep in touch.';

/** A line of `lines` picked by `n`, so the same session always gets the same note. */
export function pick<T>(lines: readonly T[], n: number): T {
  return lines[Math.abs(n) % lines.length]!;
}

/** A stable number for a string (FNV-1a): the same session or person always draws the same. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
