import { useId, type ReactNode } from 'react';
import { Text } from '@fluentui/react-components';
import { useCardStyles } from '../../../components/cardStyles';
import { LoadError } from '../../../components/LoadError';
import { Loading } from '../../../components/Loading';
import { MatchExplanation } from '../../../components/MatchExplanation';
import { PersonHeader } from '../../../components/PersonAvatar';
import { useMessages } from '../../../lib/i18n';
import type { Role, ProgrammeId } from '../../../lib/matching';
import { useSuggestions, type Suggestion } from '../api/getSuggestions';
import { messages } from './messages';
import { WaitingForMentor } from './WaitingForMentor';
import { useProgrammeName } from '../../programmes/api/getProgrammes';

export interface SuggestionsProps {
  programmeId: ProgrammeId;
  /** The reader's role: a mentee sees mentors, a mentor sees mentees. */
  as: Role;
  /** The reader: a mentee no mentor fits yet can invite colleagues, never themselves. */
  me: string;
  top?: number;
  /** What the reader can do about a suggestion; the app composes it (sending a request). */
  action?: (suggestion: Suggestion) => ReactNode;
  /** Show nothing when no one fits: Home's next step already says so, and what to do. */
  hideWhenEmpty?: boolean;
  onSignInAgain?: () => void;
}

/** People suggested for the reader in one programme, each with the score and why. */
export function Suggestions({
  programmeId,
  as,
  me,
  top = 3,
  action,
  hideWhenEmpty = false,
  onSignInAgain,
}: SuggestionsProps) {
  const t = useMessages(messages);
  const styles = useCardStyles();
  const headingId = useId();
  const suggestions = useSuggestions({ programmeId, as, top });
  const programmeName = useProgrammeName();
  const programme = programmeName(programmeId);
  const list = suggestions.data?.suggestions;

  if (hideWhenEmpty && list?.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {t.heading[as](programme)}
      </Text>
      {!list ? (
        suggestions.isError ? (
          <LoadError query={suggestions} onSignInAgain={onSignInAgain} />
        ) : (
          <Loading label={t.loading} />
        )
      ) : list.length === 0 ? (
        as === 'mentee' ? (
          <div className={styles.card}>
            <WaitingForMentor programmeId={programmeId} me={me} />
          </div>
        ) : (
          <Text as="p">{t.none[as]}</Text>
        )
      ) : (
        <ul className={styles.list} aria-label={t.list(programme)}>
          {list.map((suggestion) => (
            <li key={suggestion.person.id} className={styles.card}>
              <PersonHeader person={suggestion.person} />
              <MatchExplanation score={suggestion.score} reasons={suggestion.reasons} viewer={as} />
              {action?.(suggestion)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
