import { useState } from 'react';
import { Button, Spinner } from '@fluentui/react-components';
import { ActionError } from '../../../components/ActionError';
import { useApi } from '../../../lib/api';
import { useMessages } from '../../../lib/i18n';
import { getNextSessionIcs } from '../api/getNextSessionIcs';
import { messages } from './messages';
import { useMeetingStyles } from './styles';

/** The series' Teams meeting: one link for every session of a recurring meeting. */
export function JoinLink({ joinUrl, name }: { joinUrl: string; name: string }) {
  const t = useMessages(messages);
  return (
    <Button
      as="a"
      appearance="primary"
      href={joinUrl}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={t.joinWith(name)}
    >
      {t.join}
    </Button>
  );
}

const FILE_NAME = 'tandem-next-session.ics';

/**
 * The next session as a calendar file. A plain link cannot send the bearer token, so the file is
 * fetched through the API client and saved from an object URL.
 */
export function DownloadNextSession({
  seriesId,
  name,
  onSignInAgain,
}: {
  seriesId: string;
  name: string;
  onSignInAgain?: (() => void) | undefined;
}) {
  const t = useMessages(messages);
  const styles = useMeetingStyles();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function download() {
    setBusy(true);
    setError(null);
    try {
      save(await getNextSessionIcs(api, seriesId), FILE_NAME);
    } catch (reason) {
      setError(reason);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <span className={styles.actions}>
        {/* A transparent button rather than a Link-as-button: high contrast keeps its colours readable. */}
        <Button
          appearance="transparent"
          aria-label={t.downloadWith(name)}
          disabledFocusable={busy}
          onClick={() => void download()}
        >
          {t.download}
        </Button>
        {busy && <Spinner size="tiny" label={t.downloading} />}
      </span>
      {error !== null && <ActionError error={error} known={t.downloadErrors} onSignInAgain={onSignInAgain} />}
    </>
  );
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
