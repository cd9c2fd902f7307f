import { useEffect, useRef, useState } from 'react';
import { Button, Field, SearchBox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ActionError } from '../../../../components/ActionError';
import { PersonHeader } from '../../../../components/PersonAvatar';
import { SuccessNotice } from '../../../../components/SuccessNotice';
import { ApiError } from '../../../../lib/api';
import { useMessages } from '../../../../lib/i18n';
import type { PersonSummary } from '../../../../lib/matching';
import { usePeopleSearch } from '../../../../lib/people';
import { useInviteToJoin, type InviteRefusal } from '../api/inviteToJoin';
import { useDebounced } from './debounce';
import { messages } from './messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  text: { margin: 0 },
  search: { maxWidth: '24rem' },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  who: { flex: '1 1 12rem', minWidth: 0 },
  refused: { margin: 0, color: tokens.colorPaletteRedForeground1 },
});

/**
 * HR chooses people (a people picker, as the employee's invite to mentor has) and invites them to
 * join the programme in one go; the server invites all of them or none, and says who cannot be.
 */
export function InvitePeople({ programmeId }: { programmeId: string }) {
  const t = useMessages(messages).invite;
  const styles = useStyles();
  const [search, setSearch] = useState('');
  const term = useDebounced(search.trim(), 250);
  const people = usePeopleSearch(term);
  const invitation = useInviteToJoin();
  const [chosen, setChosen] = useState<PersonSummary[]>([]);
  const [sent, setSent] = useState<number | null>(null);
  const notice = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (sent !== null) notice.current?.focus();
  }, [sent]);

  const refusals = new Map<string, InviteRefusal>();
  if (invitation.error instanceof ApiError && invitation.error.code === 'invitees_refused') {
    const listed = invitation.error.details.people;
    if (Array.isArray(listed))
      for (const r of listed as { personId: string; reason: InviteRefusal }[]) refusals.set(r.personId, r.reason);
  }

  function add(person: PersonSummary) {
    setSent(null);
    setChosen((list) => (list.some((p) => p.id === person.id) ? list : [...list, person]));
  }

  function remove(person: PersonSummary) {
    setChosen((list) => list.filter((p) => p.id !== person.id));
  }

  function send() {
    setSent(null);
    const personIds = chosen.map((p) => p.id);
    invitation.mutate(
      { programmeId, personIds },
      {
        onSuccess: (answer) => {
          setChosen([]);
          setSent(answer.invited.length);
        },
      },
    );
  }

  const found = people.data?.people;
  return (
    <section className={styles.root} aria-labelledby="hr-invite-heading">
      <Text as="h2" id="hr-invite-heading" size={500} weight="semibold" className={styles.heading}>
        {t.heading}
      </Text>
      <Text as="p" className={styles.text}>
        {t.intro}
      </Text>
      {sent !== null && <SuccessNotice ref={notice}>{t.sent(sent)}</SuccessNotice>}
      {invitation.isError &&
        (refusals.size > 0 ? (
          <ActionError error={invitation.error} known={{ invitees_refused: t.refused }} />
        ) : (
          <ActionError error={invitation.error} known={t.errors} />
        ))}
      {chosen.length > 0 && (
        <>
          <Text as="h3" size={400} weight="semibold" className={styles.heading}>
            {t.chosen}
          </Text>
          <ul className={styles.list} aria-label={t.chosen}>
            {chosen.map((person) => {
              const refused = refusals.get(person.id);
              return (
                <li key={person.id} className={styles.row}>
                  <div className={styles.who}>
                    <PersonHeader person={person} as="span" size={32} />
                    {refused && (
                      <Text as="p" size={200} className={styles.refused}>
                        {t.reasons[refused]}
                      </Text>
                    )}
                  </div>
                  <Button appearance="subtle" aria-label={t.remove(person.displayName)} onClick={() => remove(person)}>
                    ✕
                  </Button>
                </li>
              );
            })}
          </ul>
          <div>
            <Button appearance="primary" disabledFocusable={invitation.isPending} onClick={send}>
              {t.send(chosen.length)}
            </Button>
          </div>
        </>
      )}
      <Field label={t.search} className={styles.search}>
        <SearchBox
          placeholder={t.placeholder}
          value={search}
          onChange={(_, data) => setSearch(data.value)}
          dismiss={{ 'aria-label': t.clear }}
        />
      </Field>
      {term.length >= 2 &&
        (people.isError ? (
          <ActionError error={people.error} known={{}} />
        ) : !found ? (
          <Text role="status">{t.searching}</Text>
        ) : found.length === 0 ? (
          <Text role="status">{t.none(term)}</Text>
        ) : (
          <ul className={styles.list} aria-label={t.results} aria-busy={people.isFetching}>
            {found.map((person) => {
              const added = chosen.some((p) => p.id === person.id);
              return (
                <li key={person.id} className={styles.row}>
                  <div className={styles.who}>
                    <PersonHeader person={person} as="span" size={32} />
                  </div>
                  <Button
                    appearance={added ? 'subtle' : 'secondary'}
                    aria-label={added ? undefined : t.addNamed(person.displayName)}
                    disabled={added}
                    onClick={() => add(person)}
                  >
                    {added ? t.added : t.add}
                  </Button>
                </li>
              );
            })}
          </ul>
        ))}
    </section>
  );
}
