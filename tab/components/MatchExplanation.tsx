import { useId, useState } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { labelOf, useCatalogue, type Label } from '../lib/catalogue';
import { formatList, formatNumber, useLocale, useMessages, type Locale } from '../lib/i18n';
import type { MatchReason, Role } from '../lib/matching';
import { matchingMessages, type GapSpan, type MatchBand } from './matchingMessages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  band: { margin: 0 },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  toggle: { alignSelf: 'flex-start', paddingInlineStart: 0, minWidth: 0 },
});

/**
 * Where the bands start. With the default weights (server/matching/score.ts) any allowed pair
 * already gets most of overlap, seniority gap and the mentor's free places, about 30–35 of the 100
 * points; skills and goals (55 points) are what set pairs apart. About half of what the mentee
 * asked for lands near 60, nearly all of it above 80: "strong" means the mentor covers most of
 * what the mentee wants, "good" a fair part, anything less is "possible". The demo programme's
 * pairs score 52, 70, 77, 83, 86 and 93, its suggestions 63 to 100: every band is used, and a
 * solver's usual pick reads "good" or "strong".
 */
const STRONG = 80;
const GOOD = 60;

export function matchBand(score: number): MatchBand {
  return score >= STRONG ? 'strong' : score >= GOOD ? 'good' : 'possible';
}

/**
 * The reasons about the two people, strongest first. How the programme spreads mentees over
 * mentors (mentor_load) counts in the score but says nothing about the pair: it is left out.
 */
export function pairReasons(reasons: readonly MatchReason[]): MatchReason[] {
  return reasons
    .filter((r) => r.about === 'pair' && r.code !== 'mentor_load' && r.weight > 0)
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.weight - a.r.weight || a.i - b.i)
    .map(({ r }) => r);
}

export interface MatchExplanationProps {
  /** 0..100: shown as a band ("Strong match"), never as a number. */
  score: number;
  reasons: readonly MatchReason[];
  /** Who reads it: the mentee reads about the mentor ("they offer"), the mentor about the mentee. */
  viewer: Role;
  /** Where space is short (pair and request cards): two reasons first instead of three. */
  collapsible?: boolean;
}

/** A match in plain words: how good it is, its strongest reasons, and the rest on demand. */
export function MatchExplanation({ score, reasons, viewer, collapsible = false }: MatchExplanationProps) {
  const t = useMessages(matchingMessages);
  const locale = useLocale();
  const styles = useStyles();
  const catalogue = useCatalogue();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const all = pairReasons(reasons);
  const first = collapsible ? 2 : 3;
  const shown = open ? all : all.slice(0, first);
  const more = all.length - first;
  // Reasons name skills and goals by the catalogue: wait for it rather than flash raw ids.
  const ready = Boolean(catalogue.data) || catalogue.status === 'error';

  return (
    <div className={styles.root}>
      <Text as="p" weight="semibold" className={styles.band}>
        {t.band[matchBand(score)]}
      </Text>
      {ready && shown.length > 0 && (
        <ul id={listId} className={styles.list} aria-label={t.why}>
          {shown.map((reason) => (
            <li key={reason.code}>{explain(reason, viewer, catalogue.data, locale, t)}</li>
          ))}
        </ul>
      )}
      {ready && more > 0 && (
        <Button
          appearance="transparent"
          size="small"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? t.fewerReasons : t.moreReasons(more)}
        </Button>
      )}
    </div>
  );
}

type Words = (typeof matchingMessages)['en'];

/** What explaining needs of the catalogue: skills' and goals' labels. */
type Labels = Record<'skills' | 'goals', readonly { id: string; label: Label }[]>;

const SPANS: readonly string[] = ['near', 'ideal', 'wide'] satisfies GapSpan[];

/** One reason in the reader's words. Params read from the mentee's side (server/matching/score.ts). */
export function explain(
  reason: Pick<MatchReason, 'code' | 'params'>,
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
    case 'different_tenure':
      return t.reasons.tenure;
    case 'seniority_gap': {
      const span = str('span');
      return SPANS.includes(span) ? t.reasons.seniority[span as GapSpan] : t.reasons.other;
    }
    case 'overlap': {
      const minutes = p.minutes !== undefined ? num('minutes') : num('hours') * 60;
      if (minutes < 60) return t.reasons.overlapMinutes(Math.round(minutes / 5) * 5);
      // Half hours are as precise as a working day is planned.
      const hours = Math.round(minutes / 30) / 2;
      return t.reasons.overlapHours(formatNumber(hours, locale, { maximumFractionDigits: 1 }), hours);
    }
    default:
      // mentor_load is never shown (pairReasons), and a code from a newer server reads in general terms.
      return t.reasons.other;
  }
}
