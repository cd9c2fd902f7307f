import { useEffect, useSyncExternalStore } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useQueryClient, type QueryCache, type QueryClient } from '@tanstack/react-query';
import { kindOf } from '../components/ErrorState';
import { useMessages } from '../lib/i18n';
import { messages } from './messages';
import { useColumnStyles } from './Page';

/** While the server stays out of reach, it is asked again this often without anyone pressing a button. */
const AGAIN_MS = 20_000;

const useStyles = makeStyles({ banner: { paddingTop: tokens.spacingVerticalL } });

type Connection = 'reached' | 'unreachable' | 'retrying';

/** Whether any answer on screen failed because the server could not be reached, and whether it is being asked again. */
function connection(cache: QueryCache): Connection {
  const failed = cache.findAll({
    type: 'active',
    predicate: (query) => query.state.status === 'error' && kindOf(query.state.error) === 'unreachable',
  });
  if (failed.length === 0) return 'reached';
  return failed.some((query) => query.state.fetchStatus === 'fetching') ? 'retrying' : 'unreachable';
}

function askAgain(client: QueryClient): void {
  void client.refetchQueries({ type: 'active', predicate: (query) => query.state.status === 'error' });
}

/**
 * The one place that says the server cannot be reached, for every view and section at once: what
 * was loaded stays on screen (possibly out of date), and Tandem keeps asking.
 */
export function ConnectionBanner() {
  const t = useMessages(messages);
  const styles = useStyles();
  const column = useColumnStyles();
  const client = useQueryClient();
  const cache = client.getQueryCache();
  const state = useSyncExternalStore(
    (changed) => cache.subscribe(changed),
    () => connection(cache),
  );

  useEffect(() => {
    if (state !== 'unreachable') return;
    const timer = setInterval(() => askAgain(client), AGAIN_MS);
    return () => clearInterval(timer);
  }, [state, client]);

  if (state === 'reached') return null;
  return (
    <div className={mergeClasses(column.column, styles.banner)}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.offlineTitle}</MessageBarTitle> {t.offlineBody}
        </MessageBarBody>
        <MessageBarActions>
          {state === 'retrying' ? (
            <Spinner size="tiny" label={t.offlineRetrying} />
          ) : (
            <Button onClick={() => askAgain(client)}>{t.retry}</Button>
          )}
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}
