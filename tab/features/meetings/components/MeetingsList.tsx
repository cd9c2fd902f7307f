import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { ButtonLink } from '../../../components/links';
import { LoadError } from '../../../components/LoadError';
import { Loading } from '../../../components/Loading';
import { useFocusTarget } from '../../../components/target';
import { useLocale, useMessages } from '../../../lib/i18n';
import type { Meetings, Occurrence, Series, SeriesStatus } from '../../../../server/scheduling/schemas';
import { useMeetings } from '../api/getMeetings';
import { zoneName } from './format';
import { messages } from './messages';
import { CHANGING, SeriesCard } from './SeriesCard';
import { isOver } from './SeriesStatus';
import { useMeetingStyles } from './styles';

/** Series whose status will change by itself soon, as a job finishes. */
const SETTLING: ReadonlySet<SeriesStatus> = new Set(['booking', 'cancelling', 'replaced']);
const LIVE = ['booked', 'booking', 'needs_attention'];

/** What a link into Meetings points at: a pair's meetings, or one session of them. */
export interface MeetingsTarget {
  seriesId?: string | undefined;
  occurrenceId?: string | undefined;
}

export interface MeetingsListProps {
  target?: MeetingsTarget;
  onSignInAgain?: () => void;
}

/** Reloading while a job changes calendars: every few seconds at first, then less often. */
const REFRESH = { firstMs: 3000, laterMs: 30_000, quickTimes: 20 };

/** Every pair's meetings, with their status, sessions, check-ins and goals. */
export function MeetingsList({ target = {}, onSignInAgain }: MeetingsListProps) {
  const t = useMessages(messages);
  const locale = useLocale();
  const styles = useMeetingStyles();
  const meetings = useMeetings();
  // Sessions the server accepted a change for, shown changing until the next answer says more.
  const [changes, setChanges] = useState<{ against: Meetings; occurrence: Occurrence }[]>([]);
  const data = meetings.data;

  const shown = useMemo(() => {
    if (!data) return undefined;
    const mine = changes.filter((c) => c.against === data);
    if (mine.length === 0) return data;
    const patch = (o: Occurrence) => mine.find((c) => c.occurrence.id === o.id)?.occurrence ?? o;
    return {
      series: data.series.map((s) => ({ ...s, next: s.next && patch(s.next), upcoming: s.upcoming.map(patch) })),
    };
  }, [data, changes]);

  const settling = !!shown?.series.some(
    (s) => SETTLING.has(s.status) || s.upcoming.some((o) => CHANGING.has(o.status)),
  );
  // Each answer is marked by when it came, even one the same as the last (the cache keeps that one's object).
  const answered = meetings.isSuccess && !meetings.isFetching ? meetings.dataUpdatedAt : undefined;
  useRefreshWhile(settling, answered, () => void meetings.refetch());
  const missing = shown && missingTarget(shown.series, target);
  const missingRef = useFocusTarget<HTMLDivElement>(!!missing);

  if (!shown) {
    if (meetings.isError) return <LoadError query={meetings} onSignInAgain={onSignInAgain} />;
    return <Loading label={t.loading} />;
  }

  if (shown.series.length === 0) {
    return (
      <div className={styles.block}>
        <Text as="p" className={styles.text}>
          {t.none}
        </Text>
        <ButtonLink to="/requests" appearance="primary" className={styles.alignStart}>
          {t.findSomeone}
        </ButtonLink>
      </div>
    );
  }

  const zone = zoneName(locale);
  return (
    <div className={styles.root}>
      <Text as="p" className={styles.muted}>
        {zone ? t.timesIn(zone) : t.timesInDevice}
      </Text>
      {missing && (
        <div ref={missingRef} tabIndex={-1} className={styles.notice}>
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{missing === 'series' ? t.seriesNotListed : t.sessionNotListed}</MessageBarBody>
          </MessageBar>
        </div>
      )}
      {order(shown.series).map((series) => (
        <SeriesCard
          key={series.id}
          series={series}
          target={series.id === target.seriesId ? (target.occurrenceId ?? 'series') : undefined}
          onChanged={(occurrence) => data && setChanges((c) => [...c, { against: data, occurrence }])}
          onStale={() => void meetings.refetch()}
          onSignInAgain={onSignInAgain}
        />
      ))}
    </div>
  );
}

/** What a link pointed at that the list does not hold (long past, or not the reader's), if anything. */
function missingTarget(series: Series[], { seriesId, occurrenceId }: MeetingsTarget): 'series' | 'session' | null {
  if (!seriesId) return null;
  const found = series.find((s) => s.id === seriesId);
  if (!found) return 'series';
  if (!occurrenceId) return null;
  const sessions = [...found.upcoming, ...found.past, ...(found.next ? [found.next] : [])];
  return sessions.some((o) => o.id === occurrenceId) ? null : 'session';
}

/** Live series first, soonest next session first; ended ones after. */
function order(series: Series[]): Series[] {
  const rank = (s: Series) => (LIVE.includes(s.status) && !isOver(s) ? 0 : 1);
  const next = (s: Series) => (s.next ? Date.parse(s.next.start) : Number.MAX_SAFE_INTEGER);
  return [...series].sort((a, b) => rank(a) - rank(b) || next(a) - next(b));
}

/**
 * Reloads a little after each answer while something is changing, so a skip, a booking or a
 * cancellation shows as done without the person reloading. Quick at first, as jobs usually take
 * seconds; then slower, for a series Outlook keeps waiting.
 */
function useRefreshWhile(changing: boolean, answer: unknown, reload: () => void) {
  const times = useRef(0);
  const reloadNow = useEffectEvent(() => {
    times.current += 1;
    reload();
  });
  useEffect(() => {
    if (!changing) {
      times.current = 0;
      return;
    }
    // Each answer arms the next reload; none while one is on its way.
    if (answer === undefined) return;
    const timer = setTimeout(reloadNow, times.current < REFRESH.quickTimes ? REFRESH.firstMs : REFRESH.laterMs);
    return () => clearTimeout(timer);
  }, [changing, answer]);
}
