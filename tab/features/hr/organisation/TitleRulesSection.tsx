import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCardStyles } from '../../../components/cardStyles';
import { ErrorState } from '../../../components/ErrorState';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { useLocale, useMessages } from '../../../lib/i18n';
import { LEVEL_NAMES, levelName } from '../levels';
import { useSaveTitleRules, useTitleRulesPreview, type TitleRule } from './api/titleRules';
import { messages } from './messages';
import { PreviewSummary } from './PreviewSummary';
import { problemsOf, refusalOf, rulesOf, sameRules, type DraftRule, type RuleProblem } from './rulesDraft';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  // Phrase, level, what it moves and Remove on one line where they fit; stacked on a phone.
  rule: {
    display: 'grid',
    gridTemplateColumns: 'minmax(12rem, 2fr) minmax(10rem, 1fr) minmax(8rem, auto) auto',
    alignItems: 'end',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    '@media (max-width: 600px)': { gridTemplateColumns: '1fr', alignItems: 'stretch' },
  },
  moves: { paddingBlockEnd: tokens.spacingVerticalS, color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
  remove: { justifySelf: 'start' },
});

/** How long typing may pause before the preview is asked for. */
const PREVIEW_AFTER_MS = 400;

let lastKey = 0;
const draftOf = (rules: readonly TitleRule[]): DraftRule[] => rules.map((r) => ({ key: ++lastKey, ...r }));

/**
 * The tenant's own title vocabulary, edited as a list, with what saving it would do worked out
 * by the server as the draft changes (who would change level, from which to which).
 */
