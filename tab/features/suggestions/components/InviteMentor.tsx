import { useEffect, useRef, useState } from 'react';
import { Button, Field, SearchBox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ActionError } from '../../../components/ActionError';
import { PersonHeader } from '../../../components/PersonAvatar';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { ApiError } from '../../../lib/api';
import { useMessages } from '../../../lib/i18n';
import type { PersonSummary, ProgrammeId } from '../../../lib/matching';
import { usePeopleSearch } from '../../../lib/people';
import { useSendInvitation } from '../api/sendInvitation';
import { messages } from './messages';
import { useProgrammeName } from '../../programmes/api/getProgrammes';

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
});

export interface InviteMentorProps {
  programmeId: ProgrammeId;
  /** The reader, left out of the people found. */
  me: string;
}

/**
 * The first mentee's way out of an empty programme: find a colleague and ask them to mentor. The
 * server says who may be invited (not yourself, not twice in two weeks, ten a day at most).
 */
export function InviteMentor({ programmeId, me }: InviteMentorProps) {
  const t = useMessages(messages).invite;
  const programmeName = useProgrammeName();
  const programme = programmeName(programmeId);
  const styles = useStyles();
  const [search, setSearch] = useState('');
  const term = useDebounced(search.trim(), 250);
  const people = usePeopleSearch(term);
  const invitation = useSendInvitation();
  const [invited, setInvited] = useState<PersonSummary[]>([]);
  const [asked, setAsked] = useState<PersonSummary | null>(null);
  const notice = useRef<HTMLDivElement>(null);
  const found = people.data?.people.filter((p) => p.id !== me);

  useEffect(() => {
    if (invitation.isSuccess) notice.current?.focus();
  }, [invitation.isSuccess]);

  function invite(person: PersonSummary) {
    setAsked(person);
    invitation.mutate(
      { personId: person.id, programmeId },
      { onSuccess: () => setInvited((list) => [...list, person]) },
    );
  }

  const refusal = (error: unknown, name: string): Record<string, string> => {
    const reason = error instanceof ApiError ? error.details.reason : undefined;
    return {
      already_invited: t.errors.already_invited(name),
      already_mentoring: t.errors.already_mentoring(name, programme),
      invitee_not_eligible:
        reason === 'mentors_more_junior'
          ? t.errors.invitee_not_eligible_reverse(name, programme)
          : t.errors.invitee_not_eligible(name, programme),
      too_many_invitations: t.errors.too_many_invitations,
      cannot_invite_yourself: t.errors.cannot_invite_yourself,
      person_not_found: t.errors.person_not_found(name),
    };
  };

  return (
    <div className={styles.root}>
      <Text as="h3" size={400} weight="semibold" className={styles.heading}>
        {t.heading}
      </Text>
      <Text as="p" className={styles.text}>
        {t.intro}
      </Text>
      <Field label={t.search} className={styles.search}>
        <SearchBox
          placeholder={t.placeholder}
          value={search}
          onChange={(_, data) => setSearch(data.value)}
          dismiss={{ 'aria-label': t.clear }}
        />
      </Field>
      {invitation.isSuccess && asked && <SuccessNotice ref={notice}>{t.sent(asked.displayName)}</SuccessNotice>}
      {invitation.isError && asked && (
        <ActionError error={invitation.error} known={refusal(invitation.error, asked.displayName)} />
      )}
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
              const done = invited.some((p) => p.id === person.id);
              return (
                <li key={person.id} className={styles.row}>
                  <div className={styles.who}>
                    <PersonHeader person={person} as="span" size={32} />
                  </div>
                  <Button
                    appearance={done ? 'subtle' : 'secondary'}
                    aria-label={done ? undefined : t.inviteNamed(person.displayName)}
                    disabled={done}
                    disabledFocusable={invitation.isPending}
                    onClick={() => invite(person)}
                  >
                    {done ? t.invited : t.invite}
                  </Button>
                </li>
              );
            })}
          </ul>
        ))}
    </div>
  );
}

function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
