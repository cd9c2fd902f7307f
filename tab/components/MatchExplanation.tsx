import { useId, useState } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { labelOf, useCatalogue, type Label } from '../lib/catalogue';
import { formatList, formatNumber, useLocale, useMessages, type Locale } from '../lib/i18n';
import type { MatchReason, Role } from '../lib/matching';
import { matchingMessages } from './matchingMessages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  score: { margin: 0 },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  points: { color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
  toggle: { alignSelf: 'flex-start' },
});

export interface MatchExplanationProps {
  score: number;
  reasons: readonly MatchReason[];
  /** Who reads it: the mentee reads about the mentor ("they offer"), the mentor about the mentee. */
  viewer: Role;
  /** Show the score with a button that reveals the reasons, for lists where space is short. */
  collapsible?: boolean;
}

/** A match's score out of 100 and the reasons that add up to it, in words. */
export function MatchExplanation({ score, reasons, viewer, collapsible = false }: MatchExplanationProps) {
  const t = useMessages(matchingMessages);
  const locale = useLocale();
  const styles = useStyles();
  const catalogue = useCatalogue();
  const [open, setOpen] = useState(!collapsible);
  const listId = useId();

  return (
    <div className={styles.root}>
      <Text as="p" weight="semibold" className={styles.score}>
        {t.score(formatNumber(score, locale))}
      </Text>
      {collapsible && (
        <Button
          appearance="transparent"
          size="small"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={open ? listId : undefined}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? t.hideWhy : t.showWhy}
        </Button>
      )}
      {/* Reasons name skills and goals by the catalogue: wait for it rather than flash raw ids. */}
      {open && (catalogue.data || catalogue.status === 'error') && (
        <ul id={listId} className={styles.list} aria-label={t.why}>
          {reasons.map((reason) => (
            <li key={reason.code}>
              {explain(reason, viewer, catalogue.data, locale, t)}{' '}
              <span className={styles.points}>{t.points(formatNumber(reason.weight, locale), reason.weight)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

type Words = (typeof matchingMessages)['en'];

/** What explaining needs of the catalogue: skills' and goals' labels. */
type Labels = Record<'skills' | 'goals', readonly { id: string; label: Label }[]>;

/** One reason in the reader's words. Params read from the mentee's side (server/matching/score.ts). */
export function explain(
  reason: MatchReason,
  viewer: Role,
  catalogue: Labels | undefined,
  locale: Locale,
  t: Words,
): string {
  const p = reason.params;
  const num = (key: string) => Number(p[key] ?? 0);
  const str = (key: string) => String(p[key] ?? '');
  const labels = (key: string, items: Labels['skills'] | undefined) =>
    formatList(
      str(key)
        .split(',')
        .filter(Boolean)
        .map((id) => labelOf(items, id, locale.language)),
      locale,
    );
  // `mine` is the mentee's and `theirs` the mentor's: the mentor reads them the other way round.
  const sides = (): [string, string] =>
    viewer === 'mentee' ? [str('mine'), str('theirs')] : [str('theirs'), str('mine')];

  switch (reason.code) {
    case 'skills':
      return t.reasons.skills[viewer](num('matched'), num('wanted'), labels('skills', catalogue?.skills));
    case 'goals':
      return t.reasons.goals[viewer](num('matched'), num('total'), labels('goals', catalogue?.goals));
    case 'different_department':
      return t.reasons.department(...sides());
    case 'different_office':
      return t.reasons.office(...sides());
    case 'different_generation':
      return t.reasons.generation(...sides());
    case 'seniority_gap':
      return t.reasons.seniority(num('levels'));
    case 'overlap':
      return t.reasons.overlap(formatNumber(num('hours'), locale, { maximumFractionDigits: 1 }), num('hours'));
    case 'mentor_load':
      return t.reasons.load[viewer](num('free'), num('capacity'));
    default:
      return t.reasons.other;
  }
}
