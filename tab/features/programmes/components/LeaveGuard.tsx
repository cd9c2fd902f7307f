import { useEffect, useRef, useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useBlocker, useRouter } from '@tanstack/react-router';
import { useMessages } from '../../../lib/i18n';
import { messages } from './messages';

interface Leaving {
  action: 'PUSH' | 'REPLACE' | 'FORWARD' | 'BACK' | 'GO';
  href: string;
}

/**
 * Asks before the person leaves the form with changes not saved: for a link inside the tab (the
 * router's blocker, with our own dialog), and for a reload or closing the window (the browser's
 * own question on `beforeunload`, the only one a page may ask there). Moving between programmes
 * on the same page (`?programmeId=`) is not leaving.
 */
export function LeaveGuard({ when }: { when: boolean }) {
  const t = useMessages(messages);
  const router = useRouter();
  const blocker = useBlocker({
    shouldBlockFn: ({ current, next }) => when && current.pathname !== next.pathname,
    enableBeforeUnload: () => when,
    withResolver: true,
  });
  const [leaving, setLeaving] = useState<Leaving | null>(null);
  // A mark in the page (the dialog itself is in a layer of its own): hidden while the dialog is.
  const page = useRef<HTMLSpanElement>(null);

  // A modal dialog hides the rest of the tab from screen readers (aria-hidden) while open. Fluent's
  // focus manager gives it back a few hundred milliseconds after the dialog closes, and never if
  // the view holding the dialog is gone by then: leaving mid-way left the next view hidden. So the
  // dialog closes as for "Stay", and the navigation it held back goes on once the tab is shown.
  useEffect(() => {
    if (!leaving) return;
    const started = Date.now();
    const timer = setInterval(() => {
      if (page.current?.closest('[aria-hidden="true"]') && Date.now() - started < 1500) return;
      clearInterval(timer);
      const history = router.history;
      if (leaving.action === 'BACK' || leaving.action === 'GO') history.back({ ignoreBlocker: true });
      else if (leaving.action === 'FORWARD') history.forward({ ignoreBlocker: true });
      else if (leaving.action === 'REPLACE') history.replace(leaving.href, undefined, { ignoreBlocker: true });
      else history.push(leaving.href, undefined, { ignoreBlocker: true });
    }, 50);
    return () => clearInterval(timer);
  }, [leaving, router]);

  function leave() {
    if (blocker.status !== 'blocked') return;
    const { next, action } = blocker;
    const href = router.buildLocation({ to: next.pathname, search: next.search } as never).href;
    setLeaving({ action, href });
    blocker.reset();
  }

  return (
    <>
      <span ref={page} />
      <Dialog
        open={blocker.status === 'blocked'}
        modalType="alert"
        onOpenChange={(_, data) => {
          if (!data.open) blocker.reset?.();
        }}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.leaveTitle}</DialogTitle>
            <DialogContent>{t.leaveBody}</DialogContent>
            <DialogActions>
              {/* Staying is the safe answer, so it is the one Enter gives. */}
              <Button appearance="primary" onClick={() => blocker.reset?.()}>
                {t.stay}
              </Button>
              <Button onClick={leave}>{t.leave}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
