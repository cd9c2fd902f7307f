import { useState, type FormEvent } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ActionError } from '../../../../components/ActionError';
import { useMessages } from '../../../../lib/i18n';
import { messages } from './messages';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  text: { margin: 0 },
});

export interface EndPairDialogProps {
  open: boolean;
  mentor: string;
  mentee: string;
  busy: boolean;
  error: unknown;
  onKeep: () => void;
  onConfirm: (reason: string) => void;
}

/**
 * The question asked before HR ends a pairing: what it does (sessions cancelled, both told, the
 * reason kept where both can read it), and why, which the server requires.
 */
export function EndPairDialog({ open, mentor, mentee, busy, error, onKeep, onConfirm }: EndPairDialogProps) {
  const t = useMessages(messages);
  const styles = useStyles();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setTried(true);
    if (reason.trim() === '') return;
    onConfirm(reason.trim());
  }

  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open && !busy) onKeep();
      }}
    >
      <DialogSurface>
        {open && (
          <form onSubmit={submit} noValidate>
            <DialogBody>
              <DialogTitle>{t.question(mentor, mentee)}</DialogTitle>
              <DialogContent className={styles.content}>
                <Text as="p" className={styles.text}>
                  {t.consequences}
                </Text>
                <Field
                  label={t.reason}
                  required
                  hint={t.reasonHint}
                  validationMessage={tried && reason.trim() === '' ? t.reasonMissing : undefined}
                >
                  <Textarea value={reason} maxLength={200} onChange={(_, data) => setReason(data.value)} />
                </Field>
                {error !== null && <ActionError error={error} known={t.errors} />}
              </DialogContent>
              <DialogActions>
                {busy && <Spinner size="tiny" label={t.working} />}
                <Button appearance="secondary" disabledFocusable={busy} onClick={onKeep}>
                  {t.keep}
                </Button>
                <Button type="submit" appearance="primary" disabledFocusable={busy}>
                  {t.confirm}
                </Button>
              </DialogActions>
            </DialogBody>
          </form>
        )}
      </DialogSurface>
    </Dialog>
  );
}
