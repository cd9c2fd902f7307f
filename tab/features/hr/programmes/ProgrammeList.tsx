import { useRef, useState } from 'react';
import { Badge, Text, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import { useCardStyles } from '../../../components/cardStyles';
import { ButtonLink, TextLink } from '../../../components/links';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { useLocale, useMessages } from '../../../lib/i18n';
import type { Programme, ProgrammeTransition } from './api/programmes';
import { datesOf, joiningOf } from './format';
import { messages } from './messages';
import { StatusActions } from './StatusActions';

const useStyles = makeStyles({
  facts: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
  name: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  archived: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export const STATUS_COLOUR: Record<Programme['status'], BadgeProps['color']> = {
  draft: 'informative',
  open: 'brand',
  running: 'success',
  closed: 'warning',
  archived: 'subtle',
};

/** Every programme as a card: name, kind, status, dates, who is enrolled, and what HR can do with it. */
export function ProgrammeList({ programmes, onSignInAgain }: { programmes: Programme[]; onSignInAgain: () => void }) {
  const t = useMessages(messages);
  const cards = useCardStyles();
  const styles = useStyles();
  const [done, setDone] = useState<string | null>(null);
  const notice = useRef<HTMLDivElement>(null);
  const live = programmes.filter((p) => p.status !== 'archived');
  const archived = programmes.filter((p) => p.status === 'archived');
  const moved = (name: string) => (move: ProgrammeTransition) => {
    setDone(t.moved[move](name));
    requestAnimationFrame(() => notice.current?.focus());
  };

  return (
    <>
      <div className={cards.actions}>
        <ButtonLink to="/hr/programmes/$" params={{ _splat: 'new' }} appearance="primary">
          {t.create}
        </ButtonLink>
      </div>
      {done && <SuccessNotice ref={notice}>{done}</SuccessNotice>}
      {live.length === 0 ? (
        <Text as="p" className={cards.muted}>
          {t.empty}
        </Text>
      ) : (
        <ul className={cards.list} aria-label={t.title}>
          {live.map((p) => (
            <Card key={p.id} programme={p} onMoved={moved} onSignInAgain={onSignInAgain} />
          ))}
        </ul>
      )}
      {archived.length > 0 && (
        <section className={styles.archived} aria-labelledby="hr-archived">
          <Text as="h2" size={500} weight="semibold" className={cards.heading} id="hr-archived">
            {t.archivedHeading(archived.length)}
          </Text>
          <ul className={cards.list}>
            {archived.map((p) => (
              <Card key={p.id} programme={p} onMoved={moved} onSignInAgain={onSignInAgain} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function Card({
  programme: p,
  onMoved,
  onSignInAgain,
}: {
  programme: Programme;
  onMoved: (name: string) => (move: ProgrammeTransition) => void;
  onSignInAgain: () => void;
}) {
  const t = useMessages(messages);
  const locale = useLocale();
  const cards = useCardStyles();
  const styles = useStyles();
  const name = p.names[locale.language] || p.names.en;
  return (
    <li className={cards.card} aria-label={name}>
      <div className={cards.title}>
        <TextLink to="/hr/programmes/$" params={{ _splat: p.id }} className={styles.name}>
          {name}
        </TextLink>
        <Badge appearance="tint" color={STATUS_COLOUR[p.status]}>
          {t.status[p.status]}
        </Badge>
      </div>
      <Text className={cards.muted}>{t.kind[p.kind]}</Text>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t.enrolled}</dt>
        <dd className={styles.value}>{t.counts(p.counts.mentors, p.counts.mentees, p.counts.livePairs)}</dd>
        <dt className={styles.term}>{t.joining}</dt>
        <dd className={styles.value}>{joiningOf(p, t, locale)}</dd>
        <dt className={styles.term}>{t.dates}</dt>
        <dd className={styles.value}>{datesOf(p, t, locale)}</dd>
      </dl>
      <div className={cards.actions}>
        {p.status !== 'archived' && (
          <ButtonLink to="/hr/programmes/$" params={{ _splat: p.id }} aria-label={t.edit(name)}>
            {t.editShort}
          </ButtonLink>
        )}
        <StatusActions programme={p} name={name} onMoved={onMoved(name)} onSignInAgain={onSignInAgain} />
      </div>
    </li>
  );
}
