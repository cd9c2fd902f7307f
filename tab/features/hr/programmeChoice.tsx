import { useQuery } from '@tanstack/react-query';
import { Field, Select, makeStyles } from '@fluentui/react-components';
import type { Programmes } from '../../../server/programmes/schemas';
import { useApi, type Api } from '../../lib/api';
import { useLocale, type Messages, useMessages } from '../../lib/i18n';
import { hrKeys } from './keys';

// Which programme an HR view is about (health, enrolment): chosen from the tenant's programmes,
// kept in the view's address (/hr/<view>/<programmeId>) by the view itself.

/** GET /api/admin/programmes: every programme of the tenant, archived last. */
export function getProgrammes(api: Api, signal?: AbortSignal): Promise<Programmes> {
  return api.request<Programmes>('/api/admin/programmes', { signal });
}

export function useProgrammes() {
  const api = useApi();
  // The Programmes view's key too: one answer in the cache for both, refreshed when a programme changes.
  return useQuery({ queryKey: hrKeys.programmes, queryFn: ({ signal }) => getProgrammes(api, signal) });
}

const en = { programme: 'Programme', loading: 'Loading programmes…' };
const messages: Messages<typeof en> = { en, it: { programme: 'Programma', loading: 'Caricamento dei programmi…' } };

const useStyles = makeStyles({ field: { maxWidth: '24rem' } });

export interface ProgrammeChoiceProps {
  /** The programme shown. */
  value: string;
  onChange: (programmeId: string) => void;
}

/** A programme picker: the tenant's programmes by name in the reader's language. */
export function ProgrammeChoice({ value, onChange }: ProgrammeChoiceProps) {
  const t = useMessages(messages);
  const { language } = useLocale();
  const styles = useStyles();
  const programmes = useProgrammes();
  const list = programmes.data?.programmes ?? [];
  return (
    <Field label={t.programme} className={styles.field}>
      <Select value={value} onChange={(_, data) => onChange(data.value)}>
        {list.length === 0 && <option value={value}>{programmes.isPending ? t.loading : value}</option>}
        {list.map((p) => (
          <option key={p.id} value={p.id}>
            {p.names[language] || p.names.en}
          </option>
        ))}
      </Select>
    </Field>
  );
}
