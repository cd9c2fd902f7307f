import { Badge, MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { useMessages } from '../../../lib/i18n';
import type { Series } from '../api/getMeetings';
import { messages } from './messages';
import { useMeetingStyles } from './styles';

const colours: Record<string, 'success' | 'warning' | 'informative' | 'subtle'> = {
  booked: 'success',
  booking: 'informative',
  needs_attention: 'warning',
  replaced: 'informative',
};

/** The series' status in words; the colour only repeats them. */
export function SeriesBadge({ status }: { status: string }) {
  const t = useMessages(messages);
  return (
    <Badge appearance="tint" color={colours[status] ?? 'subtle'}>
      {t.status[status] ?? status}
    </Badge>
  );
}

/** What the status means for the person, and what happens next; nothing when booked. */
export function SeriesExplanation({ series }: { series: Pick<Series, 'status' | 'problem'> }) {
  const t = useMessages(messages);
  const styles = useMeetingStyles();

  if (series.status === 'needs_attention') {
    // "outlook_refused:ErrorSomething": the code, then what Outlook said.
    const problem = series.problem ?? 'unknown';
    const colon = problem.indexOf(':');
    const [code, detail] = colon < 0 ? [problem, ''] : [problem.slice(0, colon), problem.slice(colon + 1)];
    const what = code === 'outlook_refused' ? t.outlookRefused(detail || code) : (t.problem[code] ?? t.problem.unknown);
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{what}</MessageBarTitle> {t.fix[code] ?? t.fix.unknown} {t.retriesDaily}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const words = t.explain[series.status];
  return words ? (
    <Text as="p" className={styles.text}>
      {words}
    </Text>
  ) : null;
}
