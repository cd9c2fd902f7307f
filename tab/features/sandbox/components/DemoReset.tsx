import { useId } from 'react';
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
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ErrorState } from '../../../components/ErrorState';
import { formatDate, useLocale, useMessages } from '../../../lib/i18n';
import { useDemoStatus, useResetDemo } from '../api/demo';
import { demoMessages } from './demoMessages';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    paddingBlockStart: tokens.spacingVerticalL,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    maxWidth: '40rem',
  },
  heading: { margin: 0 },
  text: { margin: 0 },
  progress: { alignSelf: 'stretch' },
});

/**
 * Sandbox only: the demo programme everyone signs in to, and a way to start it again from the
 * beginning (the server wipes the programme and both calendars and lives the demo's weeks again).
 */
export function DemoReset() {
  const t = useMessages(demoMessages);
  const locale = useLocale();
  const styles = useStyles();
  const headingId = useId();
  const status = useDemoStatus();
  const reset = useResetDemo();
  const s = status.data;
  const running = s?.state === 'running';

  // Idle: no demo was prepared in this process (TANDEM_SANDBOX_DEMO=0), so there is none to reset.
  if (!s || s.state === 'idle') return null;

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {t.title}
      </Text>
      <Text as="p" className={styles.text}>
        {t.intro}
      </Text>
      {running ? (
        <Field className={styles.progress} validationMessage={t.progress(s.done, s.total)} validationState="none">
          <ProgressBar value={s.total > 0 ? s.done / s.total : undefined} aria-label={t.preparing} />
        </Field>
      ) : (
        s?.state === 'done' &&
        s.finishedAt && (
          <Text as="p" role="status" className={styles.text}>
            {t.ready(formatDate(s.finishedAt, locale, { dateStyle: 'medium', timeStyle: 'short' }))}
          </Text>
        )
      )}
      {s?.state === 'failed' && (
        <Text as="p" role="alert" className={styles.text}>
          {t.failed}
        </Text>
      )}
      {reset.isError && <ErrorState error={reset.error} />}
      <Dialog>
        <DialogTrigger disableButtonEnhancement>
          <Button disabled={running || reset.isPending}>{t.reset}</Button>
        </DialogTrigger>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.askTitle}</DialogTitle>
            <DialogContent>{t.ask}</DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="secondary">{t.keep}</Button>
              </DialogTrigger>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="primary" onClick={() => reset.mutate()}>
                  {t.confirm}
                </Button>
              </DialogTrigger>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
