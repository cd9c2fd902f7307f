import type { ReactNode, Ref } from 'react';
import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  notice: { ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
});

export interface SuccessNoticeProps {
  /** The caller focuses it after an action removed the control the focus was on. */
  ref: Ref<HTMLDivElement>;
  children: ReactNode;
}

/** What an action did, announced, and able to take the focus so it is not lost. */
export function SuccessNotice({ ref, children }: SuccessNoticeProps) {
  const styles = useStyles();
  return (
    <div ref={ref} tabIndex={-1} className={styles.notice}>
      <MessageBar intent="success" layout="multiline" role="status">
        <MessageBarBody>{children}</MessageBarBody>
      </MessageBar>
    </div>
  );
}
