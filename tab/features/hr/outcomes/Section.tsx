import { Text } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { useCardStyles } from '../../../components/cardStyles';

/** One part of the dashboard: a card with its heading, a region named by it. */
export function Section({ heading, intro, children }: { heading: string; intro?: string; children: ReactNode }) {
  const styles = useCardStyles();
  const id = useId();
  return (
    <section className={styles.card} aria-labelledby={id}>
      <Text as="h2" size={500} weight="semibold" id={id} className={styles.heading}>
        {heading}
      </Text>
      {intro && (
        <Text as="p" className={styles.heading}>
          {intro}
        </Text>
      )}
      {children}
    </section>
  );
}
