import type { ErrorCode } from '../../../../server/errors';
import type { RequestStatus } from '../../../../server/matching/schemas';
import type { Messages } from '../../../lib/i18n';

const en = {
  loading: 'Loading requests…',
  // Home's summary
  waiting: (n: number) =>
    n === 0
      ? 'No requests are waiting for your answer.'
      : n === 1
        ? 'One request is waiting for your answer.'
        : `${n} requests are waiting for your answer.`,
  sentWaiting: (n: number) =>
    n === 1
      ? 'You sent one request that is still waiting for an answer.'
      : `You sent ${n} requests that are still waiting for an answer.`,
  answer: 'Answer requests',
  seeAll: 'See your requests',
  // Received
  received: 'Requests to you',
  receivedList: 'Requests waiting for your answer',
  noneReceived:
    'No requests are waiting for your answer. When someone asks you, their request appears here and in your Teams activity.',
  wantsYouAsMentor: (programme: string) => `Would like you as their mentor in ${programme}.`,
  offersToMentorYou: (programme: string) => `Offers to be your mentor in ${programme}.`,
  theirMessage: 'Their message',
  dates: (sent: string, until: string) => `Sent on ${sent}. Answer by ${until}.`,
  accept: 'Accept',
  decline: 'Decline',
  acceptFrom: (name: string) => `Accept the request from ${name}`,
  declineFrom: (name: string) => `Decline the request from ${name}`,
  answering: 'Sending your answer…',
  accepted: 'Accepted. You are now paired: you will find each other on Home.',
  declined: 'Declined. They will see that you said no.',
  answered: 'Answered earlier',
  // Sent
  sent: 'Sent by you',
  sentList: 'Requests you sent',
  noneSent: 'You have not sent any requests. Pick someone from your suggestions to ask them.',
  toMentor: (programme: string) => `You asked them to be your mentor in ${programme}.`,
  toMentee: (programme: string) => `You offered to be their mentor in ${programme}.`,
  sentOn: (sent: string) => `Sent on ${sent}.`,
  sentDates: (sent: string, until: string) => `Sent on ${sent}. Without an answer it expires on ${until}.`,
  withdraw: 'Withdraw',
  withdrawTo: (name: string) => `Withdraw your request to ${name}`,
  withdrawing: 'Withdrawing…',
  withdrawn: (name?: string) => `Withdrawn. ${name ?? 'They'} will no longer see it.`,
  withdrawErrors: {
    request_closed: 'This request has already been answered or has expired, so it can no longer be withdrawn.',
    not_your_request:
      'Only the person who sent a request can withdraw it. If it was sent to you, you can decline it instead.',
    request_not_found: 'This request no longer exists. Refresh the page to see your requests as they are now.',
  } satisfies Partial<Record<ErrorCode, string>>,
  status: {
    pending: 'Waiting for an answer',
    accepted: 'Accepted',
    declined: 'Declined',
    expired: 'Expired',
    withdrawn: 'Withdrawn',
  } satisfies Record<RequestStatus, string>,
  // Sending
  send: 'Send a request',
  sendTo: (name: string) => `Send a request to ${name}`,
  message: (name: string) => `Message to ${name} (optional)`,
  messageHint: 'Say what you hope to learn or share.',
  count: (n: string, limit: number) => `${n}/${limit}`,
  tooLong: (over: string, limit: number) =>
    `The message is ${over} ${over === '1' ? 'character' : 'characters'} over the limit of ${limit}. Shorten it to send.`,
  sendNow: 'Send request',
  cancel: 'Cancel',
  sending: 'Sending…',
  sentTo: (name: string, until: string) => `Request sent to ${name}. They have until ${until} to answer.`,
  alreadySent: 'Request sent: waiting for an answer.',
  alreadyAsked: 'They have asked you already: answer them under Requests to you.',
  errors: {
    request_exists: 'There is already a request waiting between you two in this programme.',
    pair_not_allowed:
      'Tandem can no longer pair you two in this programme: something changed since the suggestion. Refresh the page for new suggestions.',
    not_a_mentor: 'They are no longer taking mentees in this programme.',
    not_a_mentee: 'They are no longer looking for a mentor in this programme.',
    mentor_full:
      'There is no free mentee place left in this programme. To accept, raise your number of mentees in My programmes, or end a pairing.',
    request_expired: 'This request has expired. They can send a new one if they still want to pair.',
    request_closed: 'This request has already been answered.',
    already_paired: 'You two are already paired in this programme.',
  } satisfies Partial<Record<ErrorCode, string>>,
};

