import { useEffect, useState } from 'react';
import {
  Badge,
  Button,
  Field,
  SearchBox,
  Spinner,
  Text,
  makeStyles,
  tokens,
  useArrowNavigationGroup,
} from '@fluentui/react-components';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useMessages } from '../../../lib/i18n';
import { usePeople, type PickablePerson } from '../api/getPeople';
import { messages } from './messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  person: {
    width: '100%',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    textAlign: 'start',
  },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  details: {
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
  },
});

export interface PersonPickerProps {
  /** Signs in as the person. A rejection is shown above the list, which stays usable. */
  onPick: (person: PickablePerson) => Promise<void>;
}

/** Sandbox only: a searchable list of the sandbox tenant's people. */
export function PersonPicker({ onPick }: PersonPickerProps) {
  const t = useMessages(messages);
  const styles = useStyles();
  const [search, setSearch] = useState('');
  const query = useDebounced(search.trim(), 250);
  const people = usePeople(query);
  const [pending, setPending] = useState<PickablePerson | null>(null);
  const [error, setError] = useState<unknown>(null);
  // Arrow keys move through the list and Tab leaves it: one tab stop instead of twenty.
  const arrows = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true });

  async function pick(person: PickablePerson) {
    setPending(person);
    setError(null);
    try {
      await onPick(person);
    } catch (reason) {
      setError(reason);
      setPending(null);
    }
  }

  const list = people.data?.people;

  return (
    <div className={styles.root}>
      <Field label={t.label} hint={t.hint}>
        <SearchBox
          placeholder={t.placeholder}
          value={search}
          onChange={(_, data) => setSearch(data.value)}
          dismiss={{ 'aria-label': t.clear }}
        />
      </Field>

      {error !== null && <ErrorState error={error} />}
      {pending && <Spinner size="tiny" label={t.signingIn(pending.displayName)} />}

      {people.isError ? (
        <ErrorState error={people.error} onRetry={() => void people.refetch()} />
      ) : list === undefined ? (
        <Loading label={t.loading} />
      ) : list.length === 0 ? (
        <Text role="status">{t.none(query)}</Text>
      ) : (
        <ul className={styles.list} aria-label={t.people} aria-busy={people.isFetching} {...arrows}>
          {list.map((person) => (
            <li key={person.id}>
              <Button
                appearance="subtle"
                className={styles.person}
                disabledFocusable={pending !== null}
                onClick={() => void pick(person)}
              >
                <span className={styles.text}>
                  <span>{person.displayName}</span>
                  <span className={styles.details}>{details(person)}</span>
                </span>
                {person.persona && (
                  <Badge appearance="tint" color="brand">
                    {person.persona.replaceAll('-', ' ')}
                  </Badge>
                )}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function details(person: PickablePerson): string {
  return [person.jobTitle, person.department, person.officeLocation].filter(Boolean).join(' · ');
}

/** Waits for a pause in typing so each keystroke does not become a request. */
function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
