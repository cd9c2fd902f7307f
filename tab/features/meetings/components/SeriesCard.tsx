import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Badge, MessageBar, MessageBarBody, Text, mergeClasses } from '@fluentui/react-components';
import { useFocusTarget, useTargetStyles } from '../../../components/target';
import { useLocale, useMessages } from '../../../lib/i18n';
import type {
  Occurrence,
  OccurrenceAction,
  OccurrenceStatus,
  Series,
  Slot,
} from '../../../../server/scheduling/schemas';
import { ChangeSession } from './ChangeSession';
import { PastSession } from './CheckIn';
import { formatMovedFrom, formatSession, formatSlot, formatStart } from './format';
import { GoalsProgress } from './GoalsProgress';
import { DownloadNextSession, JoinLink } from './JoinAndDownload';
import { messages } from './messages';
import { isOver, PairOverBadge, PairOverText, SeriesBadge, SeriesExplanation } from './SeriesStatus';
import { useMeetingStyles } from './styles';
import { TheirTime } from './TheirTime';
import { useProgrammeName } from '../../programmes/api/getProgrammes';

/** Sessions on their way to another state: a job is changing both calendars. */
export const CHANGING: ReadonlySet<OccurrenceStatus> = new Set(['skipping', 'rescheduling']);

export interface SeriesCardProps {
  series: Series;
  /** What a link points at in these meetings: all of them ("series"), or one session by its id. */
  target?: 'series' | string | undefined;
  /** A session was skipped or moved (202): the list shows it changing and reloads soon. */
  onChanged: (occurrence: Occurrence) => void;
  /** The server said the page is out of date. */
  onStale: () => void;
  onSignInAgain?: (() => void) | undefined;
}

/** One pair's meetings: who, how often, the status, the next session, the ones after and before, and goals. */
export function SeriesCard({ series, target, onChanged, onStale, onSignInAgain }: SeriesCardProps) {
  const t = useMessages(messages);
  const locale = useLocale();
  const styles = useMeetingStyles();
  const marked = useTargetStyles();
  const cardRef = useFocusTarget<HTMLElement>(target === 'series');
  const nextRef = useFocusTarget<HTMLDivElement>(!!series.next && target === series.next.id);
  /** Focus and a mark for the element of the item a link points at. */
  const pointed = (isTarget: boolean, className: string) =>
    isTarget ? { tabIndex: -1, className: mergeClasses(className, marked.target) } : { className };
  const headingId = useId();
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const name = series.other.displayName || t.someone;
  const programmeName = useProgrammeName();
  const programme = programmeName(series.programmeId);
  // A paused, completed or ended pair meets no more, whatever its series' status says yet.
  const over = isOver(series);
  const booked = series.status === 'booked' && !over;
  const later = series.upcoming.filter((o) => o.id !== series.next?.id);
  const latestPast = series.past[0];

  useEffect(() => {
    // The buttons the person used are gone once the session shows as changing: the notice takes
    // the focus, after the dialog has handed it back to its trigger.
    if (!notice) return;
    const timer = setTimeout(() => noticeRef.current?.focus());
    return () => clearTimeout(timer);
  }, [notice]);

  function changed(occurrence: Occurrence, action: OccurrenceAction, to?: Slot) {
    const when = formatStart(occurrence, locale);
    setNotice(
      action === 'skip'
        ? t.skippingNotice(when)
        : to
          ? t.movingNotice(when, formatSlot(to, locale))
          : t.reschedulingNotice(when),
    );
    onChanged(occurrence);
  }

  const change = (occurrence: Occurrence) =>
    booked && occurrence.status === 'scheduled' ? (
      <ChangeSession
        seriesId={series.id}
        occurrence={occurrence}
        name={name}
        other={series.other}
        onChanged={changed}
        onStale={onStale}
        onSignInAgain={onSignInAgain}
      />
    ) : null;

  return (
    <section ref={cardRef} aria-labelledby={headingId} {...pointed(target === 'series', styles.card)}>
      <div className={styles.title}>
        <Text as="h2" id={headingId} size={500} weight="semibold" className={mergeClasses(styles.heading, styles.wrap)}>
          {name}
        </Text>
        {over ? <PairOverBadge series={series} /> : <SeriesBadge status={series.status} />}
      </div>
      <div className={styles.block}>
        <Text as="p" className={styles.text}>
          {series.role === 'mentor' ? t.yourMentee(programme) : t.yourMentor(programme)}
        </Text>
        <Text as="p" className={styles.muted}>
          {t.cadence[series.cadence](series.durationMinutes)}
        </Text>
      </div>
      {over ? <PairOverText series={series} /> : <SeriesExplanation series={series} />}
      {notice && (
        <div ref={noticeRef} tabIndex={-1} className={styles.notice}>
          <MessageBar intent="info" layout="multiline" role="status">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        </div>
      )}

      {!over && (series.next || booked) && (
        <div ref={nextRef} {...pointed(!!series.next && target === series.next.id, styles.next)}>
          <Text as="h3" size={400} weight="semibold" className={styles.heading}>
            {t.nextHeading}
          </Text>
          {series.next ? (
            <>
              <p className={styles.when}>{formatSession(series.next, locale)}</p>
              <TheirTime session={series.next} other={series.other} />
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
              <UpcomingSession
                key={occurrence.id}
                occurrence={occurrence}
                other={series.other}
                isTarget={target === occurrence.id}
              >
                {change(occurrence)}
              </UpcomingSession>
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
                isTarget={target === occurrence.id}
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

/** A coming session after the next one, with what can be done about it. */
function UpcomingSession({
  occurrence,
  other,
  isTarget,
  children,
}: {
  occurrence: Occurrence;
  other: Series['other'];
  isTarget: boolean;
  children: ReactNode;
}) {
  const locale = useLocale();
  const styles = useMeetingStyles();
  const marked = useTargetStyles();
  const ref = useFocusTarget<HTMLLIElement>(isTarget);
  return (
    <li
      ref={ref}
      className={isTarget ? mergeClasses(styles.row, marked.target) : styles.row}
      tabIndex={isTarget ? -1 : undefined}
    >
      <div className={styles.rowLine}>
        <div className={mergeClasses(styles.grow, styles.stack)}>
          <Text>{formatSession(occurrence, locale)}</Text>
          <TheirTime session={occurrence} other={other} />
          <SessionState occurrence={occurrence} />
        </div>
        {children}
      </div>
    </li>
  );
}

/** A session that is not simply scheduled says so, in words. */
function SessionState({ occurrence }: { occurrence: Occurrence }) {
  const t = useMessages(messages);
  const locale = useLocale();
  const styles = useMeetingStyles();
  if (occurrence.status === 'scheduled') {
    // A reschedule that found no other free time: the session stayed, and the person should know.
    if (occurrence.lastChange === 'move_failed') {
      return (
        <div className={styles.rowLine}>
          <Badge appearance="tint" color="warning">
            {t.notMoved}
          </Badge>
          <Text className={styles.muted}>{t.notMovedHelp}</Text>
        </div>
      );
    }
    if (!occurrence.movedFrom) return null;
    const from = formatMovedFrom({ start: occurrence.start, movedFrom: occurrence.movedFrom }, locale);
    return (
      <div className={styles.rowLine}>
        <Badge appearance="tint" color="informative">
          {'day' in from ? t.movedFromDay(from.day) : t.movedFromTime(from.time)}
        </Badge>
      </div>
    );
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
