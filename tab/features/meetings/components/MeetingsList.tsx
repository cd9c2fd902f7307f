import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { Button, Text } from '@fluentui/react-components';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useLocale, useMessages } from '../../../lib/i18n';
import type { Query } from '../../../lib/query';
import type { Meetings, Occurrence, Series, SeriesStatus } from '../../../../server/scheduling/schemas';
import { zoneName } from './format';
import { messages } from './messages';
import { CHANGING, SeriesCard } from './SeriesCard';
import { useMeetingStyles } from './styles';

/** Series whose status will change by itself soon, as a job finishes. */
const SETTLING: ReadonlySet<SeriesStatus> = new Set(['booking', 'cancelling', 'replaced']);
const LIVE = ['booked', 'booking', 'needs_attention'];

export interface MeetingsListProps {
  meetings: Query<Meetings>;
  /** Where someone with no pair yet goes next. */
  onFindSomeone: () => void;
  onSignInAgain?: () => void;
}

/** Reloading while a job changes calendars: every few seconds at first, then less often. */
const REFRESH = { firstMs: 3000, laterMs: 30_000, quickTimes: 20 };

/** Every pair's meetings, with their status, sessions, check-ins and goals. */
export function MeetingsList({ meetings, onFindSomeone, onSignInAgain }: MeetingsListProps) {
  const t = useMessages(messages);
  const locale = useLocale();
  const styles = useMeetingStyles();
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
  useRefreshWhile(settling, meetings.status === 'success' ? meetings.data : undefined, meetings.retry);

  if (meetings.status === 'error' && !shown)
    return <ErrorState error={meetings.error} onRetry={meetings.retry} onSignInAgain={onSignInAgain} />;
  if (!shown) return <Loading label={t.loading} />;

  if (shown.series.length === 0) {
    return (
      <div className={styles.block}>
        <Text as="p" className={styles.text}>
          {t.none}
        </Text>
        <Button appearance="primary" className={styles.alignStart} onClick={onFindSomeone}>
          {t.findSomeone}
        </Button>
      </div>
    );
  }

  const zone = zoneName(locale);
  return (
    <div className={styles.root}>
      <Text as="p" className={styles.muted}>
        {zone ? t.timesIn(zone) : t.timesInDevice}
      </Text>
      {order(shown.series).map((series) => (
        <SeriesCard
          key={series.id}
          series={series}
          onChanged={(occurrence) => data && setChanges((c) => [...c, { against: data, occurrence }])}
          onStale={meetings.retry}
          onSignInAgain={onSignInAgain}
        />
      ))}
    </div>
  );
}

/** Live series first, soonest next session first; ended ones after. */
function order(series: Series[]): Series[] {
  const rank = (s: Series) => (LIVE.includes(s.status) ? 0 : 1);
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
