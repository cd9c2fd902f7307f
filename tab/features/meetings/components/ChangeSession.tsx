import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { ActionError } from '../../../components/ActionError';
import { useLocale, useMessages } from '../../../lib/i18n';
import { useChangeOccurrence } from '../api/changeOccurrence';
import type { Occurrence, OccurrenceAction, OtherPerson, Slot } from '../../../../server/scheduling/schemas';
import { formatStart } from './format';
import { messages } from './messages';
import { MoveSession } from './MoveSession';
import { isStale } from './stale';
import { useMeetingStyles } from './styles';

export interface ChangeSessionProps {
  seriesId: string;
  occurrence: Occurrence;
  /** The other person's name, for the question. */
  name: string;
  /** The other person, whose clock the free times are also shown in. */
  other: Pick<OtherPerson, 'displayName' | 'timeZone'>;
  /** The server took the change (202) and answered with the session as it now is; `to` the time chosen. */
  onChanged: (occurrence: Occurrence, action: OccurrenceAction, to?: Slot) => void;
  /** The server refused because the page is out of date; called when the person closes the dialog. */
  onStale: () => void;
  onSignInAgain?: (() => void) | undefined;
}

/** Skip and Move for one coming session, each in a dialog: skipping asks first, moving offers times. */
export function ChangeSession(props: ChangeSessionProps) {
  const styles = useMeetingStyles();
  return (
    <div className={styles.actions}>
      <SkipSession {...props} />
      <MoveSession {...props} />
    </div>
  );
}

function SkipSession({ seriesId, occurrence, name, onChanged, onStale, onSignInAgain }: ChangeSessionProps) {
  const t = useMessages(messages);
  const locale = useLocale();
  const styles = useMeetingStyles();
  const change = useChangeOccurrence();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const when = formatStart(occurrence, locale);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      const changed = await change.mutateAsync({ seriesId, occurrenceId: occurrence.id, action: 'skip' });
      setOpen(false);
      onChanged(changed, 'skip');
    } catch (reason) {
      setError(reason);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(_, data) => {
        setOpen(data.open);
        if (data.open) return;
        setError(null);
        // Reloaded once the person has read why: reloading first could take this session, and the dialog, away.
        if (isStale(error)) onStale();
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button size="small" aria-label={t.skipOn(when)}>
          {t.skip}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.skipTitle}</DialogTitle>
          <DialogContent className={styles.block}>
            <Text as="p" className={styles.text}>
              {t.skipBody(when, name)}
            </Text>
            {error !== null && <ActionError error={error} known={t.changeErrors} onSignInAgain={onSignInAgain} />}
          </DialogContent>
          <DialogActions>
            {busy && <Spinner size="tiny" label={t.working} />}
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">{t.keep}</Button>
            </DialogTrigger>
            <Button appearance="primary" disabledFocusable={busy} onClick={() => void confirm()}>
              {t.skipConfirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
