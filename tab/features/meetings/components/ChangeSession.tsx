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
import { ApiError, useApi } from '../../../lib/api';
import { useLocale, useMessages } from '../../../lib/i18n';
import { changeOccurrence } from '../api/changeOccurrence';
import type { Occurrence, OccurrenceAction } from '../../../../server/scheduling/schemas';
import { formatStart } from './format';
import { messages } from './messages';
import { useMeetingStyles } from './styles';

/** Codes that mean the page shows an old state: reloading shows where things stand. */
const STALE = new Set(['meeting_started', 'meeting_changing', 'series_not_booked', 'meeting_not_found']);

export interface ChangeSessionProps {
  seriesId: string;
  occurrence: Occurrence;
  /** The other person's name, for the question. */
  name: string;
  /** The server took the change (202) and answered with the session as it now is. */
  onChanged: (occurrence: Occurrence, action: OccurrenceAction) => void;
  /** The server refused because the page is out of date; called when the person closes the dialog. */
  onStale: () => void;
  onSignInAgain?: (() => void) | undefined;
}

/** Skip and Reschedule for one coming session, each asked first in a dialog. */
export function ChangeSession(props: ChangeSessionProps) {
  const styles = useMeetingStyles();
  return (
    <div className={styles.actions}>
      <Confirm action="skip" {...props} />
      <Confirm action="reschedule" {...props} />
    </div>
  );
}

function Confirm({
  action,
  seriesId,
  occurrence,
  name,
  onChanged,
  onStale,
  onSignInAgain,
}: ChangeSessionProps & { action: OccurrenceAction }) {
  const t = useMessages(messages);
  const locale = useLocale();
  const styles = useMeetingStyles();
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const stale = error instanceof ApiError && STALE.has(error.code);
  const when = formatStart(occurrence, locale);
  const skip = action === 'skip';

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      const changed = await changeOccurrence(api, seriesId, occurrence.id, action);
      setOpen(false);
      onChanged(changed, action);
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
        if (stale) onStale();
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button size="small" aria-label={skip ? t.skipOn(when) : t.rescheduleOn(when)}>
          {skip ? t.skip : t.reschedule}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{skip ? t.skipTitle : t.rescheduleTitle}</DialogTitle>
          <DialogContent className={styles.block}>
            <Text as="p" className={styles.text}>
              {skip ? t.skipBody(when, name) : t.rescheduleBody(when, name)}
            </Text>
            {error !== null && <ActionError error={error} known={t.changeErrors} onSignInAgain={onSignInAgain} />}
          </DialogContent>
          <DialogActions>
            {busy && <Spinner size="tiny" label={t.working} />}
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">{t.keep}</Button>
            </DialogTrigger>
            <Button appearance="primary" disabledFocusable={busy} onClick={() => void confirm()}>
              {skip ? t.skipConfirm : t.rescheduleConfirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
