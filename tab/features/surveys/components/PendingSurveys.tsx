import { useId } from 'react';
import { Text } from '@fluentui/react-components';
import { useCardStyles } from '../../../components/cardStyles';
import { ButtonLink } from '../../../components/links';
import { formatDate, useLocale, useMessages } from '../../../lib/i18n';
import { useSurveys } from '../api/getSurveys';
import { messages } from './messages';

/**
 * The surveys waiting for me, each a card with a link to answer it; nothing at all when there are
 * none (or while they load: a survey is never the first thing to wait for).
 */
export function PendingSurveys() {
  const t = useMessages(messages);
  const locale = useLocale();
  const styles = useCardStyles();
  const headingId = useId();
  const surveys = useSurveys().data?.surveys ?? [];
  if (surveys.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {t.pendingHeading}
      </Text>
      <ul className={styles.list}>
        {surveys.map((s) => {
          const programme = s.programmeName[locale.language];
          return (
            <li key={s.id} className={styles.card}>
              <Text weight="semibold">{t.titleFor(programme)}</Text>
              <Text>
                {t.moment[s.moment]}. {t.closesOn(formatDate(s.closesAt, locale))}
              </Text>
              <div>
                <ButtonLink
                  to="/surveys/$surveyId"
                  params={{ surveyId: s.id }}
                  appearance="primary"
                  aria-label={t.answerSurveyOn(programme)}
                >
                  {t.answerNow}
                </ButtonLink>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
