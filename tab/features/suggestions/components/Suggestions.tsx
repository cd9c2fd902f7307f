import { useId, type ReactNode } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { MatchExplanation } from '../../../components/MatchExplanation';
import { matchingMessages } from '../../../components/matchingMessages';
import { useMessages } from '../../../lib/i18n';
import { personDetails, type Role, type Track } from '../../../lib/matching';
import { useSuggestions, type Suggestion } from '../api/getSuggestions';
import { messages } from './messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
  },
  name: { margin: 0 },
  details: { margin: 0, color: tokens.colorNeutralForeground3 },
});

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
  const styles = useStyles();
  const headingId = useId();
  const suggestions = useSuggestions({ track, as, top });
  const programme = words.programme[track] ?? track;
  const list = suggestions.data?.suggestions;

  return (
    <section className={styles.root} aria-labelledby={headingId}>
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
              <Text as="h4" size={400} weight="semibold" className={styles.name}>
                {suggestion.person.displayName}
              </Text>
              {personDetails(suggestion.person) && (
                <Text as="p" className={styles.details}>
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
