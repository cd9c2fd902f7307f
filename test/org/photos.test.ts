import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../server/org/schemas.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { persona } from '../helpers/sandbox.js';

// Profile photos from Microsoft 365 through Tandem: GET /api/people/:id/photo for people of the
// caller's own organisation, read from the sandbox tenant's Graph, kept in the database.

let h: TestApp;
const as = async (key: string) => ({ authorization: `Bearer ${await h.t.ssoToken(persona(h.t, key).id)}` });
const photo = async (id: string, headers: Record<string, string> = {}, key = 'junior-dev') =>
  h.app.inject({ method: 'GET', url: `/api/people/${id}/photo`, headers: { ...(await as(key)), ...headers } });
const graphCalls = () => h.t.sandbox.state.stats.http;
const sandboxPhoto = (id: string) => h.t.sandbox.state.photos.photoOf(h.t.sandbox.state.directory.get(id)!);
const age = (id: string, days: number) =>
  h.db.query(`UPDATE people_photos SET fetched_at = fetched_at - make_interval(days => $2) WHERE person_id = $1`, [
    id,
    days,
  ]);

beforeAll(async () => {
  h = await buildTestApp({ size: 120 });
  const headers = await as('hr-admin');
  await h.app.inject({ method: 'POST', url: '/api/admin/org-sync', headers, payload: {} });
  for (let i = 0; i < 200; i++) {
    const s = (await h.app.inject({ method: 'GET', url: '/api/admin/org-sync', headers })).json<SyncStatus>();
    if (s.status !== 'running') break;
    await new Promise((r) => setTimeout(r, 50));
  }
});
afterAll(async () => h?.close());

describe('a colleague’s photo', () => {
  it('is the photo Microsoft 365 has, with its content type, an ETag and private caching', async () => {
    const id = persona(h.t, 'senior-exec').id;
    const res = await photo(id);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['cache-control']).toBe('private, max-age=86400');
    expect(res.headers.etag).toMatch(/^"[\w-]{10,}"$/);
    expect(res.rawPayload).toEqual(sandboxPhoto(id));
  });

  it('answers 304 with no body when the tab already has that photo', async () => {
    const id = persona(h.t, 'senior-exec').id;
    const etag = (await photo(id)).headers.etag as string;
    const res = await photo(id, { 'if-none-match': etag });
    expect(res.statusCode).toBe(304);
    expect(res.rawPayload.length).toBe(0);
    expect(res.headers.etag).toBe(etag);
    expect((await photo(id, { 'if-none-match': `W/${etag}, "other"` })).statusCode).toBe(304);
    expect((await photo(id, { 'if-none-match': '"other"' })).statusCode).toBe(200);
  });

  it('is read from Graph once and then kept, and so is having none', async () => {
    const withPhoto = persona(h.t, 'london').id;
    const without = persona(h.t, 'intern').id;
    await photo(withPhoto);
    await photo(without);
    const before = graphCalls();
    expect((await photo(withPhoto)).statusCode).toBe(200);
    expect((await photo(without)).statusCode).toBe(404);
    expect(graphCalls()).toBe(before);
  });

  it('is 404 photo_not_found for someone without a photo, so the tab shows initials', async () => {
    const res = await photo(persona(h.t, 'intern').id);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'photo_not_found' });
    expect(res.headers['cache-control']).toBe('private, max-age=86400');
  });

  it('is read again once the copy is a week old, when the person has changed it', async () => {
    const id = persona(h.t, 'bangalore').id;
    const first = await photo(id);
    await h.t.admin(`/sandbox/v1/users/${id}/photo`, { method: 'PUT', body: { present: true } });
    // Six days on, the copy stands.
    await age(id, 6);
    expect((await photo(id)).headers.etag).toBe(first.headers.etag);
    await age(id, 1);
    const second = await photo(id);
    expect(second.statusCode).toBe(200);
    expect(second.headers.etag).not.toBe(first.headers.etag);
    expect(second.rawPayload).toEqual(sandboxPhoto(id));
    // And a photo taken away is noticed the same way.
    await h.t.admin(`/sandbox/v1/users/${id}/photo`, { method: 'PUT', body: { present: false } });
    await age(id, 7);
    expect((await photo(id)).json()).toMatchObject({ code: 'photo_not_found' });
  });

  it('keeps serving a week-old copy when Graph cannot answer, and fails without one', async () => {
    const kept = persona(h.t, 'manager').id;
    const first = await photo(kept);
    await age(kept, 8);
    await h.t.script({ method: 'GET', path: `/users/${kept}/photo/$value`, status: 403 });
    const stale = await photo(kept);
    expect(stale.statusCode).toBe(200);
    expect(stale.rawPayload).toEqual(first.rawPayload);

    const fresh = persona(h.t, 'ceo').id;
    await h.t.script({ method: 'GET', path: `/users/${fresh}/photo/$value`, status: 403 });
    const failed = await photo(fresh);
    expect(failed.statusCode).toBe(502);
    expect(failed.json()).toMatchObject({ code: 'graph_unavailable' });
  });
});

describe('who may see a photo', () => {
  it('is a signed-in person: without a token it is 401', async () => {
    const res = await h.app.inject({ method: 'GET', url: `/api/people/${persona(h.t, 'ceo').id}/photo` });
    expect(res.statusCode).toBe(401);
  });

  it('finds nobody of another tenant, nor an unknown id, and reads nothing from Graph for them', async () => {
    const stranger = randomUUID();
    await h.db.query(`INSERT INTO people (tenant_id, id, display_name, level) VALUES ($1, $2, 'Someone Else', 4)`, [
      randomUUID(),
      stranger,
    ]);
    const before = graphCalls();
    for (const id of [stranger, randomUUID()]) {
      const res = await photo(id);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'person_not_found' });
    }
    expect(graphCalls()).toBe(before);
    expect((await photo('not-an-id')).json()).toMatchObject({ code: 'invalid_request' });
  });
});
