import { useState, type FormEvent, type ReactElement } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ActionError } from '../../../components/ActionError';
import { ApiError } from '../../../lib/api';
import { useLocale, useMessages } from '../../../lib/i18n';
import { messages, type Asked } from './messages';
import { addDays, DEFAULT_PAUSE_DAYS, formatDay, LONGEST_PAUSE_DAYS, today } from './pauseDates';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  text: { margin: 0 },
});

export interface AskFirstProps {
  /** The move asked about. */
  asking: Asked;
  /** Whether the question is open. */
  open: boolean;
  /** The card's button that asks it. */
  trigger: ReactElement;
  /** The person pressed the button. */
  onOpen: () => void;
  /** The other person's name, or a stand-in while it loads. */
  name: string;
  /** The pair's sessions booked in both calendars; undefined while not known. */
  booked: number | undefined;
  /** Whether the pair has meetings at all to cancel (a proposal has none). */
  hasMeetings: boolean;
  busy: boolean;
  error: unknown;
  /** The question is closed without doing anything. */
  onKeep: () => void;
  /** The person said yes; pausing says until which day. */
  onConfirm: (until?: string) => void;
}

/**
 * The question asked before a move that cancels meetings (pause, mark as completed, end) or that
 * cannot be undone (decline): what it does to the booked sessions, and for a pause until when.
 * Fluent's dialog dims the tab behind it rather than hiding it, so the card stays in sight.
 */
export function AskFirst(props: AskFirstProps) {
  const { asking, open, trigger, onOpen, name, booked, hasMeetings, busy, error, onKeep, onConfirm } = props;
  const t = useMessages(messages);
  const locale = useLocale();
  const styles = useStyles();
  // The day counts in the person's zone, as the server counts it; read when the question opens.
  const [first, setFirst] = useState(() => addDays(today(Date.now(), locale.timeZone), 1));
  const last = addDays(first, LONGEST_PAUSE_DAYS - 1);
  const [until, setUntil] = useState('');
  const [tried, setTried] = useState(false);
  // The day last sent: the server's refusal is about that day, and goes once another is picked.
  const [sent, setSent] = useState<string | null>(null);

  // Each time the question opens, it starts afresh from today: a month ahead, nothing tried yet.
  function opened() {
    const tomorrow = addDays(today(Date.now(), locale.timeZone), 1);
    setFirst(tomorrow);
    setUntil(addDays(tomorrow, DEFAULT_PAUSE_DAYS - 1));
    setTried(false);
    setSent(null);
    onOpen();
  }

  const day = (d: string) => formatDay(d, locale, t.day);
  const refused = error instanceof ApiError ? error.code : null;
  const refusedDay = refused !== null && sent === until ? refused : null;
  // What is wrong with the day, in the tab's words. The browser's own check of min and max is
  // off (noValidate), so a day typed outside them reads the same as when the server refuses it.
  const dayProblem = (() => {
    if (asking !== 'pause') return undefined;
    if (tried && !until) return t.pickADay;
    if ((tried && until < first) || refusedDay === 'pause_end_not_future') return t.errors.pause_end_not_future;
    if (tried && until > last) return t.tooLongUntil(day(last));
    if (refusedDay === 'pause_too_long') {
      const latest = (error as ApiError).details.latest;
      return t.tooLongUntil(day(typeof latest === 'string' ? latest : last));
    }
    return undefined;
  })();
  const dayRefused = refused === 'pause_end_not_future' || refused === 'pause_too_long';
  const otherError = error !== null && !dayRefused ? error : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (asking !== 'pause') return onConfirm();
    setTried(true);
    if (!until || until < first || until > last) return;
    setSent(until);
    onConfirm(until);
  }

  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => (data.open ? opened() : !busy && onKeep())}>
      <DialogTrigger disableButtonEnhancement>{trigger}</DialogTrigger>
      <DialogSurface>
        {open && (
          <form onSubmit={submit} noValidate>
            <DialogBody>
              <DialogTitle>{t.question[asking](name)}</DialogTitle>
              <DialogContent className={styles.content}>
                {hasMeetings && (
                  <Text as="p" className={styles.text}>
                    {t.cancels(booked)}
                  </Text>
                )}
                {asking === 'pause' ? (
                  <>
                    <Field label={t.until} required hint={t.untilHint(day(last))} validationMessage={dayProblem}>
                      <Input
                        type="date"
                        value={until}
                        min={first}
                        max={last}
                        onChange={(_, data) => {
                          setUntil(data.value);
                          setTried(false);
                        }}
                      />
                    </Field>
                    {until && (
                      <Text as="p" className={styles.text}>
                        {t.after.pause(day(until))}
                      </Text>
                    )}
                  </>
                ) : (
                  <Text as="p" className={styles.text}>
                    {t.after[asking]}
                  </Text>
                )}
                {otherError !== null && <ActionError error={otherError} known={t.errors} />}
              </DialogContent>
              <DialogActions>
                {busy && <Spinner size="tiny" label={t.working} />}
                <Button appearance="secondary" disabledFocusable={busy} onClick={onKeep}>
                  {t.keep}
                </Button>
                <Button type="submit" appearance="primary" disabledFocusable={busy}>
                  {t.yes[asking]}
                </Button>
              </DialogActions>
            </DialogBody>
          </form>
        )}
      </DialogSurface>
    </Dialog>
  );
}
