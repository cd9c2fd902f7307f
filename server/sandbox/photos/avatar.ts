import { hash32 } from '../calendar/hash.js';
import { encodeRgbPng } from './png.js';

// A profile photo drawn in code: a head-and-shoulders silhouette on a coloured background, the
// colours drawn from the person's id and the photo's version, so everyone's looks their own and
// the same on every run, with no image files in the repository.

/** Graph's smallest HD size (MGDC profilephoto-get.md); small enough to keep every photo in memory. */
export const AVATAR_SIZE = 96;

type Rgb = readonly [number, number, number];

const BACKGROUNDS: readonly Rgb[] = [
  [0x46, 0x6e, 0xb4],
  [0x2e, 0x8b, 0x7a],
  [0x8e, 0x5b, 0xa8],
  [0xc2, 0x6d, 0x3a],
  [0x5a, 0x7d, 0x3c],
  [0xb0, 0x4a, 0x5a],
  [0x3c, 0x6e, 0x8f],
  [0x7a, 0x6a, 0x58],
];
const SKIN: readonly Rgb[] = [
  [0xf1, 0xd0, 0xb5],
  [0xe0, 0xb0, 0x8c],
  [0xc6, 0x8c, 0x62],
  [0x9a, 0x64, 0x3f],
  [0x6b, 0x44, 0x2b],
];
const HAIR: readonly Rgb[] = [
  [0x2b, 0x1e, 0x16],
  [0x5a, 0x3a, 0x22],
  [0xa0, 0x6a, 0x32],
  [0xd9, 0xb3, 0x6a],
  [0x8c, 0x8c, 0x8c],
  [0x1a, 0x1a, 0x1a],
];
const CLOTHES: readonly Rgb[] = [
  [0x24, 0x2c, 0x3a],
  [0xf2, 0xf2, 0xf2],
  [0x3b, 0x5b, 0x92],
  [0x6b, 0x2d, 0x3c],
  [0x4a, 0x5a, 0x3a],
];

/** The person's photo as PNG bytes: the same id and version always give the same bytes. */
export function drawAvatar(id: string, version: number): Buffer {
  const pick = <T>(list: readonly T[], part: string): T => list[hash32(id, version, part) % list.length]!;
  const background = pick(BACKGROUNDS, 'background');
  const skin = pick(SKIN, 'skin');
  const hair = pick(HAIR, 'hair');
  const clothes = pick(CLOTHES, 'clothes');
  const hairLine = 0.3 + (hash32(id, version, 'hairline') % 20) / 100;

  const n = AVATAR_SIZE;
  const rgb = new Uint8Array(n * n * 3);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      // Coordinates in 0..1 from the top left, at the pixel's centre.
      const u = (x + 0.5) / n;
      const v = (y + 0.5) / n;
      const head = (u - 0.5) ** 2 / 0.034 + (v - 0.42) ** 2 / 0.045 <= 1;
      const shoulders = v >= 0.72 && (u - 0.5) ** 2 / 0.16 + (v - 1.02) ** 2 / 0.09 <= 1;
      let colour = background;
      if (shoulders) colour = clothes;
      if (head) colour = v < hairLine ? hair : skin;
      rgb.set(colour, (y * n + x) * 3);
    }
  }
  return encodeRgbPng(n, n, rgb);
}
