import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { OutcomesChoices, OutcomesQuery } from '../../../../server/analytics/schemas';
import { useLocale, useMessages } from '../../../lib/i18n';
import { messages } from './messages';

const useStyles = makeStyles({
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 11rem), 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    border: 'none',
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
});

const LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** The dashboard's filters; each change asks for the figures again. */
export function Filters({
  query,
  choices,
  onChange,
}: {
  query: OutcomesQuery;
  choices: OutcomesChoices | undefined;
  onChange: (next: OutcomesQuery) => void;
}) {
  const styles = useStyles();
  const t = useMessages(messages);
  const { language } = useLocale();
  /** The query with one filter set, or removed when left open. */
  const set = <K extends keyof OutcomesQuery>(key: K, value: OutcomesQuery[K] | '') => {
    const rest = Object.fromEntries(Object.entries(query).filter(([k]) => k !== key)) as OutcomesQuery;
    onChange(value === '' || value === undefined ? rest : { ...rest, [key]: value });
  };
  return (
    <fieldset className={styles.form} aria-label={t.filters}>
      <Field label={t.programme}>
        <Select value={query.programmeId ?? ''} onChange={(_, d) => set('programmeId', d.value)}>
          <option value="">{t.allProgrammes}</option>
          {choices?.programmes.map((p) => (
            <option key={p.id} value={p.id}>
              {p.names[language] || p.id}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.from}>
        <Input type="date" value={query.from ?? ''} max={query.to} onChange={(_, d) => set('from', d.value)} />
      </Field>
      <Field label={t.to}>
        <Input type="date" value={query.to ?? ''} min={query.from} onChange={(_, d) => set('to', d.value)} />
      </Field>
      <Field label={t.office}>
        <Select value={query.office ?? ''} onChange={(_, d) => set('office', d.value)}>
          <option value="">{t.anyone}</option>
          {choices?.offices.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.department}>
        <Select value={query.department ?? ''} onChange={(_, d) => set('department', d.value)}>
          <option value="">{t.anyone}</option>
          {choices?.departments.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.level}>
        <Select
          value={query.level === undefined ? '' : String(query.level)}
          onChange={(_, d) => set('level', d.value === '' ? '' : Number(d.value))}
        >
          <option value="">{t.anyone}</option>
          {LEVELS.map((n) => (
            <option key={n} value={n}>
              {t.levelN(n)}
            </option>
          ))}
        </Select>
      </Field>
      <Button onClick={() => onChange({})} disabled={Object.keys(query).length === 0}>
        {t.clear}
      </Button>
    </fieldset>
  );
}
