import { useRef, useState, type FormEvent } from 'react';
import {
  Button,
  Field,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ActionError } from '../../../components/ActionError';
import { useLocale, useMessages } from '../../../lib/i18n';
import type { SurveyAnswered } from '../../../../server/surveys/schemas';
import { useAnswerSurvey } from '../api/answerSurvey';
import type { Survey } from '../api/getSurvey';
import { messages } from './messages';

/** As the server keeps it (survey_comments.body). */
const COMMENT_LIMIT = 2000;
const ONE_TO_FIVE = ['1', '2', '3', '4', '5'];
const ZERO_TO_TEN = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '48rem' },
  fieldset: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    border: 'none',
    minWidth: 0,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  // Eleven choices wrap on a phone rather than run off the screen.
  scale: { flexWrap: 'wrap' },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

export interface SurveyFormProps {
  survey: Survey;
  onAnswered: (answer: SurveyAnswered) => void;
  onSignInAgain?: (() => void) | undefined;
}

/** The survey's five kinds of question: confidence per skill, motivation, recommendation, a note for HR. */
export function SurveyForm({ survey, onAnswered, onSignInAgain }: SurveyFormProps) {
  const t = useMessages(messages);
  const { language } = useLocale();
  const styles = useStyles();
  const answer = useAnswerSurvey();
  const [confidence, setConfidence] = useState<Record<string, string>>({});
  const [motivation, setMotivation] = useState('');
  const [recommend, setRecommend] = useState('');
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const form = useRef<HTMLFormElement>(null);

  const unanswered = [...survey.skills.map((s) => confidence[s.id] ?? ''), motivation, recommend].some((v) => !v);
  const hint = (value: string | undefined) => (tried && !value ? t.choose : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (unanswered) {
      // The first question without an answer takes the focus.
      form.current?.querySelector<HTMLElement>('[data-missing="true"] input')?.focus();
      return;
    }
    setError(null);
    try {
      onAnswered(
        await answer.mutateAsync({
          surveyId: survey.id,
          answers: {
            confidence: Object.fromEntries(survey.skills.map((s) => [s.id, Number(confidence[s.id])])),
            motivation: Number(motivation),
            recommend: Number(recommend),
            ...(comment.trim() ? { comment: comment.trim() } : {}),
          },
        }),
      );
    } catch (reason) {
      setError(reason);
    }
  }

  return (
    <form ref={form} className={styles.form} aria-label={t.title} onSubmit={(e) => void submit(e)} noValidate>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>
          <Text weight="semibold">{t.confidenceLegend}</Text>
        </legend>
        {survey.skills.length === 0 && <Text>{t.noSkills}</Text>}
        {survey.skills.map((skill) => (
          <Scale
            key={skill.id}
            label={skill.label[language]}
            hint={t.confidenceHint}
            values={ONE_TO_FIVE}
            value={confidence[skill.id] ?? ''}
            missing={hint(confidence[skill.id])}
            onChange={(value) => setConfidence((all) => ({ ...all, [skill.id]: value }))}
          />
        ))}
      </fieldset>
      <Scale
        label={t.motivation}
        hint={t.motivationHint}
        values={ONE_TO_FIVE}
        value={motivation}
        missing={hint(motivation)}
        onChange={setMotivation}
      />
      <Scale
        label={t.recommend}
        hint={t.recommendHint}
        values={ZERO_TO_TEN}
        value={recommend}
        missing={hint(recommend)}
        onChange={setRecommend}
      />
      <Field label={t.comment} hint={t.commentHint}>
        <Textarea
          value={comment}
          maxLength={COMMENT_LIMIT}
          resize="vertical"
          onChange={(_, data) => setComment(data.value)}
        />
      </Field>
      {tried && unanswered && <Text role="alert">{t.missing}</Text>}
      {error !== null && <ActionError error={error} known={t.errors} onSignInAgain={onSignInAgain} />}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={answer.isPending}>
          {t.send}
        </Button>
        {answer.isPending && <Spinner size="tiny" label={t.sending} />}
      </div>
    </form>
  );
}

interface ScaleProps {
  label: string;
  hint: string;
  values: readonly string[];
  value: string;
  missing: string | undefined;
  onChange: (value: string) => void;
}

function Scale({ label, hint, values, value, missing, onChange }: ScaleProps) {
  const styles = useStyles();
  return (
    <Field label={label} hint={hint} required validationMessage={missing} data-missing={missing ? 'true' : undefined}>
      <RadioGroup
        layout="horizontal"
        className={styles.scale}
        value={value}
        onChange={(_, data) => onChange(data.value)}
      >
        {values.map((n) => (
          <Radio key={n} value={n} label={n} />
        ))}
      </RadioGroup>
    </Field>
  );
}
