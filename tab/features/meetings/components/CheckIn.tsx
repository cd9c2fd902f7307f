import { useId, useRef, useState, type FormEvent } from 'react';
import { Button, Field, Radio, RadioGroup, Spinner, Text, Textarea, mergeClasses } from '@fluentui/react-components';
import { ActionError } from '../../../components/ActionError';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { useFocusTarget, useTargetStyles } from '../../../components/target';
import { formatDate, useLocale, useMessages } from '../../../lib/i18n';
import type { Checkin, PastOccurrence } from '../../../../server/scheduling/schemas';
import { useSaveCheckin } from '../api/saveCheckin';
import { formatSession, formatStart } from './format';
import { messages } from './messages';
import { useMeetingStyles } from './styles';

const NOTE_LIMIT = 5000;
const SCALE = ['1', '2', '3', '4', '5'];

export interface PastSessionProps {
  seriesId: string;
  occurrence: PastOccurrence;
  /** Open the form at once: the latest session, not checked in yet. */
  prompt: boolean;
  /** A link points at this session. */
  isTarget?: boolean;
  onSignInAgain?: (() => void) | undefined;
}

/** A session that ended, with the reader's own check-in: shown when saved, a short form to give or change it. */
export function PastSession({ seriesId, occurrence, prompt, isTarget = false, onSignInAgain }: PastSessionProps) {
  const t = useMessages(messages);
  const locale = useLocale();
  const styles = useMeetingStyles();
  const marked = useTargetStyles();
  const targetRef = useFocusTarget<HTMLLIElement>(isTarget);
  const [checkin, setCheckin] = useState<Checkin | null>(occurrence.checkin);
  const [open, setOpen] = useState(prompt && !occurrence.checkin);
  const [justSaved, setJustSaved] = useState(false);
  const formId = useId();
  const savedRef = useRef<HTMLDivElement>(null);
  const when = formatStart(occurrence, locale);

  function saved(answer: Checkin) {
    setCheckin(answer);
    setOpen(false);
    setJustSaved(true);
    // The form the focus was in is gone: the confirmation takes it.
    requestAnimationFrame(() => savedRef.current?.focus());
  }

  return (
    <li
      ref={targetRef}
      className={isTarget ? mergeClasses(styles.row, marked.target) : styles.row}
      tabIndex={isTarget ? -1 : undefined}
    >
      <Text as="p" className={styles.text}>
        {formatSession(occurrence, locale)}
      </Text>
      {justSaved && <SuccessNotice ref={savedRef}>{t.saved}</SuccessNotice>}
      <div className={styles.rowLine}>
        <Text className={mergeClasses(styles.muted, styles.grow)}>
          {checkin ? <Summary checkin={checkin} /> : t.notCheckedIn}
        </Text>
        <Button
          size="small"
          appearance={checkin ? 'secondary' : 'primary'}
          aria-expanded={open}
          aria-controls={open ? formId : undefined}
          aria-label={checkin ? t.editCheckInOn(when) : t.checkInOn(when)}
          onClick={() => {
            setOpen((o) => !o);
            setJustSaved(false);
          }}
        >
          {checkin ? t.editCheckIn : t.checkIn}
        </Button>
      </div>
      {open && (
        <CheckInForm
          id={formId}
          seriesId={seriesId}
          occurrence={occurrence}
          checkin={checkin}
          when={when}
          onSaved={saved}
          onSignInAgain={onSignInAgain}
        />
      )}
    </li>
  );
}

function Summary({ checkin }: { checkin: Checkin }) {
  const t = useMessages(messages);
  const locale = useLocale();
  const parts = [
    checkin.happened ? t.summary.happened : t.summary.missed,
    checkin.usefulness !== null ? t.summary.usefulness(checkin.usefulness) : null,
    checkin.confidence !== null ? t.summary.confidence(checkin.confidence) : null,
    t.summary.savedOn(formatDate(checkin.updatedAt, locale)),
  ];
  return <>{[t.checkedIn, ...parts.filter(Boolean)].join(' ')}</>;
}

interface CheckInFormProps {
  id: string;
  seriesId: string;
  occurrence: PastOccurrence;
  checkin: Checkin | null;
  when: string;
  onSaved: (checkin: Checkin) => void;
  onSignInAgain?: (() => void) | undefined;
}

function CheckInForm({ id, seriesId, occurrence, checkin, when, onSaved, onSignInAgain }: CheckInFormProps) {
  const t = useMessages(messages);
  const styles = useMeetingStyles();
  const save = useSaveCheckin();
  const [happened, setHappened] = useState<'yes' | 'no' | ''>(checkin ? (checkin.happened ? 'yes' : 'no') : '');
  const [usefulness, setUsefulness] = useState(checkin?.usefulness ? String(checkin.usefulness) : '');
  const [confidence, setConfidence] = useState(checkin?.confidence ? String(checkin.confidence) : '');
  const [note, setNote] = useState(checkin?.note ?? '');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const happenedGroup = useRef<HTMLDivElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!happened) {
      setMissing(true);
      happenedGroup.current?.querySelector('input')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const answer = await save.mutateAsync({
        seriesId,
        occurrenceId: occurrence.id,
        answers: {
          happened: happened === 'yes',
          // How useful a session that did not happen was has no answer.
          usefulness: happened === 'yes' && usefulness ? Number(usefulness) : null,
          confidence: confidence ? Number(confidence) : null,
          note: note.trim() ? note : null,
        },
      });
      onSaved(answer);
    } catch (reason) {
      setError(reason);
      setBusy(false);
    }
  }

  return (
    <form id={id} className={styles.form} aria-label={t.checkInTitle(when)} onSubmit={(e) => void submit(e)} noValidate>
      <Field label={t.happened} required validationMessage={missing && !happened ? t.chooseHappened : undefined}>
        <RadioGroup
          ref={happenedGroup}
          layout="horizontal"
          value={happened}
          onChange={(_, data) => setHappened(data.value as 'yes' | 'no')}
        >
          <Radio value="yes" label={t.yes} />
          <Radio value="no" label={t.no} />
        </RadioGroup>
      </Field>
      {happened === 'yes' && <Scale label={t.usefulness} value={usefulness} onChange={setUsefulness} />}
      <Scale label={t.confidence} value={confidence} onChange={setConfidence} />
      <Field label={t.notes} hint={t.notesHint}>
        <Textarea value={note} maxLength={NOTE_LIMIT} resize="vertical" onChange={(_, data) => setNote(data.value)} />
      </Field>
      {error !== null && <ActionError error={error} known={t.checkinErrors} onSignInAgain={onSignInAgain} />}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={busy}>
          {t.save}
        </Button>
        {busy && <Spinner size="tiny" label={t.saving} />}
      </div>
    </form>
  );
}

function Scale({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const t = useMessages(messages);
  return (
    <Field label={label} hint={t.scaleHint}>
      <RadioGroup layout="horizontal" value={value} onChange={(_, data) => onChange(data.value)}>
        {SCALE.map((n) => (
          <Radio key={n} value={n} label={n} />
        ))}
      </RadioGroup>
    </Field>
  );
}
