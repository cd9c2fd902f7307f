import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Switch,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCardStyles } from '../../../components/cardStyles';
import { ErrorState } from '../../../components/ErrorState';
import { useCatalogue } from '../../../lib/catalogue';
import { useLocale, useMessages } from '../../../lib/i18n';
import type { ProgrammeBody } from './api/programmes';
import { CataloguePicker } from '../../../components/CataloguePicker';
import { pickerMessages } from './pickerMessages';
import { LEVEL_NAMES, levelName } from '../levels';
import { ListInput } from './ListInput';
import { messages } from './messages';
import { problemAt, problemsOf, type Problems } from './problems';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: {
    padding: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 14rem), 1fr))',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
  },
  wide: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 20rem), 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  levels: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  // Save stays in view at the bottom while the long form scrolls, as the employee's form does.
  actions: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalL,
    borderTopLeftRadius: tokens.borderRadiusLarge,
    borderTopRightRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow8,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
  },
  unsaved: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

const WEIGHTS = ['skills', 'goals', 'diversity', 'seniorityGap', 'overlap', 'load'] as const;
const SURVEYS = ['start', 'midpoint', 'end'] as const;

export interface ProgrammeFormProps {
  initial: ProgrammeBody;
  /** "Create as draft" for a new programme, "Save" for one that exists. */
  submitLabel: string;
  saving: boolean;
  error: unknown;
  onSubmit: (body: ProgrammeBody) => void;
  onSignInAgain: () => void;
}

/**
 * A programme as HR edits it: the whole body the server takes (server/programmes/schemas.ts),
 * each refusal shown next to the field it names. Nothing is checked here that the server does
 * not check; required names are the one thing said before sending.
 */
