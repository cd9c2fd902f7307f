import { useId, type ReactNode } from 'react';
import { Text } from '@fluentui/react-components';
import { useCardStyles } from '../../../components/cardStyles';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { MatchExplanation } from '../../../components/MatchExplanation';
import { matchingMessages } from '../../../components/matchingMessages';
import { useMessages } from '../../../lib/i18n';
import { personDetails, type Role, type Track } from '../../../lib/matching';
import { useSuggestions, type Suggestion } from '../api/getSuggestions';
import { messages } from './messages';

export interface SuggestionsProps {
  track: Track;
  /** The reader's role: a mentee sees mentors, a mentor sees mentees. */
  as: Role;
  top?: number;
  /** What the reader can do about a suggestion; the app composes it (sending a request). */
  action?: (suggestion: Suggestion) => ReactNode;
  onSignInAgain?: () => void;
}

/** People suggested for the reader in one programme, each with the score and why. */
export function Suggestions({ track, as, top = 3, action, onSignInAgain }: SuggestionsProps) {
  const t = useMessages(messages);
  const words = useMessages(matchingMessages);
  const styles = useCardStyles();
  const headingId = useId();
  const suggestions = useSuggestions({ track, as, top });
  const programme = words.programme[track];
  const list = suggestions.data?.suggestions;

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {t.heading[as](programme)}
      </Text>
      {suggestions.status === 'error' ? (
        <ErrorState error={suggestions.error} onRetry={suggestions.retry} onSignInAgain={onSignInAgain} />
      ) : !list ? (
        <Loading label={t.loading} />
      ) : list.length === 0 ? (
        <Text as="p">{t.none[as]}</Text>
      ) : (
        <ul className={styles.list} aria-label={t.list(programme)}>
          {list.map((suggestion) => (
            <li key={suggestion.person.id} className={styles.card}>
              <Text as="h4" size={400} weight="semibold" className={styles.heading}>
                {suggestion.person.displayName}
              </Text>
              {personDetails(suggestion.person) && (
                <Text as="p" className={styles.muted}>
                  {personDetails(suggestion.person)}
                </Text>
              )}
              <MatchExplanation score={suggestion.score} reasons={suggestion.reasons} viewer={as} />
              {action?.(suggestion)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
