import { Skeleton, SkeletonItem, makeStyles } from '@fluentui/react-components';
import { ApiError } from '../lib/api';
import { useMessages } from '../lib/i18n';
import { usePerson } from '../lib/people';
import { matchingMessages } from './matchingMessages';

const useStyles = makeStyles({
  skeleton: { display: 'inline-block', width: '10rem', verticalAlign: 'middle' },
});

/** A colleague's name, looked up by id; someone no longer in the directory reads as a former colleague. */
export function PersonName({ id }: { id: string }) {
  const t = useMessages(matchingMessages);
  const styles = useStyles();
  const person = usePerson(id);

  if (person.data) return <>{person.data.displayName}</>;
  if (person.status === 'error') {
    const gone = person.error instanceof ApiError && person.error.status === 404;
    return <>{gone ? t.formerColleague : t.someone}</>;
  }
  return (
    <Skeleton className={styles.skeleton} aria-label={t.loadingName}>
      <SkeletonItem size={16} />
    </Skeleton>
  );
}
