import { useRef, useState } from 'react';
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useParams } from '@tanstack/react-router';
import { ButtonLink } from '../components/links';
import { LoadError } from '../components/LoadError';
import { Loading } from '../components/Loading';
import { SuccessNotice } from '../components/SuccessNotice';
import { useSurvey } from '../features/surveys/api/getSurvey';
import { messages } from '../features/surveys/components/messages';
import { SurveyForm } from '../features/surveys/components/SurveyForm';
import { ApiError } from '../lib/api';
import { formatDate, useLocale, useMessages } from '../lib/i18n';
import { Page } from './Page';
import { useSession } from './session';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '48rem' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** One pulse survey at its own address (what its activity notification opens): answered once. */
export function SurveyView() {
  const t = useMessages(messages);
  const locale = useLocale();
  const styles = useStyles();
  const { onSignInAgain } = useSession();
  const { surveyId } = useParams({ from: '/surveys/$surveyId' });
  const survey = useSurvey(surveyId);
  const [thanked, setThanked] = useState(false);
  const thanksRef = useRef<HTMLDivElement>(null);
  const s = survey.data;
  const title = s ? t.titleFor(s.programmeName[locale.language]) : t.title;

  const content = () => {
    if (!s) {
      if (!survey.isError) return <Loading label={t.loading} />;
      const gone =
        survey.error instanceof ApiError && ['survey_not_found', 'not_your_survey'].includes(survey.error.code);
      return gone ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t.notFound}</MessageBarBody>
        </MessageBar>
      ) : (
        <LoadError query={survey} onSignInAgain={onSignInAgain} />
      );
    }
    if (thanked)
      return (
        <>
          <SuccessNotice ref={thanksRef}>{t.thanks}</SuccessNotice>
          <div>
            <ButtonLink to="/">{t.backHome}</ButtonLink>
          </div>
        </>
      );
    if (s.status !== 'open')
      return (
        <>
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{s.status === 'answered' ? t.answered : t.closed}</MessageBarBody>
          </MessageBar>
          <div>
            <ButtonLink to="/">{t.backHome}</ButtonLink>
          </div>
        </>
      );
    return (
      <>
        <Text className={styles.muted}>
          {t.moment[s.moment]}. {t.closesOn(formatDate(s.closesAt, locale))}
        </Text>
        <SurveyForm
          survey={s}
          onSignInAgain={onSignInAgain}
          onAnswered={() => {
            setThanked(true);
            // The form the focus was in is gone: the thanks take it.
            requestAnimationFrame(() => thanksRef.current?.focus());
          }}
        />
      </>
    );
  };

  return (
    <Page title={title} intro={t.intro}>
      <div className={styles.root}>{content()}</div>
    </Page>
  );
}
