import { Spinner, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    justifyContent: 'center',
    paddingBlock: tokens.spacingVerticalXXL,
  },
});

/** A spinner with a visible label, which screen readers also announce. */
export function Loading({ label }: { label: string }) {
  const styles = useStyles();
  return <Spinner className={styles.root} label={label} />;
}
