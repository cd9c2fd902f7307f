// The generator's only source of chance. Math.random cannot be seeded, and the sandbox org must
// come out byte-identical for the same seed on every machine, so this is sfc32 (PractRand-clean,
// four 32-bit words of state) seeded through splitmix32.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform unsigned 32-bit integer. */
  uint32(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Uniform in [lo, hi). */
  between(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/**
 * One independent stream per concern (ids, tree, people...), so that changing how, say, skills
 * are drawn does not reshuffle everybody's id.
 */
export function createRandom(seed: number, stream: string): Random {
  let x = (hashString(stream) ^ (seed >>> 0)) >>> 0;
  // Seeds above 2^32 keep their high bits instead of silently aliasing lower seeds.
  const high = Math.floor(seed / 4294967296) >>> 0;
  const mix = (): number => {
    x = (x + 0x9e3779b9) | 0;
    let z = x ^ high;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();

  const uint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) uint32();

  const next = (): number => uint32() / 4294967296;
  return {
    next,
    uint32,
    int: (n) => Math.floor(next() * n),
    between: (lo, hi) => lo + next() * (hi - lo),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
  };
}

const HEX_DIGITS = '0123456789abcdef';
// Character codes of one GUID; 45 is '-', and the dashes at 8, 13, 18 and 23 are never overwritten.
const GUID_CHARS: number[] = new Array<number>(36).fill(45);
const GUID_SLOTS = [
  0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 14, 15, 16, 17, 19, 20, 21, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,
];

/**
 * A random (version 4, RFC 4122 variant) GUID in Entra's lower-case 8-4-4-4-12 form. Built as one
 * flat string: gluing hex pieces together leaves a tree of string fragments behind every id,
 * about 300 bytes each that the garbage collector keeps copying, times 100,000 people.
 */
export function randomGuid(rng: Random): string {
  const words = [
    rng.uint32(),
    ((rng.uint32() & 0xffff0fff) | 0x00004000) >>> 0,
    ((rng.uint32() & 0x3fffffff) | 0x80000000) >>> 0,
    rng.uint32(),
  ];
  for (let k = 0; k < 32; k++) {
    const nibble = (words[k >> 3]! >>> (28 - 4 * (k & 7))) & 15;
    GUID_CHARS[GUID_SLOTS[k]!] = HEX_DIGITS.charCodeAt(nibble);
  }
  return String.fromCharCode(...GUID_CHARS);
}

/** 32-bit FNV-1a. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
