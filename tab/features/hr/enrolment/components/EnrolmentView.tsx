import { useState } from 'react';
import { Badge, Button, Field, SearchBox, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useRouter } from '@tanstack/react-router';
import { Page } from '../../../../app/Page';
import { LoadError } from '../../../../components/LoadError';
import { Loading } from '../../../../components/Loading';
import { PersonHeader } from '../../../../components/PersonAvatar';
import { formatDate, useLocale, useMessages } from '../../../../lib/i18n';
import { ProgrammeChoice, useProgrammes } from '../../programmeChoice';
import { useHrSubpath } from '../../subpath';
import { useEnrolments, type EnrolledPerson, type EnrolmentRole } from '../api/getEnrolments';
import { useDebounced } from './debounce';
import { InvitePeople } from './InvitePeople';
import { messages } from './messages';

/** People a page. */
export const ENROLMENT_PAGE = 25;

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end' },
  field: { minWidth: '10rem', maxWidth: '16rem' },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  who: { flex: '1 1 14rem', minWidth: 0 },
  facts: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
  pager: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/**
 * /hr/enrolment/<programmeId>: who joined the programme, as mentor or mentee, found by role, name,
 * department and office a page at a time; and inviting people to join it.
 */
export function EnrolmentView() {
  const t = useMessages(messages);
  const styles = useStyles();
  const router = useRouter();
  const [chosen] = useHrSubpath();
  const programmes = useProgrammes();
  const programmeId = chosen ?? programmes.data?.programmes[0]?.id ?? 'mentoring';
  const [role, setRole] = useState<EnrolmentRole | undefined>(undefined);
  const [search, setSearch] = useState('');
  const [department, setDepartment] = useState<string | undefined>(undefined);
  const [office, setOffice] = useState<string | undefined>(undefined);
  const [offset, setOffset] = useState(0);
  const term = useDebounced(search.trim(), 250);
  const list = useEnrolments({ programmeId, role, search: term, department, office, offset, limit: ENROLMENT_PAGE });
  const data = list.data;

  // Any change of filter starts again from the first page.
  const set =
    <T,>(setter: (v: T) => void) =>
    (v: T) => {
      setter(v);
      setOffset(0);
    };

  function choose(next: string) {
    setDepartment(undefined);
    setOffice(undefined);
    setOffset(0);
    router.history.push(`/hr/enrolment/${encodeURIComponent(next)}`);
  }

  return (
    <Page title={t.title} intro={t.intro}>
      <ProgrammeChoice value={programmeId} onChange={choose} />
      {data && (
        <Text as="p" className={styles.muted}>
          {t.counts(data.counts.people, data.counts.mentors, data.counts.mentees)}
        </Text>
      )}
      <div className={styles.filters}>
        <Field label={t.role} className={styles.field}>
          <Select
            value={role ?? ''}
            onChange={(_, d) => set(setRole)(d.value === '' ? undefined : (d.value as EnrolmentRole))}
          >
            <option value="">{t.anyRole}</option>
            <option value="mentor">{t.roles.mentor}</option>
            <option value="mentee">{t.roles.mentee}</option>
          </Select>
        </Field>
        <Field label={t.search} className={styles.field}>
          <SearchBox
            placeholder={t.searchPlaceholder}
            value={search}
            onChange={(_, d) => set(setSearch)(d.value)}
            dismiss={{ 'aria-label': t.clear }}
          />
        </Field>
        <Field label={t.department} className={styles.field}>
          <Select value={department ?? ''} onChange={(_, d) => set(setDepartment)(d.value || undefined)}>
            <option value="">{t.any}</option>
            {(data?.departments ?? []).map((d) => (
              <option key={d}>{d}</option>
            ))}
          </Select>
        </Field>
        <Field label={t.office} className={styles.field}>
          <Select value={office ?? ''} onChange={(_, d) => set(setOffice)(d.value || undefined)}>
            <option value="">{t.any}</option>
            {(data?.offices ?? []).map((o) => (
              <option key={o}>{o}</option>
            ))}
          </Select>
        </Field>
      </div>
      {!data ? (
        list.isError ? (
          <LoadError query={list} />
        ) : (
          <Loading label={t.loading} />
        )
      ) : data.enrolments.length === 0 ? (
        <Text as="p" role="status" className={styles.muted}>
          {t.none}
        </Text>
      ) : (
        <>
          <ul className={styles.list} aria-label={t.list} aria-busy={list.isFetching}>
            {data.enrolments.map((e) => (
              <EnrolledItem key={e.person.id} enrolled={e} />
            ))}
          </ul>
          <div className={styles.pager}>
            <Button disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - ENROLMENT_PAGE))}>
              {t.previous}
            </Button>
            <Text role="status">{t.range(data.offset + 1, data.offset + data.enrolments.length, data.total)}</Text>
            <Button
              disabled={data.offset + data.enrolments.length >= data.total}
              onClick={() => setOffset(offset + ENROLMENT_PAGE)}
            >
              {t.next}
            </Button>
          </div>
        </>
      )}
      {/* Keyed by programme: another programme starts a new list of people to invite. */}
      <InvitePeople key={programmeId} programmeId={programmeId} />
    </Page>
  );
}

function EnrolledItem({ enrolled: e }: { enrolled: EnrolledPerson }) {
  const t = useMessages(messages);
  const locale = useLocale();
  const styles = useStyles();
  return (
    <li className={styles.item}>
      <div className={styles.who}>
        <PersonHeader person={e.person} as="span" size={32} name={e.current ? undefined : t.gone} />
      </div>
      <div className={styles.facts}>
        {e.asMentor && (
          <Badge appearance="tint" color="brand">
            {t.asMentor(e.capacity)}
          </Badge>
        )}
        {e.asMentee && (
          <Badge appearance="tint" color="informative">
            {t.asMentee}
          </Badge>
        )}
        {e.paused && (
          <Badge appearance="outline" color="subtle">
            {t.paused}
          </Badge>
        )}
        <Text size={200} className={styles.muted}>
          {t.livePairs(e.livePairs)} · {t.joined(formatDate(e.joinedAt, locale))}
        </Text>
      </div>
    </li>
  );
}
