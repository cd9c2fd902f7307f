import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMessages, type Messages } from '../lib/i18n';
import { ErrorState, kindOf } from './ErrorState';

const en = { notLoaded: 'Not loaded yet: this shows once Tandem reaches its server again.' };
const messages: Messages<typeof en> = {
  en,
  it: { notLoaded: 'Non ancora caricato: comparirà appena Tandem raggiungerà di nuovo il server.' },
};

const useStyles = makeStyles({ text: { margin: 0, color: tokens.colorNeutralForeground3 } });

export interface LoadErrorProps {
  /** A query with no data to show: the answer it failed with, and how to ask again. */
  query: { error: unknown; refetch: () => unknown };
  onSignInAgain?: (() => void) | undefined;
}

/**
 * A section whose data could not load at all. An unreachable server is said once, for the whole
 * tab, by the connection banner (with its retry); each section then only says it is not there yet.
 * Anything else is the section's own problem and is said here.
 */
export function LoadError({ query, onSignInAgain }: LoadErrorProps) {
  const t = useMessages(messages);
  const styles = useStyles();
  if (kindOf(query.error) === 'unreachable')
    return (
      <Text as="p" className={styles.text}>
        {t.notLoaded}
      </Text>
    );
  return <ErrorState error={query.error} onRetry={() => void query.refetch()} onSignInAgain={onSignInAgain} />;
}
