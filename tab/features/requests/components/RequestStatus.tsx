import { Badge } from '@fluentui/react-components';
import { useMessages } from '../../../lib/i18n';
import type { RequestStatus as Status } from '../api/getRequests';
import { messages } from './messages';

const colours: Record<Status, 'informative' | 'success' | 'danger' | 'subtle'> = {
  pending: 'informative',
  accepted: 'success',
  declined: 'danger',
  expired: 'subtle',
  withdrawn: 'subtle',
};

/** The status in words; the colour only repeats them. */
export function RequestStatus({ status }: { status: Status }) {
  const t = useMessages(messages);
  return (
    <Badge appearance="tint" color={colours[status]}>
      {t.status[status]}
    </Badge>
  );
}
