import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useMessages } from '../../../lib/i18n';
import type { Query } from '../../../lib/query';
import type { Me } from '../api/getMe';
import { messages, roleName } from './messages';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '40rem',
    padding: tokens.spacingHorizontalXL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    // Shadows vanish in high contrast; this stroke is transparent elsewhere and visible there.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
  },
  heading: { margin: 0 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  // Each dt/dd pair sits in a div (valid in a dl) that the grid looks through.
  row: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  roles: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The signed-in person's profile; the app loads it once (useMe) and shares it between views. */
export function WhoYouAre({ me, onSignInAgain }: { me: Query<Me>; onSignInAgain: () => void }) {
  const t = useMessages(messages);
  const styles = useStyles();

  return (
    <section className={styles.card} aria-labelledby="who-you-are">
      <Text as="h2" id="who-you-are" size={400} weight="semibold" className={styles.heading}>
        {t.heading}
      </Text>
      {me.status === 'error' ? (
        <ErrorState error={me.error} onRetry={me.retry} onSignInAgain={onSignInAgain} />
      ) : me.data ? (
        <Profile me={me.data} />
      ) : (
        <Loading label={t.loading} />
      )}
    </section>
  );
}

function Profile({ me }: { me: Me }) {
  const t = useMessages(messages);
  const styles = useStyles();
  // Facts the directory does not have are left out.
  const facts: [string, string | number | null][] = [
    [t.userPrincipalName, me.userPrincipalName],
    [t.jobTitle, me.jobTitle],
    [t.department, me.department],
    [t.officeLocation, me.officeLocation],
    [t.level, me.level?.value ?? null],
    [t.tenantId, me.tenantId],
  ];

  return (
    <>
      <Text size={600} weight="semibold">
        {me.displayName}
      </Text>
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
