// Deterministic draws for the baseline calendar and stable ids: the same inputs always give the
// same number, on every run and machine, without storing anything.

/** 32-bit FNV-1a over the parts, finished with murmur3's fmix32 for a good spread. */
export function hash32(...parts: readonly (string | number)[]): number {
  let h = 0x811c9dc5;
  const text = parts.join('\u0001');
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A draw in [0, 1). */
export function unit(...parts: readonly (string | number)[]): number {
  return hash32(...parts) / 4294967296;
}

/** A draw in [0, n). */
export function pick(n: number, ...parts: readonly (string | number)[]): number {
  return Math.floor(unit(...parts) * n);
}

/** `bytes` pseudo-random bytes from the parts, as upper-case hex. */
export function hexOf(bytes: number, ...parts: readonly (string | number)[]): string {
  let out = '';
  for (let i = 0; out.length < bytes * 2; i++)
    out += hash32(...parts, i)
      .toString(16)
      .padStart(8, '0');
  return out.slice(0, bytes * 2).toUpperCase();
}
