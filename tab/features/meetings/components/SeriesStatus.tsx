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

/** Pairs that meet no more for now: their meetings are cancelled, or being cancelled. */
const OVER = ['paused', 'completed', 'ended'] as const;
type Over = (typeof OVER)[number];

export const isOver = (
  series: Pick<Series, 'pairStatus'>,
): series is Pick<Series, 'pairStatus'> & { pairStatus: Over } =>
  (OVER as readonly string[]).includes(series.pairStatus);

/** "Pairing ended": where the pair stands, in place of the series' own status. */
export function PairOverBadge({ series }: { series: Pick<Series, 'pairStatus'> }) {
  const t = useMessages(messages);
  return isOver(series) ? (
    <Badge appearance="tint" color="subtle">
      {t.pairOver[series.pairStatus]}
    </Badge>
  ) : null;
}

/** "This pairing ended; its sessions were cancelled." Said plainly, first thing in the card. */
export function PairOverText({ series }: { series: Pick<Series, 'pairStatus' | 'status'> }) {
  const t = useMessages(messages);
  if (!isOver(series)) return null;
  // Until the job has taken them out of both calendars, the sessions are still being cancelled.
  const cancelling = series.status !== 'cancelled';
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{t.pairOverText[series.pairStatus](cancelling)}</MessageBarBody>
    </MessageBar>
  );
}
