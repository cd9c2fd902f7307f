import { Badge, Button, Text, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import { PersonAvatar } from '../../../../components/PersonAvatar';
import { formatDate, useLocale, useMessages } from '../../../../lib/i18n';
import type { HealthLabel, PairHealth } from '../api/getHealth';
import { messages, type HealthMessages } from './messages';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  top: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  people: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXL, rowGap: tokens.spacingVerticalS },
  person: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  who: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  name: { margin: 0, overflowWrap: 'anywhere' },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
  reasons: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const COLOURS: Record<HealthLabel, BadgeProps['color']> = {
  needs_attention: 'danger',
  too_early: 'informative',
  on_track: 'success',
};

/** A reason in words, from its code and figures (server/hr/schemas.ts HealthReasonCode). */
export function reasonText(t: HealthMessages, reason: PairHealth['reasons'][number]): string {
  // Each code's params are the server's (its schema documents them); the record type cannot say which.
  const say = t.reasons[reason.code] as unknown as (params: typeof reason.params) => string;
  return say(reason.params);
}

export interface PairHealthItemProps {
  pair: PairHealth;
  busy: boolean;
  onNudge: () => void;
  onEnd: () => void;
}

/** One pair: its label and why, both people with their photo, when they last met, and HR's two moves. */
export function PairHealthItem({ pair, busy, onNudge, onEnd }: PairHealthItemProps) {
  const t = useMessages(messages);
  const locale = useLocale();
  const styles = useStyles();
  const day = (iso: string) => formatDate(iso, locale);
  const name = (n: string) => n || t.gone;
  const mentor = name(pair.mentor.displayName);
  const mentee = name(pair.mentee.displayName);
  const facts = [
    pair.status === 'paused' && pair.pausedUntil ? t.pausedUntil(day(pair.pausedUntil)) : t.status[pair.status],
    t.since(day(pair.createdAt)),
    pair.lastSessionAt ? t.lastSession(day(pair.lastSessionAt)) : t.noSession,
    ...(pair.nudgedAt ? [t.nudgedOn(day(pair.nudgedAt))] : []),
  ];

  return (
    <li className={styles.item}>
      <div className={styles.top}>
        <Badge appearance="tint" color={COLOURS[pair.label]}>
          {t.labels[pair.label]}
        </Badge>
        <Text size={200} className={styles.muted}>
          {facts.join(' · ')}
        </Text>
      </div>
      <div className={styles.people}>
        {[
          { person: pair.mentor, shown: mentor, role: t.mentor },
          { person: pair.mentee, shown: mentee, role: t.mentee },
        ].map(({ person, shown, role }) => (
          <div key={role} className={styles.person}>
            <PersonAvatar id={person.displayName ? person.id : undefined} name={shown} size={32} />
            <div className={styles.who}>
              <Text weight="semibold" className={styles.name}>
                {shown}
              </Text>
              <Text size={200} className={styles.muted}>
                {role}
              </Text>
            </div>
          </div>
        ))}
      </div>
      {pair.reasons.length > 0 && (
        <ul className={styles.reasons}>
          {pair.reasons.map((r) => (
            <li key={r.code}>
              <Text>{reasonText(t, r)}</Text>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.actions}>
        <Button size="small" aria-label={t.nudgeNamed(mentor, mentee)} disabledFocusable={busy} onClick={onNudge}>
          {t.nudge}
        </Button>
        <Button size="small" aria-label={t.endNamed(mentor, mentee)} disabledFocusable={busy} onClick={onEnd}>
          {t.end}
        </Button>
      </div>
    </li>
  );
}
