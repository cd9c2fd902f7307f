import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { LoadError } from '../../../components/LoadError';
import { Loading } from '../../../components/Loading';
import { PersonAvatar } from '../../../components/PersonAvatar';
import { useMessages } from '../../../lib/i18n';
import { useMe, type Me } from '../api/getMe';
import { messages, roleName } from './messages';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    // Shadows vanish in high contrast; this stroke is transparent elsewhere and visible there.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
  },
  heading: { margin: 0, color: tokens.colorNeutralForeground3 },
  who: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, minWidth: 0 },
  avatar: { flexShrink: 0 },
  names: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  name: { overflowWrap: 'anywhere' },
  title: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  // Each dt/dd pair sits in a div (valid in a dl) that the grid looks through.
  row: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  roles: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The signed-in person's profile, from the session's cache (useMe), which every view shares. */
export function WhoYouAre({ onSignInAgain }: { onSignInAgain: () => void }) {
  const t = useMessages(messages);
  const styles = useStyles();
  const me = useMe();

  return (
    <section className={styles.card} aria-labelledby="who-you-are">
      <Text as="h2" id="who-you-are" size={300} weight="semibold" className={styles.heading}>
        {t.heading}
      </Text>
      {me.data ? (
        <Profile me={me.data} />
      ) : me.isError ? (
        <LoadError query={me} onSignInAgain={onSignInAgain} />
      ) : (
        <Loading label={t.loading} />
      )}
    </section>
  );
}

/**
 * What colleagues know the person by: name, photo, job title, department and office. The
 * organisation's id and the seniority level Tandem works out are its own business, not shown.
 */
function Profile({ me }: { me: Me }) {
  const t = useMessages(messages);
  const styles = useStyles();
  // Facts the directory does not have are left out.
  const facts: [string, string | null][] = [
    [t.department, me.department],
    [t.officeLocation, me.officeLocation],
    [t.userPrincipalName, me.userPrincipalName],
  ];

  return (
    <>
      <div className={styles.who}>
        <PersonAvatar id={me.id} name={me.displayName} size={56} className={styles.avatar} />
        <div className={styles.names}>
          <Text size={500} weight="semibold" className={styles.name}>
            {me.displayName}
          </Text>
          {me.jobTitle && <Text className={styles.title}>{me.jobTitle}</Text>}
        </div>
      </div>
      <dl className={styles.facts}>
        {facts
          .filter(([, value]) => value !== null && value !== '')
          .map(([term, value]) => (
            <div key={term} className={styles.row}>
              <dt className={styles.term}>{term}</dt>
              <dd className={styles.value}>{value}</dd>
            </div>
          ))}
        {me.roles.length > 0 && (
          <div className={styles.row}>
            <dt className={styles.term}>{t.roles}</dt>
            <dd className={styles.value}>
              <span className={styles.roles}>
                {me.roles.map((role) => (
                  <Badge key={role} appearance="tint" color={role === 'Tandem.Admin' ? 'brand' : 'informative'}>
                    {roleName(t.roleNames, role)}
                  </Badge>
                ))}
              </span>
            </dd>
          </div>
        )}
      </dl>
    </>
  );
}
