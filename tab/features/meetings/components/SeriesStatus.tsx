import { Badge, MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { useMessages } from '../../../lib/i18n';
import type { Series, SeriesStatus } from '../../../../server/scheduling/schemas';
import { messages } from './messages';
import { useMeetingStyles } from './styles';

const colours: Record<SeriesStatus, 'success' | 'warning' | 'informative' | 'subtle'> = {
  booked: 'success',
  booking: 'informative',
  needs_attention: 'warning',
  replaced: 'informative',
  cancelling: 'subtle',
  cancelled: 'subtle',
};

/** Whether `key` is one of the record's own keys: a code the tab has words for. */
const known = <K extends string>(record: Record<K, unknown>, key: string): key is K => Object.hasOwn(record, key);

/** The series' status in words; the colour only repeats them. */
export function SeriesBadge({ status }: { status: SeriesStatus }) {
  const t = useMessages(messages);
  return (
    <Badge appearance="tint" color={colours[status]}>
      {t.status[status]}
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
    const what =
      code === 'outlook_refused'
        ? t.outlookRefused(detail || code)
        : known(t.problem, code)
          ? t.problem[code]
          : t.problem.unknown;
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{what}</MessageBarTitle> {known(t.fix, code) ? t.fix[code] : t.fix.unknown} {t.retriesDaily}
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
