import { useEffect, useEffectEvent, useState } from 'react';

export interface Query<T> {
  status: 'loading' | 'error' | 'success';
  /** The last data received, kept while a new key loads so lists do not flash empty. */
  data: T | undefined;
  error: unknown;
  retry: () => void;
}

type State<T> = Omit<Query<T>, 'retry'>;

/**
 * Loads data for `key` and reloads when the key changes or on retry; the previous request is
 * aborted. A few lines instead of a query library, to keep the bundle small until caching
 * across views is actually needed.
 */
export function useQuery<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Query<T> {
  const [attempt, setAttempt] = useState(0);
  // Each answer remembers which request it answers; until the current one has answered, the
  // query is loading (derived here rather than reset inside the effect).
  const request = `${attempt}:${key}`;
  const [state, setState] = useState<State<T> & { request: string | null }>({
    request: null,
    status: 'loading',
    data: undefined,
    error: undefined,
  });
  const run = useEffectEvent(load);

  useEffect(() => {
    const controller = new AbortController();
    run(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ request, status: 'success', data, error: undefined });
      },
      (error: unknown) => {
        if (!controller.signal.aborted)
          setState((previous) => ({ request, status: 'error', data: previous.data, error }));
      },
    );
    return () => controller.abort();
  }, [request]);

  const answered = state.request === request;
  return {
    status: answered ? state.status : 'loading',
    data: state.data,
    error: answered ? state.error : undefined,
    retry: () => setAttempt((n) => n + 1),
  };
}

const sessions = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * One answer per session and key, for data that does not change while the tab is open (the
 * catalogue, a colleague's name). The session is the API client, so signing in as someone else
 * starts afresh. A failure is forgotten, so a retry asks again. Loads get no abort signal: one
 * view leaving must not cancel an answer another view waits for.
 */
export function remember<T>(session: object, key: string, load: () => Promise<T>): Promise<T> {
  let answers = sessions.get(session);
  if (!answers) sessions.set(session, (answers = new Map()));
  let answer = answers.get(key) as Promise<T> | undefined;
  if (!answer) {
    answer = load();
    answers.set(key, answer);
    answer.catch(() => answers.delete(key));
  }
  return answer;
}
