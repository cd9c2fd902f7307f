import { useEffect, useId, useRef, useState } from 'react';
import { Badge, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useLocale, useMessages } from '../../../lib/i18n';
import type { Occurrence, OccurrenceAction, OccurrenceStatus, Series } from '../../../../server/scheduling/schemas';
import { ChangeSession } from './ChangeSession';
import { PastSession } from './CheckIn';
import { formatSession, formatStart } from './format';
import { GoalsProgress } from './GoalsProgress';
import { DownloadNextSession, JoinLink } from './JoinAndDownload';
import { messages } from './messages';
import { SeriesBadge, SeriesExplanation } from './SeriesStatus';
import { useMeetingStyles } from './styles';

/** Sessions on their way to another state: a job is changing both calendars. */
export const CHANGING: ReadonlySet<OccurrenceStatus> = new Set(['skipping', 'rescheduling']);

export interface SeriesCardProps {
  series: Series;
  /** A session was skipped or moved (202): the list shows it changing and reloads soon. */
  onChanged: (occurrence: Occurrence) => void;
  /** The server said the page is out of date. */
  onStale: () => void;
  onSignInAgain?: (() => void) | undefined;
}

/** One pair's meetings: who, how often, the status, the next session, the ones after and before, and goals. */
export function SeriesCard({ series, onChanged, onStale, onSignInAgain }: SeriesCardProps) {
  const t = useMessages(messages);
  const locale = useLocale();
  const styles = useMeetingStyles();
  const headingId = useId();
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const name = series.other.displayName || t.someone;
  const programme = t.programme[series.track];
  const booked = series.status === 'booked';
  const later = series.upcoming.filter((o) => o.id !== series.next?.id);
  const latestPast = series.past[0];

  useEffect(() => {
    // The buttons the person used are gone once the session shows as changing: the notice takes
    // the focus, after the dialog has handed it back to its trigger.
    if (!notice) return;
    const timer = setTimeout(() => noticeRef.current?.focus());
    return () => clearTimeout(timer);
  }, [notice]);

  function changed(occurrence: Occurrence, action: OccurrenceAction) {
    const when = formatStart(occurrence, locale);
    setNotice(action === 'skip' ? t.skippingNotice(when) : t.reschedulingNotice(when));
    onChanged(occurrence);
  }

  const change = (occurrence: Occurrence) =>
    booked && occurrence.status === 'scheduled' ? (
      <ChangeSession
        seriesId={series.id}
        occurrence={occurrence}
        name={name}
        onChanged={changed}
        onStale={onStale}
        onSignInAgain={onSignInAgain}
      />
    ) : null;

  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <div className={styles.title}>
        <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
          {name}
        </Text>
        <SeriesBadge status={series.status} />
      </div>
      <div className={styles.block}>
        <Text as="p" className={styles.text}>
          {series.role === 'mentor' ? t.yourMentee(programme) : t.yourMentor(programme)}
        </Text>
        <Text as="p" className={styles.muted}>
          {t.cadence[series.cadence](series.durationMinutes)}
        </Text>
      </div>
      <SeriesExplanation series={series} />
      {notice && (
        <div ref={noticeRef} tabIndex={-1} className={styles.notice}>
          <MessageBar intent="info" layout="multiline" role="status">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        </div>
      )}

      {(series.next || booked) && (
        <div className={styles.next}>
          <Text as="h3" size={400} weight="semibold" className={styles.heading}>
            {t.nextHeading}
          </Text>
          {series.next ? (
            <>
              <p className={styles.when}>{formatSession(series.next, locale)}</p>
              <SessionState occurrence={series.next} />
              <div className={styles.actions}>
                {series.joinUrl && <JoinLink joinUrl={series.joinUrl} name={name} />}
                <DownloadNextSession seriesId={series.id} name={name} onSignInAgain={onSignInAgain} />
              </div>
              {change(series.next)}
            </>
          ) : (
            <Text as="p" className={styles.text}>
              {t.noUpcoming}
            </Text>
          )}
        </div>
      )}

      {later.length > 0 && (
        <div className={styles.block}>
          <Text as="h3" size={400} weight="semibold" className={styles.heading}>
            {t.upcomingHeading}
          </Text>
          <ul className={styles.list}>
            {later.map((occurrence) => (
              <li key={occurrence.id} className={styles.row}>
                <div className={styles.rowLine}>
                  <Text className={styles.grow}>{formatSession(occurrence, locale)}</Text>
                  {change(occurrence)}
                </div>
                <SessionState occurrence={occurrence} />
              </li>
            ))}
          </ul>
        </div>
      )}

      {series.past.length > 0 && (
        <div className={styles.block}>
          <Text as="h3" size={400} weight="semibold" className={styles.heading}>
            {t.pastHeading}
          </Text>
          <ul className={styles.list}>
            {series.past.map((occurrence) => (
              <PastSession
                key={occurrence.id}
                seriesId={series.id}
                occurrence={occurrence}
                prompt={occurrence === latestPast}
                onSignInAgain={onSignInAgain}
              />
            ))}
          </ul>
        </div>
      )}

      <div className={styles.block}>
        <Text as="h3" size={400} weight="semibold" className={styles.heading}>
          {t.goalsHeading}
        </Text>
        <GoalsProgress series={series} goals={series.goals} name={name} onSignInAgain={onSignInAgain} />
      </div>
    </section>
  );
}

/** A session that is not simply scheduled says so, in words. */
function SessionState({ occurrence }: { occurrence: Occurrence }) {
  const t = useMessages(messages);
  const styles = useMeetingStyles();
  if (occurrence.status === 'scheduled') {
    // A reschedule that found no other free time: the session stayed, and the person should know.
    return occurrence.lastChange === 'move_failed' ? (
      <div className={styles.rowLine}>
        <Badge appearance="tint" color="warning">
          {t.notMoved}
        </Badge>
        <Text className={styles.muted}>{t.notMovedHelp}</Text>
      </div>
    ) : null;
  }
  return (
    <div className={styles.rowLine}>
      <Badge appearance="tint" color={CHANGING.has(occurrence.status) ? 'informative' : 'subtle'}>
        {t.session[occurrence.status]}
      </Badge>
      {CHANGING.has(occurrence.status) && <Text className={styles.muted}>{t.updating}</Text>}
    </div>
  );
}
