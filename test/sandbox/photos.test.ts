import { ResponseType, RetryHandlerOptions } from '@microsoft/microsoft-graph-client';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMsalClients } from '../../server/auth/msal.js';
import { createOboTokens } from '../../server/auth/obo.js';
import { hasPhotoAtStart, PhotoBook } from '../../server/sandbox/photos/book.js';
import { persona, startTestSandbox, type TestSandbox } from '../helpers/sandbox.js';

// Profile photos in the sandbox tenant (MGDC profilephoto-get.md): generated in code, the same on
// every run; most people have one and some do not, answered as Graph answers a missing photo.

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox({ size: 120 });
});
afterAll(async () => t?.close());

const asApp = async (path: string) => {
  const res = (await t.graph
    .api(path)
    .responseType(ResponseType.RAW)
    .middlewareOptions([new RetryHandlerOptions(0, 0)])
    .get()) as Response;
  return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
};

/** Width, height, bit depth and colour type from a PNG's IHDR, and its pixels. */
function readPng(bytes: Buffer) {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  const idat = bytes.indexOf('IDAT', 0, 'latin1');
  const raw = inflateSync(bytes.subarray(idat + 4, idat + 4 + bytes.readUInt32BE(idat - 4)));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), depth: bytes[24], colour: bytes[25], raw };
}

describe('profile photos', () => {
  it('serves a person’s photo as image bytes with its content type', async () => {
    const id = persona(t, 'junior-dev').id;
    const res = await asApp(`/users/${id}/photo/$value`);
    expect(res.status).toBe(200);
    expect(res.type).toBe('image/png');
    const png = readPng(res.bytes);
    expect(png).toMatchObject({ width: 96, height: 96, depth: 8, colour: 2 });
    expect(png.raw.length).toBe(96 * (96 * 3 + 1));
    // Small enough to keep: flat colours compress well.
    expect(res.bytes.length).toBeLessThan(4_000);
  });

  it('draws the same photo for the same person on every run, and different people differently', async () => {
    const [a, b] = ['junior-dev', 'senior-exec'].map((key) => t.sandbox.state.directory.get(persona(t, key).id)!);
    const again = new PhotoBook();
    expect((await asApp(`/users/${a!.id}/photo/$value`)).bytes).toEqual(again.photoOf(a!));
    expect(again.photoOf(a!)).not.toEqual(again.photoOf(b!));
  });

  it('gives most people a photo and some none', () => {
    const people = t.sandbox.state.directory.all();
    const withPhoto = people.filter((u) => t.sandbox.state.photos.photoOf(u) !== null).length;
    expect(withPhoto / people.length).toBeGreaterThan(0.7);
    expect(withPhoto).toBeLessThan(people.length);
    expect(hasPhotoAtStart(t.sandbox.state.directory.get(persona(t, 'intern').id)!)).toBe(false);
  });

  it('answers 404 ImageNotFound for someone without a photo, as Graph does', async () => {
    const res = await asApp(`/users/${persona(t, 'intern').id}/photo/$value`);
    expect(res.status).toBe(404);
    expect(JSON.parse(res.bytes.toString('utf8'))).toMatchObject({
      error: { code: 'ImageNotFound', innerError: { 'request-id': expect.any(String) } },
    });
  });

  it('takes the `$` of `$value` percent-encoded too, and refuses another segment as Graph does', async () => {
    const id = persona(t, 'junior-dev').id;
    const token = (await t.msal.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] }))!
      .accessToken;
    const get = (segment: string) =>
      fetch(`${t.sandbox.origin}/v1.0/users/${id}/photo/${segment}`, { headers: { authorization: `Bearer ${token}` } });
    expect((await get('%24value')).status).toBe(200);
    expect((await get('value')).status).toBe(400);
  });

  it('answers 404 for an unknown person', async () => {
    expect((await asApp('/users/00000000-0000-4000-8000-000000000000/photo/$value')).status).toBe(404);
  });

  it('serves the signed-in person’s own photo at /me/photo/$value with a delegated token', async () => {
    const who = persona(t, 'london');
    const sso = await t.ssoToken(who.id);
    const token = await createOboTokens(createMsalClients(t.identity), { consentRetryDelaysMs: [] })(
      {
        tenantId: t.sandbox.tenantId,
        userId: who.id,
        name: who.displayName,
        username: who.userPrincipalName,
        roles: [],
      },
      sso,
      ['https://graph.microsoft.com/User.Read'],
    );
    const res = await fetch(`${t.sandbox.origin}/v1.0/me/photo/$value`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(
      t.sandbox.state.photos.photoOf(t.sandbox.state.directory.get(who.id)!),
    );
    // The app itself has no /me.
    expect((await asApp('/me/photo/$value')).status).toBe(400);
  });

  it('lets a control route change or remove someone’s photo', async () => {
    const id = persona(t, 'manager').id;
    const before = (await asApp(`/users/${id}/photo/$value`)).bytes;
    expect((await t.admin(`/sandbox/v1/users/${id}/photo`, { method: 'PUT', body: { present: true } })).status).toBe(
      204,
    );
    const after = await asApp(`/users/${id}/photo/$value`);
    expect(after.status).toBe(200);
    expect(after.bytes).not.toEqual(before);
    await t.admin(`/sandbox/v1/users/${id}/photo`, { method: 'PUT', body: { present: false } });
    expect((await asApp(`/users/${id}/photo/$value`)).status).toBe(404);
  });

  it('answers 404 to a photo change for someone not in the tenant', async () => {
    expect((await t.admin('/sandbox/v1/users/nobody/photo', { method: 'PUT', body: { present: true } })).status).toBe(
      404,
    );
  });
});