export const messages: Messages<typeof en> = {
  en,
  it: {
    loading: 'Caricamento delle richieste…',
    waiting: (n) =>
      n === 0
        ? 'Nessuna richiesta attende la tua risposta.'
        : n === 1
          ? 'Una richiesta attende la tua risposta.'
          : `${n} richieste attendono la tua risposta.`,
    sentWaiting: (n) =>
      n === 1
        ? 'Hai inviato una richiesta che attende ancora una risposta.'
        : `Hai inviato ${n} richieste che attendono ancora una risposta.`,
    answer: 'Rispondi alle richieste',
    seeAll: 'Vedi le tue richieste',
    received: 'Richieste per te',
    receivedList: 'Richieste in attesa della tua risposta',
    noneReceived:
      'Nessuna richiesta attende la tua risposta. Quando qualcuno ti manda una richiesta, la trovi qui e nelle attività di Teams.',
    wantsYouAsMentor: (programme) => `Ti chiede di fare da mentor nel ${programme}.`,
    offersToMentorYou: (programme) => `Si offre di farti da mentor nel ${programme}.`,
    theirMessage: 'Il suo messaggio',
    dates: (sent, until) => `Inviata il ${sent}. Rispondi entro il ${until}.`,
    accept: 'Accetta',
    decline: 'Rifiuta',
    acceptFrom: (name) => `Accetta la richiesta di ${name}`,
    declineFrom: (name) => `Rifiuta la richiesta di ${name}`,
    answering: 'Invio della risposta…',
    accepted: 'Richiesta accettata: ora fate coppia e vi trovate nella Home.',
    declined: 'Richiesta rifiutata. L’altra persona vedrà la tua risposta.',
    answered: 'Richieste a cui hai risposto',
    sent: 'Inviate da te',
    sentList: 'Richieste che hai inviato',
    noneSent: 'Non hai ancora inviato richieste. Scegli qualcuno tra i suggerimenti e invia una richiesta.',
    toMentor: (programme) => `Hai chiesto a questa persona di farti da mentor nel ${programme}.`,
    toMentee: (programme) => `Hai proposto a questa persona il tuo aiuto come mentor nel ${programme}.`,
    sentOn: (sent) => `Inviata il ${sent}.`,
    sentDates: (sent, until) => `Inviata il ${sent}. Senza risposta scade il ${until}.`,
    withdraw: 'Ritira',
    withdrawTo: (name) => `Ritira la richiesta inviata a ${name}`,
    withdrawing: 'Ritiro in corso…',
    withdrawn: (name) =>
      name ? `Richiesta ritirata. ${name} non la vedrà più.` : 'Richiesta ritirata. L’altra persona non la vedrà più.',
    withdrawErrors: {
      request_closed: 'Questa richiesta ha già ricevuto una risposta o è scaduta, quindi non puoi più ritirarla.',
      not_your_request: 'Solo chi ha inviato una richiesta può ritirarla. Se l’hai ricevuta tu, puoi rifiutarla.',
      request_not_found: 'Questa richiesta non esiste più. Ricarica la pagina per vedere le tue richieste aggiornate.',
    },
    status: {
      pending: 'In attesa di risposta',
      accepted: 'Accettata',
      declined: 'Rifiutata',
      expired: 'Scaduta',
      withdrawn: 'Ritirata',
    },
    send: 'Invia una richiesta',
    sendTo: (name) => `Invia una richiesta a ${name}`,
    message: (name) => `Messaggio per ${name} (facoltativo)`,
    messageHint: 'Racconta cosa speri di imparare o di condividere.',
    count: (n, limit) => `${n}/${limit}`,
    tooLong: (over, limit) =>
      `Il messaggio supera di ${over} ${over === '1' ? 'carattere' : 'caratteri'} il limite di ${limit}. Accorcialo per inviarlo.`,
    sendNow: 'Invia richiesta',
    cancel: 'Annulla',
    sending: 'Invio in corso…',
    sentTo: (name, until) => `Richiesta inviata a ${name}. Ha tempo fino al ${until} per rispondere.`,
    alreadySent: 'Richiesta inviata: in attesa di risposta.',
    alreadyAsked: 'Ti ha già mandato una richiesta: rispondi in Richieste per te.',
    errors: {
      request_exists: 'C’è già una richiesta in attesa tra voi due in questo programma.',
      pair_not_allowed:
        'Tandem non può più abbinarvi in questo programma: qualcosa è cambiato dal suggerimento. Ricarica la pagina per nuovi suggerimenti.',
      not_a_mentor: 'Questa persona non accoglie più mentee in questo programma.',
      not_a_mentee: 'Questa persona non cerca più un mentor in questo programma.',
      mentor_full:
        'Non ci sono più posti liberi per mentee in questo programma. Per accettare, aumenta il numero di mentee in I miei programmi, o concludi un abbinamento.',
      request_expired: 'Questa richiesta è scaduta. Può inviarne una nuova se vuole ancora fare coppia.',
      request_closed: 'Questa richiesta ha già una risposta.',
      already_paired: 'Siete già in coppia in questo programma.',
    },
  },
};
