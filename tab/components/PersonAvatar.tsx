import type { ReactNode } from 'react';
import { Avatar, Text, makeStyles, tokens, type AvatarSize } from '@fluentui/react-components';
import { usePersonPhoto } from '../lib/people';
import { personDetails, type PersonSummary } from '../lib/matching';

const useStyles = makeStyles({
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, minWidth: 0 },
  avatar: { flexShrink: 0 },
  who: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  name: { margin: 0, overflowWrap: 'anywhere' },
  details: { margin: 0, color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

export interface PersonAvatarProps {
  /** The person's directory id; absent (someone no longer there): initials only. */
  id?: string;
  name: string;
  size?: AvatarSize;
  className?: string;
}

/**
 * A colleague's Microsoft 365 profile photo, with their initials until it arrives and when they
 * have none. Beside their name, which says who it is: screen readers skip it.
 */
export function PersonAvatar({ id, name, size = 40, className }: PersonAvatarProps) {
  const photo = usePersonPhoto(id);
  return (
    <Avatar
      className={className}
      name={name}
      size={size}
      color="colorful"
      aria-hidden
      {...(photo.data ? { image: { src: photo.data, alt: '' } } : {})}
    />
  );
}

export interface PersonHeaderProps {
  person: PersonSummary;
  /** The heading level of the name in its card. */
  as?: 'h2' | 'h3' | 'h4' | 'span';
  /** Said instead of the name when the directory no longer has it. */
  name?: ReactNode;
  size?: AvatarSize;
}

/** The top of a person's card: photo, name as the card's heading, and job title · department · office. */
export function PersonHeader({ person, as = 'h4', name, size = 48 }: PersonHeaderProps) {
  const styles = useStyles();
  const details = personDetails(person);
  return (
    <div className={styles.header}>
      <PersonAvatar id={person.id} name={person.displayName} size={size} className={styles.avatar} />
      <div className={styles.who}>
        <Text as={as} size={400} weight="semibold" className={styles.name}>
          {name ?? person.displayName}
        </Text>
        {details && (
          <Text as="p" size={200} className={styles.details}>
            {details}
          </Text>
        )}
      </div>
    </div>
  );
}
