import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarBody,
  Text,
} from '@fluentui/react-components';
import { ActionError } from '../../../components/ActionError';
import { useSession } from '../../../app/session';
import { formatNumber, useLocale, useMessages } from '../../../lib/i18n';
import { usePublishRound, type Round } from './api/rounds';
import { messages } from './messages';

/** Publish, asked first: it proposes every pair to both people and cannot be undone. */
export function PublishRound({ round, disabled }: { round: Round; disabled: boolean }) {
  const t = useMessages(messages);
  const locale = useLocale();
  const { onSignInAgain } = useSession();
  const publish = usePublishRound();
  const [open, setOpen] = useState(false);
  const n = (x: number) => formatNumber(x, locale);

  if (publish.data)
    return (
      <MessageBar intent="success" role="status">
        <MessageBarBody>{t.published(n(publish.data.created), n(publish.data.skipped))}</MessageBarBody>
      </MessageBar>
    );
  return (
    <>
      {publish.isError && !open && <ActionError error={publish.error} known={t.errors} onSignInAgain={onSignInAgain} />}
      <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
        <DialogTrigger disableButtonEnhancement>
          <Button appearance="primary" disabled={disabled}>
            {t.publish}
          </Button>
        </DialogTrigger>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.publishTitle}</DialogTitle>
            <DialogContent>
              <Text as="p">{t.publishBody(n(round.result?.matched ?? 0))}</Text>
              {publish.isError && <ActionError error={publish.error} known={t.errors} onSignInAgain={onSignInAgain} />}
            </DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button>{t.cancel}</Button>
              </DialogTrigger>
              <Button
                appearance="primary"
                disabled={publish.isPending}
                onClick={() => publish.mutate(round.id, { onSuccess: () => setOpen(false) })}
              >
                {t.publish}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
