import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Field, Spinner, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { ActionError } from '../../../components/ActionError';
import { formatDate, formatNumber, useLocale, useMessages } from '../../../lib/i18n';
import type { PersonSummary, Role, ProgrammeId } from '../../../lib/matching';
import type { MatchRequest } from '../api/getRequests';
import { useSendRequest } from '../api/sendRequest';
import { messages } from './messages';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '36rem' },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  done: { margin: 0 },
  open: { alignSelf: 'flex-start' },
  counter: { display: 'block', textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
});

/** The server's limit (NewRequest.message in server/matching/schemas.ts). */
export const MESSAGE_LIMIT = 500;

/** Characters as the server's schema counts them (code points), of the text that will be sent. */
export function messageLength(text: string): number {
  return [...text.trim()].length;
}

export interface SendRequestProps {
  programmeId: ProgrammeId;
  /** The sender's role: a mentee asks a mentor, a mentor offers to mentor a mentee. */
  as: Role;
  /** The sender's id. */
  me: string;
  person: PersonSummary;
  /** A request between the two already waits for an answer: sent by the reader, or received by them. */
  pending?: 'sent' | 'received' | null;
  onSent?: (request: MatchRequest) => void;
  onSignInAgain?: () => void;
}

/** Asks a suggested person to pair, with an optional message. */
export function SendRequest({ programmeId, as, me, person, pending = null, onSent, onSignInAgain }: SendRequestProps) {
  const t = useMessages(messages);
  const locale = useLocale();
  const styles = useStyles();
  const sendIt = useSendRequest();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState<MatchRequest | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const done = useRef<HTMLParagraphElement>(null);
  const length = messageLength(message);
  // Nothing is cut: a longer message stays as written, says by how much, and is not sent until shortened.
  const over = length > MESSAGE_LIMIT;

  useEffect(() => {
    if (open) field.current?.focus();
  }, [open]);

  async function send(event: FormEvent) {
    event.preventDefault();
    if (over) {
      field.current?.focus();
      return;
    }
    setSending(true);
    setError(null);
    try {
      const text = message.trim();
      const request = await sendIt.mutateAsync({
        programmeId,
        mentorId: as === 'mentee' ? person.id : me,
        menteeId: as === 'mentee' ? me : person.id,
        ...(text ? { message: text } : {}),
      });
      setSent(request);
      setOpen(false);
      // The form is gone; the confirmation takes its place and the focus.
      requestAnimationFrame(() => done.current?.focus());
      onSent?.(request);
    } catch (reason) {
      setError(reason);
    } finally {
      setSending(false);
    }
  }

  function cancel() {
    setOpen(false);
    setError(null);
    requestAnimationFrame(() => opener.current?.focus());
  }

  if (sent) {
    return (
      <Text as="p" role="status" tabIndex={-1} ref={done} className={styles.done}>
        {t.sentTo(person.displayName, formatDate(sent.expiresAt, locale))}
      </Text>
    );
  }
  if (pending)
    return (
      <Text as="p" className={styles.done}>
        {pending === 'sent' ? t.alreadySent : t.alreadyAsked}
      </Text>
    );

  if (!open) {
    return (
      <Button
        ref={opener}
        className={styles.open}
        aria-label={t.sendTo(person.displayName)}
        onClick={() => setOpen(true)}
      >
        {t.send}
      </Button>
    );
  }

  return (
    <form className={styles.form} onSubmit={(e) => void send(e)} noValidate>
      <Field
        label={t.message(person.displayName)}
        hint={
          <>
            {t.messageHint}
            <span className={styles.counter}>{t.count(formatNumber(length, locale), MESSAGE_LIMIT)}</span>
          </>
        }
        validationMessage={over ? t.tooLong(formatNumber(length - MESSAGE_LIMIT, locale), MESSAGE_LIMIT) : null}
      >
        <Textarea
          ref={field}
          value={message}
          rows={4}
          resize="vertical"
          onChange={(_, data) => setMessage(data.value)}
        />
      </Field>
      {error !== null && <ActionError error={error} known={t.errors} onSignInAgain={onSignInAgain} />}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={sending}>
          {t.sendNow}
        </Button>
        <Button onClick={cancel} disabledFocusable={sending}>
          {t.cancel}
        </Button>
        {sending && <Spinner size="tiny" label={t.sending} />}
      </div>
    </form>
  );
}
