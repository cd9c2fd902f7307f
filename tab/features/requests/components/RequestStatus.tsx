import { Badge } from '@fluentui/react-components';
import { useMessages } from '../../../lib/i18n';
import { messages } from './messages';

const colours: Record<string, 'informative' | 'success' | 'danger' | 'subtle'> = {
  pending: 'informative',
  accepted: 'success',
  declined: 'danger',
};

/** The status in words; the colour only repeats them. */
export function RequestStatus({ status }: { status: string }) {
  const t = useMessages(messages);
  return (
    <Badge appearance="tint" color={colours[status] ?? 'subtle'}>
      {t.status[status] ?? status}
    </Badge>
  );
}
