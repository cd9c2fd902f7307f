import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { ButtonLink } from '../components/links';
import { Loading } from '../components/Loading';
import { useEnrolments } from '../features/programmes/api/getEnrolments';
import { useMessages, type Messages } from '../lib/i18n';
import { messages } from './messages';
import { Page } from './Page';

type Words = (typeof messages)['en'];

/** A view's title and a spinner while its code arrives (shown only if that takes a while). */
export function pending(title: (t: Words, joined: boolean) => string) {
  return function PendingView() {
    const t = useMessages(messages);
    const joined = (useEnrolments().data?.enrolments.length ?? 0) > 0;
    return (
      <Page title={title(t, joined)} focusOnArrival={false}>
        <Loading label={t.loadingView} />
      </Page>
    );
  };
}

/** An HR view's title (its label, tab/features/hr/views.ts) and a spinner while its code arrives. */
export function hrPending(label: Messages<string>) {
  return function HrPendingView() {
    const t = useMessages(messages);
    return (
      <Page title={label[t.language]} focusOnArrival={false}>
        <Loading label={t.loadingView} />
      </Page>
    );
  };
}

/** A view whose code did not arrive (a new version was deployed, the network dropped): reloading gets it. */
export function ViewError() {
  const t = useMessages(messages);
  return (
    <Page title="Tandem">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{t.viewFailed}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => window.location.reload()}>{t.reload}</Button>
        </MessageBarActions>
      </MessageBar>
    </Page>
  );
}

/** An address that is no view of Tandem, from an old or mistyped link. */
export function NotFound() {
  const t = useMessages(messages);
  return (
    <Page title={t.notFoundTitle} intro={t.notFoundIntro}>
      <ButtonLink to="/" appearance="primary">
        {t.goHome}
      </ButtonLink>
    </Page>
  );
}
