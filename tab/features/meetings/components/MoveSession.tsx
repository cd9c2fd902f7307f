import { useRef, useState } from 'react';
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
  Radio,
  RadioGroup,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { ActionError } from '../../../components/ActionError';
import { useLocale, useMessages } from '../../../lib/i18n';
import { useChangeOccurrence } from '../api/changeOccurrence';
import { useSlots } from '../api/getSlots';
import type { Slot } from '../../../../server/scheduling/schemas';
import type { ChangeSessionProps } from './ChangeSession';
import { formatSlot, formatStart } from './format';
import { messages } from './messages';
import { isStale } from './stale';
import { useTheirTime } from './TheirTime';
import { useMeetingStyles } from './styles';

/**
 * Move one coming session: the dialog reads the times both people are free (0 to 3), each in the
 * reader's clock and, when it reads differently, the other person's; the person picks one. With
 * none, or when they cannot be read, Tandem can still be asked to find a time itself as it moves.
 */
export function MoveSession({
  seriesId,
  occurrence,
  name,
  other,
  onChanged,
  onStale,
  onSignInAgain,
}: ChangeSessionProps) {
  const t = useMessages(messages);
  const locale = useLocale();
  const styles = useMeetingStyles();
  const change = useChangeOccurrence();
  const [open, setOpen] = useState(false);
  const slots = useSlots(seriesId, occurrence.id, open);
  const [picked, setPicked] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const group = useRef<HTMLDivElement>(null);
  const theirTime = useTheirTime();
  const when = formatStart(occurrence, locale);
  const offered = slots.data?.slots;
  // Nothing to pick from: no free time, or the times could not be read for a reason moving may not meet.
  const noChoice = offered?.length === 0 || (slots.isError && !isStale(slots.error));

  async function move(to?: Slot) {
    setBusy(true);
    setError(null);
    try {
      const changed = await change.mutateAsync({
        seriesId,
        occurrenceId: occurrence.id,
        action: 'reschedule',
        ...(to ? { start: to.start } : {}),
      });
      setOpen(false);
      onChanged(changed, 'reschedule', to);
    } catch (reason) {
      setError(reason);
    } finally {
      setBusy(false);
    }
  }

  function confirm() {
    if (noChoice) return void move();
    const to = offered?.find((slot) => slot.start === picked);
    if (!to) {
      setMissing(true);
      group.current?.querySelector('input')?.focus();
      return;
    }
    void move(to);
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(_, data) => {
        setOpen(data.open);
        if (data.open) return;
        const stale = isStale(error) || isStale(slots.error);
        setError(null);
        setPicked('');
        setMissing(false);
        // Reloaded once the person has read why: reloading first could take this session, and the dialog, away.
        if (stale) onStale();
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button size="small" aria-label={t.rescheduleOn(when)}>
          {t.reschedule}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.rescheduleTitle}</DialogTitle>
          <DialogContent className={styles.block}>
            <Text as="p" className={styles.text}>
              {t.rescheduleBody(when, name)}
            </Text>
            {slots.isPending ? (
              <Spinner size="small" labelPosition="after" label={t.findingTimes} />
            ) : slots.isError ? (
              <ActionError error={slots.error} known={t.changeErrors} onSignInAgain={onSignInAgain} />
            ) : offered && offered.length > 0 ? (
              <Field label={t.freeTimes} required validationMessage={missing && !picked ? t.chooseTime : undefined}>
                <RadioGroup
                  ref={group}
                  value={picked}
                  onChange={(_, data) => {
                    setPicked(data.value);
                    setMissing(false);
                  }}
                >
                  {offered.map((slot) => {
                    // One string: the label is the radio's name, read in one breath.
                    const theirs = theirTime(slot, other);
                    const label = theirs ? `${formatSlot(slot, locale)} · ${theirs}` : formatSlot(slot, locale);
                    return <Radio key={slot.start} value={slot.start} label={label} />;
                  })}
                </RadioGroup>
              </Field>
            ) : (
              <>
                <Text as="p" className={styles.text}>
                  {t.noTimes(name)}
                </Text>
                <Text as="p" className={styles.muted}>
                  {t.noTimesHelp}
                </Text>
              </>
            )}
            {error !== null && <ActionError error={error} known={t.changeErrors} onSignInAgain={onSignInAgain} />}
          </DialogContent>
          <DialogActions>
            {busy && <Spinner size="tiny" label={t.working} />}
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">{t.keep}</Button>
            </DialogTrigger>
            {(offered?.length || noChoice) && (
              <Button appearance="primary" disabledFocusable={busy} onClick={confirm}>
                {noChoice ? t.letTandemFind : t.rescheduleConfirm}
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
