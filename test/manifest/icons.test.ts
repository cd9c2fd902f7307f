import { describe, expect, it } from 'vitest';
import { ACCENT_COLOR } from '../../manifest/build.js';
import { colorIconPng, outlineIconPng, parseHexColor } from '../../manifest/icons.js';
import { decodePng } from './readers.js';

const pixel = (rgba: Buffer, width: number, x: number, y: number) => [
  ...rgba.subarray((y * width + x) * 4, (y * width + x) * 4 + 4),
];

describe('the app icons', () => {
  it('draws the colour icon as a 192x192 RGBA PNG with valid chunk CRCs', () => {
    const png = decodePng(colorIconPng(ACCENT_COLOR));
    expect(png).toMatchObject({ width: 192, height: 192, bitDepth: 8, colorType: 6, crcOk: true });
  });

  it('fills the colour icon with the accent colour and draws the mark in white', () => {
    const { rgba, width } = decodePng(colorIconPng(ACCENT_COLOR));
    expect(pixel(rgba, width, 0, 0)).toEqual([...parseHexColor(ACCENT_COLOR), 255]);
    const alphas = new Set<number>();
    let white = 0;
    for (let i = 0; i < rgba.length; i += 4) {
      alphas.add(rgba[i + 3]!);
      if (rgba[i] === 255 && rgba[i + 1] === 255 && rgba[i + 2] === 255) white++;
    }
    expect([...alphas]).toEqual([255]);
    expect(white).toBeGreaterThan(500);
  });

  it('draws the outline icon as 32x32, white on transparent', () => {
    const png = decodePng(outlineIconPng());
    expect(png).toMatchObject({ width: 32, height: 32, bitDepth: 8, colorType: 6, crcOk: true });
    let opaque = 0;
    for (let i = 0; i < png.rgba.length; i += 4) {
      expect([png.rgba[i], png.rgba[i + 1], png.rgba[i + 2]]).toEqual([255, 255, 255]);
      if (png.rgba[i + 3] === 255) opaque++;
    }
    expect(opaque).toBeGreaterThan(50);
    for (const [x, y] of [
      [0, 0],
      [31, 0],
      [0, 31],
      [31, 31],
      [16, 2],
      [16, 29],
    ] as const)
      expect(pixel(png.rgba, 32, x, y)[3]).toBe(0);
  });

  it('gives the same bytes every time', () => {
    expect(colorIconPng(ACCENT_COLOR).equals(colorIconPng(ACCENT_COLOR))).toBe(true);
    expect(outlineIconPng().equals(outlineIconPng())).toBe(true);
  });
});
