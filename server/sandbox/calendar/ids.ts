import { hash32, hexOf } from './hash.js';

// Event ids, change keys and iCalUIds. Ids look like Exchange's ("AAMkA..."), are URL-safe, stay
// under Fastify's default 100-character route parameter limit, and decode back to what they name:
// a stored event, one occurrence of a stored series, or one generated baseline event.

const PREFIX = 'AAMkA';

export type DecodedId =
  | { kind: 'stored'; seq: number }
  | { kind: 'occurrence'; seq: number; date: string }
  | { kind: 'baseline'; owner: string; date: string; key: string };

const encode = (payload: string): string => PREFIX + Buffer.from(payload, 'utf8').toString('base64url');

export const storedId = (seq: number): string => encode(`s.${seq}`);

export const occurrenceId = (masterSeq: number, date: string): string =>
  encode(`o.${masterSeq}.${date.replaceAll('-', '')}`);

/** Short, stable tag of a mailbox owner, so an id from one mailbox is not found in another. */
export const ownerTag = (userId: string): string => hash32('owner', userId).toString(36);

export const baselineId = (userId: string, date: string, key: string): string =>
  encode(`b.${ownerTag(userId)}.${date.replaceAll('-', '')}.${key}`);

const dashed = (d: string): string => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;

export function decodeEventId(id: string): DecodedId | undefined {
  if (!id.startsWith(PREFIX)) return undefined;
  const payload = Buffer.from(id.slice(PREFIX.length), 'base64url').toString('utf8');
  const parts = payload.split('.');
  const date = /^\d{8}$/;
  if (parts[0] === 's' && parts.length === 2 && /^\d+$/.test(parts[1] ?? ''))
    return { kind: 'stored', seq: Number(parts[1]) };
  if (parts[0] === 'o' && parts.length === 3 && /^\d+$/.test(parts[1] ?? '') && date.test(parts[2] ?? '')) {
    return { kind: 'occurrence', seq: Number(parts[1]), date: dashed(parts[2] as string) };
  }
  if (parts[0] === 'b' && parts.length === 4 && date.test(parts[2] ?? '')) {
    return { kind: 'baseline', owner: parts[1] as string, date: dashed(parts[2] as string), key: parts[3] as string };
  }
  return undefined;
}

/** Changes with every version of the item, as Graph's changeKey and @odata.etag do. */
export const changeKeyOf = (id: string, version: number | string): string =>
  Buffer.from(hexOf(22, 'ck', id, version), 'hex').toString('base64');

const GOID_CLASS = '040000008200E00074C5B7101A82E008';

/**
 * An Exchange Global Object Id in hex, as iCalUId carries it: class id, instance date (zero for a
 * series or single event), creation FILETIME, reserved, size, then 16 bytes of uniqueness.
 */
export function iCalUIdOf(seed: string, createdAt: number): string {
  const filetime = (BigInt(createdAt) * 10_000n + 116_444_736_000_000_000n).toString(16).padStart(16, '0');
  const le = filetime.match(/../g)?.reverse().join('') ?? '';
  return `${GOID_CLASS}00000000${le.toUpperCase()}000000000000000010000000${hexOf(16, 'uid', seed)}`;
}

/** Each occurrence of a series has its own iCalUId: the series' with the instance date filled in. */
export function occurrenceICalUId(seriesICalUId: string, date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const instance = y.toString(16).padStart(4, '0') + m.toString(16).padStart(2, '0') + d.toString(16).padStart(2, '0');
  return seriesICalUId.slice(0, 32) + instance.toUpperCase() + seriesICalUId.slice(40);
}
