import { useEffect, useId, useState, type ReactNode } from 'react';
import { useQueries } from '@tanstack/react-query';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { PersonAvatar } from '../components/PersonAvatar';
import { ButtonLink } from '../components/links';
import { useMeetings } from '../features/meetings/api/getMeetings';
import { formatSession } from '../features/meetings/components/format';
import { JoinLink } from '../features/meetings/components/JoinAndDownload';
import { usePairs } from '../features/pairs/api/getPairs';
import { useEnrolments } from '../features/programmes/api/getEnrolments';
import { useRequests } from '../features/requests/api/getRequests';
import { suggestionsQuery } from '../features/suggestions/api/getSuggestions';
import { WaitingForMentor } from '../features/suggestions/components/WaitingForMentor';
import { useApi } from '../lib/api';
import { formatDate, useLocale, useMessages } from '../lib/i18n';
import { messages } from './messages';
import { nextStep, openRoles, roleKey, type NextStep as Step, type OpenRole } from './nextStep';
import { useProgrammeName } from '../features/programmes/api/getProgrammes';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    padding: tokens.spacingHorizontalXL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow8,
    // The brand's edge marks the one card that matters most; high contrast keeps a border.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    '@media (max-width: 600px)': { padding: tokens.spacingHorizontalL },
  },
  eyebrow: { margin: 0, color: tokens.colorBrandForeground1, textTransform: 'uppercase', letterSpacing: '0.04em' },
  main: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalL, minWidth: 0 },
  avatar: { flexShrink: 0 },
  said: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  text: { margin: 0, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * Answered once, with data or an error. Not `!isPending`: asking again after an error is pending
 * too, and a section that came and went with it would ask again as it mounts, without end.
 */
export function settled(query: { data: unknown; errorUpdateCount: number }): boolean {
  return query.data !== undefined || query.errorUpdateCount > 0;
}

/** Where the person stands on Home: the lists it is read from, and the one next step once they are in. */
export interface Standing {
  /** False until every list the step depends on has answered (or failed). */
  ready: boolean;
  step: Step | null;
  /** Roles asked for and not had yet, and how many people fit each ("programmeId:as"), once known. */
  roles: OpenRole[];
  fitting: Record<string, number | undefined>;
}

export function useStanding(me: string): Standing {
  const api = useApi();
  const enrolments = useEnrolments();
  const pairs = usePairs();
  const requests = useRequests();
  const meetings = useMeetings();
  const now = useNow();
  const roles = enrolments.data && pairs.data ? openRoles(me, enrolments.data, pairs.data.pairs) : [];
  // The same lists (and cache entries) as Home's suggestions: asking costs nothing more.
  const suggestions = useQueries({
    queries: roles.map((role) => suggestionsQuery(api, { programmeId: role.programmeId, as: role.as, top: 3 })),
  });
  const fitting = Object.fromEntries(roles.map((r, i) => [roleKey(r), suggestions[i]?.data?.suggestions.length]));
  const ready = [enrolments, pairs, requests, meetings, ...suggestions].every(settled);
  // The sections below say what failed; without these, there is nothing sure to say.
  const step =
    ready && enrolments.data && pairs.data && requests.data
      ? nextStep({
          me,
          enrolments: enrolments.data,
          pairs: pairs.data.pairs,
          requests: requests.data.requests,
          meetings: meetings.data?.series,
          suggestions: fitting,
          now,
        })
      : null;
  return { ready, step, roles, fitting };
}

export interface NextStepCardProps {
  step: Step;
  me: string;
  /** The id of Home's suggestions heading, which "See the suggestions" brings into view. */
  suggestionsId: string;
}

/** Home's first card: the one thing to do now, from where the person stands. */
export function NextStepCard(props: NextStepCardProps) {
  return <StepCard {...props} />;
}

function StepCard({ step, me, suggestionsId }: { step: Step; me: string; suggestionsId: string }) {
  const t = useMessages(messages).nextStep;
  const programmeName = useProgrammeName();
  const locale = useLocale();
  const styles = useStyles();
  const headingId = useId();
  const date = (iso: string) => formatDate(iso, locale, { day: 'numeric', month: 'long' });

  const card = (content: ReactNode) => (
    <section className={styles.card} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={200} weight="semibold" className={styles.eyebrow}>
        {t.heading}
      </Text>
      {content}
    </section>
  );
  const said = (
    who: { id?: string; name: string } | null,
    title: string,
    body: string | null,
    actions: ReactNode = null,
  ) =>
    card(
      <>
        <div className={styles.main}>
          {who && <PersonAvatar id={who.id} name={who.name} size={56} className={styles.avatar} />}
          <div className={styles.said}>
            <Text as="p" size={500} weight="semibold" className={styles.text}>
              {title}
            </Text>
            {body && (
              <Text as="p" className={styles.text}>
                {body}
              </Text>
            )}
          </div>
        </div>
        {actions && <div className={styles.actions}>{actions}</div>}
      </>,
    );

  switch (step.kind) {
    case 'join':
      return said(
        null,
        t.join.title,
        t.join.body,
        <ButtonLink to="/programmes" appearance="primary">
          {t.join.action}
        </ButtonLink>,
      );
    case 'allPaused':
      return said(
        null,
        t.allPaused.title,
        t.allPaused.body,
        <ButtonLink to="/programmes" appearance="primary">
          {t.allPaused.action}
        </ButtonLink>,
      );
    case 'answer': {
      const { request, count } = step;
      const who = { id: request.other.id, name: request.other.displayName };
      if (count > 1)
        return said(
          who,
          t.answerMany(count),
          t.answerManyBody(who.name),
          <ButtonLink to="/requests" appearance="primary">
            {t.answerAll}
          </ButtonLink>,
        );
      const programme = programmeName(request.programmeId);
      return said(
        who,
        request.mentorId === me ? t.answerAsMentor(who.name, programme) : t.answerAsMentee(who.name, programme),
        t.answerBody(date(request.expiresAt)),
        <ButtonLink to="/requests/$requestId" params={{ requestId: request.id }} appearance="primary">
          {t.answer}
        </ButtonLink>,
      );
    }
    case 'confirm':
      return said(
        { id: step.pair.other.id, name: step.pair.other.displayName },
        t.confirmTitle(step.pair.other.displayName),
        t.confirmBody(programmeName(step.pair.programmeId)),
        <ButtonLink to="/pairs/$pairId" params={{ pairId: step.pair.id }} appearance="primary">
          {t.seePair}
        </ButtonLink>,
      );
    case 'session': {
      const { series, occurrence, soon } = step;
      const name = series.other.displayName;
      return said(
        { id: series.other.id, name },
        soon ? t.sessionSoon(name) : t.session(name),
        formatSession(occurrence, locale),
        <>
          {series.joinUrl && <JoinLink joinUrl={series.joinUrl} name={name} />}
          <ButtonLink
            to="/meetings/$seriesId/sessions/$occurrenceId"
            params={{ seriesId: series.id, occurrenceId: occurrence.id }}
            appearance={series.joinUrl ? 'secondary' : 'primary'}
          >
            {t.seeSession}
          </ButtonLink>
        </>,
      );
    }
    case 'checkIn': {
      const { series, occurrence } = step;
      const name = series.other.displayName;
      return said(
        { id: series.other.id, name },
        t.checkInTitle(name),
        t.checkInBody(formatSession(occurrence, locale)),
        <ButtonLink
          to="/meetings/$seriesId/sessions/$occurrenceId"
          params={{ seriesId: series.id, occurrenceId: occurrence.id }}
          appearance="primary"
        >
          {t.checkIn}
        </ButtonLink>,
      );
    }
    case 'booking':
    case 'pairPaused': {
      const { pair } = step;
      const name = pair.other.displayName;
      const paused = step.kind === 'pairPaused';
      return said(
        { id: pair.other.id, name },
        paused ? t.pausedTitle(name) : t.bookingTitle(name),
        paused
          ? pair.pausedUntil
            ? t.pausedUntil(date(pair.pausedUntil))
            : t.pausedBody
          : t.bookingBody(programmeName(pair.programmeId)),
        <ButtonLink to="/pairs/$pairId" params={{ pairId: pair.id }} appearance="primary">
          {t.seePair}
        </ButtonLink>,
      );
    }
    case 'sent': {
      const { request } = step;
      const name = request.other.displayName;
      const programme = programmeName(request.programmeId);
      const until = date(request.expiresAt);
      return said(
        { id: request.other.id, name },
        t.sentTitle(name),
        request.menteeId === me ? t.sentAsMentee(name, programme, until) : t.sentAsMentor(name, programme, until),
        <ButtonLink to="/requests/$requestId" params={{ requestId: request.id }}>
          {t.seeRequest}
        </ButtonLink>,
      );
    }
    case 'choose': {
      const { role, count } = step;
      const programme = programmeName(role.programmeId);
      return said(
        null,
        role.as === 'mentee' ? t.chooseMentor(programme) : t.chooseMentee(programme),
        role.as === 'mentee' ? t.chooseMentorBody(count) : t.chooseMenteeBody(count),
        <Button appearance="primary" onClick={() => bringIntoView(suggestionsId)}>
          {t.seeSuggestions}
        </Button>,
      );
    }
    case 'waiting':
      return step.role.as === 'mentee'
        ? card(<WaitingForMentor programmeId={step.role.programmeId} me={me} />)
        : said(null, t.mentorWaiting(programmeName(step.role.programmeId)), t.mentorWaitingBody);
  }
}

/** Scrolls to a section and moves the focus to its heading, as following a link to it would. */
function bringIntoView(headingId: string) {
  const heading = document.getElementById(headingId);
  if (!heading) return;
  heading.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
  heading.focus({ preventScroll: true });
}

/** The time, a minute at most behind: a session about to start becomes the step to join it. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}
