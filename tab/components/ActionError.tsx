import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { ApiError } from '../lib/api';
import { ErrorState } from './ErrorState';

export interface ActionErrorProps {
  error: unknown;
  /** What to say for the server's codes this action knows ("request_expired" ...), in the reader's language. */
  known: Record<string, string>;
  onSignInAgain?: () => void;
}

/**
 * Why an action (accept, send, pause ...) did not happen: in the action's own words when the
 * server gave a code it knows, else in general terms of what to do next.
 */
export function ActionError({ error, known, onSignInAgain }: ActionErrorProps) {
  const words = error instanceof ApiError ? known[error.code] : undefined;
  if (!words) return <ErrorState error={error} onSignInAgain={onSignInAgain} />;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>{words}</MessageBarBody>
    </MessageBar>
  );
}
