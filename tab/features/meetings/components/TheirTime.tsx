import { Text } from '@fluentui/react-components';
import { useLocale, useMessages } from '../../../lib/i18n';
import type { OtherPerson } from '../../../../server/scheduling/schemas';
import { firstName, theirTime } from './format';
import { messages } from './messages';
import { useMeetingStyles } from './styles';

/** "16:00–16:30 for Priya": the other person's clock for a session, in words, or null when it reads as ours. */
export function useTheirTime() {
  const t = useMessages(messages);
  const locale = useLocale();
  return (session: { start: string; end: string }, other: Pick<OtherPerson, 'displayName' | 'timeZone'>) => {
    const time = theirTime(session, locale, other.timeZone);
    if (!time) return null;
    const name = firstName(other.displayName);
    return name ? t.theirTime(time, name) : t.theirTimeUnnamed(time);
  };
}

/** The other person's time beside a session, when their clock reads differently; nothing otherwise. */
export function TheirTime({
  session,
  other,
}: {
  session: { start: string; end: string };
  other: Pick<OtherPerson, 'displayName' | 'timeZone'>;
}) {
  const styles = useMeetingStyles();
  const words = useTheirTime()(session, other);
  return words ? (
    <Text as="p" className={styles.muted}>
      {words}
    </Text>
  ) : null;
}
