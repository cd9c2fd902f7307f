import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { Page } from '../../../app/Page';
import { useSession } from '../../../app/session';
import { ActionError } from '../../../components/ActionError';
import { LoadError } from '../../../components/LoadError';
import { Loading } from '../../../components/Loading';
import { useApi } from '../../../lib/api';
import { useMessages } from '../../../lib/i18n';
import { getOutcomesCsv, useOutcomes, type OutcomesQuery } from './api/outcomes';
import { Confidence, Surveys } from './Confidence';
import { Diversity } from './Diversity';
import { Filters } from './Filters';
import { LearningCurve } from './LearningCurve';
import { Meetings } from './Meetings';
import { messages } from './messages';
import { Participation } from './Participation';
import { Retention } from './Retention';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  note: { color: tokens.colorNeutralForeground3 },
});

/** /hr/outcomes: what mentoring changes, per programme or across them, for HR programme owners. */
export function OutcomesView() {
  const t = useMessages(messages);
  const styles = useStyles();
  const { onSignInAgain } = useSession();
  const api = useApi();
  const [query, setQuery] = useState<OutcomesQuery>({});
  const outcomes = useOutcomes(query);
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const o = outcomes.data;

  async function download() {
    setDownloading(true);
    setDownloadError(null);
    try {
      save(await getOutcomesCsv(api, query), csvName(query));
    } catch (reason) {
      setDownloadError(reason);
    } finally {
      setDownloading(false);
    }
  }

  return (
    <Page title={t.title} intro={t.intro}>
      <Filters query={query} choices={o?.choices} onChange={setQuery} />
      <div className={styles.bar}>
        <Button onClick={() => void download()} disabledFocusable={downloading || !o}>
          {t.download}
        </Button>
        {downloading && <Spinner size="tiny" label={t.downloading} />}
        {o && (
          <Text className={styles.note} aria-live="polite">
            {outcomes.isPlaceholderData ? t.refreshing : t.limit(o.minGroupSize)}
          </Text>
        )}
      </div>
      {downloadError !== null && <ActionError error={downloadError} known={{}} onSignInAgain={onSignInAgain} />}
      {o ? (
        <>
          <Participation o={o} />
          <Meetings o={o} />
          <LearningCurve o={o} />
          <Confidence o={o} />
          <Surveys o={o} />
          <Diversity o={o} />
          <Retention o={o} />
        </>
      ) : outcomes.isError ? (
        <LoadError query={outcomes} onSignInAgain={onSignInAgain} />
      ) : (
        <Loading label={t.loading} />
      )}
    </Page>
  );
}

/** The file's name, as the server names it (server/analytics/csv.ts). */
function csvName(q: OutcomesQuery): string {
  return `tandem-outcomes_${q.programmeId ?? 'all-programmes'}_${q.from ?? 'start'}_${q.to ?? 'today'}.csv`;
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns: let it live a little.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