export function ProgrammeForm({ initial, submitLabel, saving, error, onSubmit, onSignInAgain }: ProgrammeFormProps) {
  const t = useMessages(messages);
  const f = t.form;
  const picker = useMessages(pickerMessages);
  const { language } = useLocale();
  const cards = useCardStyles();
  const styles = useStyles();
  const catalogue = useCatalogue().data;
  const [draft, setDraft] = useState<ProgrammeBody>(initial);
  const [tried, setTried] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const changed = JSON.stringify(draft) !== JSON.stringify(initial);
  // A refusal shows until the form changes; then it is about a form that is no longer there.
  const [seen, setSeen] = useState<unknown>(null);
  const refusal = error === seen ? null : error;
  useEffect(() => {
    if (error) focusFirstProblem(form.current);
  }, [error]);

  const local = new Map<string, 'required'>();
  if (draft.names.en.trim() === '') local.set('names.en', 'required');
  if (draft.names.it.trim() === '') local.set('names.it', 'required');
  const problems: Problems = new Map([...problemsOf(refusal), ...(tried ? local : [])]);
  const say = (field: string) => {
    const key = problemAt(problems, field);
    return key ? t.problem[key] : undefined;
  };
  const state = (field: string) => (say(field) ? ('error' as const) : ('none' as const));

  const set = <K extends keyof ProgrammeBody>(key: K, value: ProgrammeBody[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setSeen(error);
  };
  const setIn = <K extends 'names' | 'descriptions' | 'eligibility' | 'rules' | 'defaults' | 'catalogue'>(
    key: K,
    change: Partial<ProgrammeBody[K]>,
  ) => {
    setDraft((d) => ({ ...d, [key]: { ...d[key], ...change } }));
    setSeen(error);
  };
  const day = (value: string) => (value === '' ? null : value);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (local.size > 0) {
      focusFirstProblem(form.current);
      return;
    }
    onSubmit({
      ...draft,
      names: { en: draft.names.en.trim(), it: draft.names.it.trim() },
      descriptions: { en: draft.descriptions.en.trim(), it: draft.descriptions.it.trim() },
    });
  };

  const section = (title: string, content: ReactNode, hint?: string) => (
    <fieldset className={styles.fieldset}>
      <div className={cards.card}>
        <legend className={styles.legend}>{title}</legend>
        {hint && (
          <Text as="p" className={cards.muted}>
            {hint}
          </Text>
        )}
        {content}
      </div>
    </fieldset>
  );

  return (
    <form ref={form} className={styles.form} onSubmit={submit} noValidate>
      {section(
        f.about,
        <>
          <div className={styles.wide}>
            <Field label={f.nameEn} required validationMessage={say('names.en')} validationState={state('names.en')}>
              <Input value={draft.names.en} maxLength={120} onChange={(_, d) => setIn('names', { en: d.value })} />
            </Field>
            <Field label={f.nameIt} required validationMessage={say('names.it')} validationState={state('names.it')}>
              <Input value={draft.names.it} maxLength={120} onChange={(_, d) => setIn('names', { it: d.value })} />
            </Field>
            <Field
              label={f.descriptionEn}
              validationMessage={say('descriptions.en')}
              validationState={state('descriptions.en')}
            >
              <Textarea
                value={draft.descriptions.en}
                maxLength={2000}
                resize="vertical"
                onChange={(_, d) => setIn('descriptions', { en: d.value })}
              />
            </Field>
            <Field
              label={f.descriptionIt}
              validationMessage={say('descriptions.it')}
              validationState={state('descriptions.it')}
            >
              <Textarea
                value={draft.descriptions.it}
                maxLength={2000}
                resize="vertical"
                onChange={(_, d) => setIn('descriptions', { it: d.value })}
              />
            </Field>
          </div>
          <Field label={f.kind} validationMessage={say('kind')} validationState={state('kind')}>
            <RadioGroup value={draft.kind} onChange={(_, d) => set('kind', d.value as ProgrammeBody['kind'])}>
              {(['mentoring', 'reverse', 'succession'] as const).map((kind) => (
                <Radio key={kind} value={kind} label={`${t.kind[kind]}: ${t.kindHint[kind]}`} />
              ))}
            </RadioGroup>
          </Field>
        </>,
      )}

      {section(
        f.when,
        <div className={styles.grid}>
          {(['enrolFrom', 'enrolUntil', 'startsOn', 'endsOn'] as const).map((key) => (
            <Field key={key} label={f[key]} validationMessage={say(key)} validationState={state(key)}>
              <Input type="date" value={draft[key] ?? ''} onChange={(_, d) => set(key, day(d.value))} />
            </Field>
          ))}
        </div>,
        f.datesHint,
      )}

      {section(
        f.who,
        <>
          {say('eligibility') && problemAt(problems, 'eligibility') === 'nobodyEligible' && (
            <MessageBar intent="error">
              <MessageBarBody>{say('eligibility')}</MessageBarBody>
            </MessageBar>
          )}
          <Field
            label={f.levels}
            validationMessage={say('eligibility.levels')}
            validationState={state('eligibility.levels')}
          >
            <div className={styles.levels} role="group" aria-label={f.levels}>
              {Array.from({ length: 10 }, (_, i) => i + 1).map((level) => (
                <Checkbox
                  key={level}
                  label={levelName(level, LEVEL_NAMES[language])}
                  checked={draft.eligibility.levels.includes(level)}
                  onChange={(_, d) =>
                    setIn('eligibility', {
                      levels: d.checked
                        ? [...draft.eligibility.levels, level].sort((a, b) => a - b)
                        : draft.eligibility.levels.filter((l) => l !== level),
                    })
                  }
                />
              ))}
            </div>
          </Field>
          <div className={styles.grid}>
            {(['departments', 'offices', 'countries'] as const).map((key) => (
              <ListInput
                key={key}
                label={f[key]}
                values={draft.eligibility[key]}
                error={say(`eligibility.${key}`)}
                onChange={(values) => setIn('eligibility', { [key]: values })}
              />
            ))}
          </div>
          <Switch
            label={f.inviteOnly}
            checked={draft.eligibility.inviteOnly}
            onChange={(_, d) => setIn('eligibility', { inviteOnly: d.checked })}
          />
        </>,
        f.whoHint,
      )}

      {section(
        f.matching,
        <>
          <RadioGroup
            aria-label={f.matching}
            value={draft.matching}
            onChange={(_, d) => set('matching', d.value as ProgrammeBody['matching'])}
          >
            {(['requests', 'rounds', 'both'] as const).map((mode) => (
              <Radio key={mode} value={mode} label={f.matchingMode[mode]} />
            ))}
          </RadioGroup>
          <Text as="h3" size={400} weight="semibold" className={cards.heading}>
            {f.rules}
          </Text>
          <div className={styles.grid}>
            <Field
              label={f.levelGap}
              validationMessage={say('rules.levelGap')}
              validationState={state('rules.levelGap')}
            >
              <Input
                type="number"
                min={0}
                max={5}
                value={String(draft.rules.levelGap)}
                onChange={(_, d) => setIn('rules', { levelGap: Number(d.value) })}
              />
            </Field>
            <Field
              label={f.minOverlap}
              validationMessage={say('rules.minOverlapMinutes')}
              validationState={state('rules.minOverlapMinutes')}
            >
              <Input
                type="number"
                min={0}
                max={480}
                step={15}
                value={String(draft.rules.minOverlapMinutes)}
                onChange={(_, d) => setIn('rules', { minOverlapMinutes: Number(d.value) })}
              />
            </Field>
          </div>
          <Switch
            label={f.excludeSameManager}
            checked={draft.rules.excludeSameManager}
            onChange={(_, d) => setIn('rules', { excludeSameManager: d.checked })}
          />
          <Switch
            label={f.allowRepeat}
            checked={draft.rules.allowRepeat}
            onChange={(_, d) => setIn('rules', { allowRepeat: d.checked })}
          />
          <Field label={f.weights} validationMessage={say('rules.weights')} validationState={state('rules.weights')}>
            <div className={styles.grid} role="group" aria-label={f.weights}>
              {WEIGHTS.map((key) => (
                <Field key={key} label={f.weight[key]} validationState={state(`rules.weights.${key}`)}>
                  <Input
                    type="number"
                    min={0}
                    max={100}
                    value={String(draft.rules.weights[key])}
                    onChange={(_, d) => setIn('rules', { weights: { ...draft.rules.weights, [key]: Number(d.value) } })}
                  />
                </Field>
              ))}
            </div>
          </Field>
        </>,
      )}

      {section(
        f.defaults,
        <div className={styles.grid}>
          <Field label={f.cadence}>
            <Select
              value={draft.defaults.cadence}
              onChange={(_, d) => setIn('defaults', { cadence: d.value as ProgrammeBody['defaults']['cadence'] })}
            >
              {(['weekly', 'biweekly', 'monthly'] as const).map((c) => (
                <option key={c} value={c}>
                  {f.cadences[c]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={f.meetingMinutes}>
            <Select
              value={String(draft.defaults.meetingMinutes)}
              onChange={(_, d) =>
                setIn('defaults', { meetingMinutes: Number(d.value) as ProgrammeBody['defaults']['meetingMinutes'] })
              }
            >
              {([30, 45, 60] as const).map((m) => (
                <option key={m} value={m}>
                  {f.minutes(m)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={f.capacity}>
            <Select
              value={String(draft.defaults.capacity)}
              onChange={(_, d) => setIn('defaults', { capacity: Number(d.value) })}
            >
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </Select>
          </Field>
        </div>,
      )}

      {section(
        f.catalogue,
        <div className={styles.wide}>
          <CataloguePicker
            words={picker}
            label={f.skills}
            hint=""
            error={say('catalogue.skills') ?? null}
            items={(catalogue?.skills ?? []).map((s) => ({ value: s.id, label: s.label[language] }))}
            selected={draft.catalogue.skills}
            max={200}
            onChange={(skills) => setIn('catalogue', { skills })}
          />
          <CataloguePicker
            words={picker}
            label={f.goals}
            hint=""
            error={say('catalogue.goals') ?? null}
            items={(catalogue?.goals ?? []).map((g) => ({ value: g.id, label: g.label[language] }))}
            selected={draft.catalogue.goals}
            max={100}
            onChange={(goals) => setIn('catalogue', { goals })}
          />
        </div>,
        f.catalogueHint,
      )}

      {section(
        f.surveys,
        <div className={styles.levels} role="group" aria-label={f.surveys}>
          {SURVEYS.map((moment) => (
            <Checkbox
              key={moment}
              label={f.survey[moment]}
              checked={draft.surveys.includes(moment)}
              onChange={(_, d) =>
                set(
                  'surveys',
                  SURVEYS.filter((m) => (m === moment ? d.checked === true : draft.surveys.includes(m))),
                )
              }
            />
          ))}
        </div>,
      )}

      {refusal !== null && refusal !== undefined && problems.size === 0 && (
        <ErrorState error={refusal} onSignInAgain={onSignInAgain} />
      )}
      {(problems.size > 0 || (tried && local.size > 0)) && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{f.fixFirst}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabledFocusable={saving}>
          {saving ? f.saving : submitLabel}
        </Button>
        {changed && <Text className={styles.unsaved}>{f.unsaved}</Text>}
      </div>
    </form>
  );
}

/** The first field marked as wrong takes the focus, so a keyboard user lands on it. */
function focusFirstProblem(form: HTMLFormElement | null) {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