export function TitleRulesSection({ saved, onSignInAgain }: { saved: TitleRule[]; onSignInAgain: () => void }) {
  const t = useMessages(messages).rules;
  const levels = LEVEL_NAMES[useLocale().language];
  const cards = useCardStyles();
  const styles = useStyles();
  const [draft, setDraft] = useState<DraftRule[]>(() => draftOf(saved));
  const [refused, setRefused] = useState<Map<number, RuleProblem> | null>(null);
  const [tried, setTried] = useState(false);
  const save = useSaveTitleRules();
  const notice = useRef<HTMLDivElement>(null);
  const added = useRef<number | null>(null);

  const problems = useMemo(() => {
    const found = problemsOf(draft);
    for (const [key, problem] of refused ?? []) if (!found.has(key)) found.set(key, problem);
    return found;
  }, [draft, refused]);
  const rules = rulesOf(draft);
  const changed = !sameRules(rules, saved);
  const valid = problemsOf(draft).size === 0;
  const previewed = usePaused(changed && valid ? rules : null, PREVIEW_AFTER_MS);
  const preview = useTitleRulesPreview(previewed);
  const moves = new Map((preview.data?.rules ?? []).map((r) => [r.phrase, r.people]));

  useEffect(() => {
    // A new rule's phrase takes the focus, so typing can start at once.
    if (added.current === null) return;
    document.getElementById(`hr-rule-${added.current}`)?.focus();
    added.current = null;
  }, [draft]);

  const edit = (key: number, change: Partial<DraftRule>) => {
    setDraft((rows) => rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
    setRefused(null);
    save.reset();
  };
  const add = () => {
    const rule = { key: ++lastKey, phrase: '', level: 5 };
    added.current = rule.key;
    setDraft((rows) => [...rows, rule]);
    save.reset();
  };
  const remove = (key: number) => {
    setDraft((rows) => rows.filter((r) => r.key !== key));
    setRefused(null);
    save.reset();
  };
  const submit = () => {
    setTried(true);
    if (!valid) return;
    const sent = draft;
    save.mutate(rulesOf(sent), {
      onSuccess: (result) => {
        setDraft(draftOf(result.rules));
        setTried(false);
        notice.current?.focus();
      },
      onError: (error) => setRefused(refusalOf(error, sent)),
    });
  };
  // A problem shows once the rule has something in it, or once saving was tried.
  const shown = (rule: DraftRule) => (rule.phrase !== '' || tried ? problems.get(rule.key) : undefined);

  return (
    <section className={cards.section} aria-labelledby="hr-rules-heading">
      <Text as="h2" size={500} weight="semibold" className={cards.heading} id="hr-rules-heading">
        {t.heading}
      </Text>
      <div className={cards.card}>
        <Text as="p" className={cards.text}>
          {t.intro}
        </Text>
        {draft.length === 0 ? (
          <Text as="p" className={cards.muted}>
            {t.empty}
          </Text>
        ) : (
          <ul className={styles.list}>
            {draft.map((rule) => {
              const problem = shown(rule);
              const trimmed = rule.phrase.trim();
              const count = moves.get(trimmed);
              return (
                <li key={rule.key} className={styles.rule}>
                  <Field
                    label={t.phrase}
                    hint={t.phraseHint}
                    validationState={problem ? 'error' : 'none'}
                    validationMessage={problem ? t[problem] : undefined}
                  >
                    <Input
                      id={`hr-rule-${rule.key}`}
                      value={rule.phrase}
                      maxLength={60}
                      onChange={(_, data) => edit(rule.key, { phrase: data.value })}
                    />
                  </Field>
                  <Field label={t.level}>
                    <Select
                      value={String(rule.level)}
                      onChange={(_, data) => edit(rule.key, { level: Number(data.value) })}
                    >
                      {levels.map((_, i) => (
                        <option key={i} value={i + 1}>
                          {levelName(i + 1, levels)}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <Text className={styles.moves}>
                    {changed && valid && preview.data && !preview.isPlaceholderData ? t.moves(count ?? 0) : ''}
                  </Text>
                  <Button className={styles.remove} onClick={() => remove(rule.key)} aria-label={t.remove(trimmed)}>
                    {t.removeShort}
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
        <div className={cards.actions}>
          <Button onClick={add}>{t.add}</Button>
        </div>
      </div>

      {changed && (
        <div className={cards.card} aria-labelledby="hr-preview-heading" role="region">
          <Text as="h3" size={400} weight="semibold" className={cards.heading} id="hr-preview-heading">
            {t.previewHeading}
          </Text>
          {!valid ? (
            <Text as="p" className={cards.muted}>
              {t.fixFirst}
            </Text>
          ) : preview.isError ? (
            <Text as="p" className={cards.muted}>
              {t.previewFailed}
            </Text>
          ) : preview.data ? (
            <div aria-busy={preview.isFetching}>
              <PreviewSummary preview={preview.data} current={rules} />
            </div>
          ) : (
            <Spinner size="small" label={t.previewWorking} labelPosition="after" />
          )}
        </div>
      )}

      {save.isSuccess && <SuccessNotice ref={notice}>{t.saved(save.data.levelsChanged)}</SuccessNotice>}
      {save.isError && !refused && <ErrorState error={save.error} onSignInAgain={onSignInAgain} />}
      {tried && !valid && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t.fixFirst}</MessageBarBody>
        </MessageBar>
      )}
      {(changed || save.isPending) && (
        <div className={cards.actions}>
          <Button appearance="primary" onClick={submit} disabledFocusable={save.isPending}>
            {save.isPending ? t.saving : t.save}
          </Button>
          <Button
            onClick={() => {
              setDraft(draftOf(saved));
              setRefused(null);
              setTried(false);
            }}
            disabledFocusable={save.isPending}
          >
            {t.discard}
          </Button>
          <Text className={cards.muted}>{t.unsaved}</Text>
        </div>
      )}
    </section>
  );
}

/** `value` once it has stayed the same for `ms`; until then the one before. */
function usePaused<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  const json = JSON.stringify(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(JSON.parse(json) as T), ms);
    return () => clearTimeout(timer);
  }, [json, ms]);
  return settled;
}
