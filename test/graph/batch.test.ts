import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendBatched } from '../../server/graph/batch.js';
import { createGraphConnection } from '../../server/graph/client.js';
import { startTestSandbox, type TestSandbox } from '../helpers/sandbox.js';

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox({ size: 45 });
});
afterAll(async () => t?.close());

const connection = () =>
  createGraphConnection({
    endpoint: t.identity.graphEndpoint,
    getToken: async () =>
      (await t.msal.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] }))!.accessToken,
  });

describe('sendBatched', () => {
  it('answers every request in order, across several $batch envelopes', async () => {
    const graph = connection();
    const people = t.sandbox.state.directory.all().slice(0, 25);
    const answers = await sendBatched(
      graph.client,
      people.map((p) => ({ url: `/users/${p.id}?$select=id` })),
    );
    expect(answers.map((a) => (a.body as { id: string }).id)).toEqual(people.map((p) => p.id));
    expect(answers.every((a) => a.status === 200)).toBe(true);
  });

  it('sends inner 429s again after their Retry-After until they succeed', async () => {
    const graph = connection();
    // The activity feed takes 5 notifications a second per app: a batch of 12 is throttled in part.
    const people = t.sandbox.state.directory.all().slice(0, 12);
    const notify = {
      topic: { source: 'text', value: 'Tandem', webUrl: 'https://teams.microsoft.com/l/entity/x/home' },
      activityType: 'matchSuggested',
      previewText: { content: 'A new suggestion' },
    };
    const waits: number[] = [];
    const answers = await sendBatched(
      graph.client,
      people.map((p) => ({
        url: `/users/${p.id}/teamwork/sendActivityNotification`,
        method: 'POST' as const,
        body: notify,
      })),
      {
        sleep: async (ms) => {
          waits.push(ms);
          await new Promise((r) => setTimeout(r, ms));
        },
      },
    );
    expect(waits.length).toBeGreaterThanOrEqual(2);
    expect(waits.every((w) => w >= 1000)).toBe(true);
    expect(answers.every((a) => a.status === 204)).toBe(true);
  });

  it('sends a repeatable envelope again when its connection broke before the answer', async () => {
    const graph = connection();
    const people = t.sandbox.state.directory.all().slice(0, 3);
    await t.script({ method: 'POST', path: '/$batch', drop: true });
    const items = people.map((p) => ({ url: `/users/${p.id}?$select=id` }));
    const answers = await sendBatched(graph.client, items, { repeatable: true });
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(graph.requests()).toBe(2);
  });

  it('does not send an envelope that is not repeatable again when its connection broke', async () => {
    const graph = connection();
    await t.script({ method: 'POST', path: '/$batch', drop: true });
    await expect(sendBatched(graph.client, [{ url: '/users?$top=1' }])).rejects.toThrow(/fetch failed/);
    expect(graph.requests()).toBe(1);
  });

  it('gives back what still fails after its rounds, as it came', async () => {
    const graph = connection();
    const answers = await sendBatched(graph.client, [{ url: '/users/00000000-0000-4000-8000-000000000000' }]);
    expect(answers[0]?.status).toBe(404);
  });
});
