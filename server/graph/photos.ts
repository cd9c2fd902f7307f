import { ResponseType, type Client } from '@microsoft/microsoft-graph-client';
import { GraphAnswerError } from './errors.js';

/** A person's profile photo as Microsoft 365 keeps it. */
export interface Photo {
  bytes: Buffer;
  /** e.g. "image/jpeg". */
  contentType: string;
}

/**
 * A person's profile photo, the largest size there is (app-only, User.Read.All): `GET
 * /users/{id}/photo/$value` answers the bytes, or 404 when the person has none (MGDC
 * profilephoto-get.md; the service's code is ImageNotFound). Null then. The answer is read raw, for
 * its content type; any other failure becomes Graph's error, as the SDK's own would.
 */
export async function readPhoto(client: Client, userId: string): Promise<Photo | null> {
  const res = (await client
    .api(`/users/${encodeURIComponent(userId)}/photo/$value`)
    .responseType(ResponseType.RAW)
    .get()) as Response;
  if (res.status === 404) return null;
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => null);
    throw GraphAnswerError.of({ status: res.status, body, headers: Object.fromEntries(res.headers) });
  }
  return {
    bytes: Buffer.from(await res.arrayBuffer()),
    contentType: res.headers.get('content-type')?.split(';')[0]?.trim() || 'image/jpeg',
  };
}
