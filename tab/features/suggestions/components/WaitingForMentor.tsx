import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMessages } from '../../../lib/i18n';
import type { ProgrammeId } from '../../../lib/matching';
import { InviteMentor } from './InviteMentor';
import { messages } from './messages';
import { useProgrammeName } from '../../programmes/api/getProgrammes';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  said: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  text: { margin: 0 },
});

export interface WaitingForMentorProps {
  programmeId: ProgrammeId;
  me: string;
  /** The heading level of the title where it is shown: Home's next step or a list of suggestions. */
  as?: 'h2' | 'h3' | 'p';
}

/** A mentee no mentor fits yet (the first of a programme, often): not a dead end but a list, and a way to grow it. */
export function WaitingForMentor({ programmeId, me, as = 'p' }: WaitingForMentorProps) {
  const t = useMessages(messages).waiting;
  const programmeName = useProgrammeName();
  const programme = programmeName(programmeId);
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <div className={styles.said}>
        <Text as={as} size={500} weight="semibold" className={styles.text}>
          {t.title(programme)}
        </Text>
        <Text as="p" className={styles.text}>
          {t.body}
        </Text>
      </div>
      <InviteMentor programmeId={programmeId} me={me} />
    </div>
  );
}
