import { encodePng, type RgbaImage } from './png.js';

/**
 * Tandem's mark: two interlocking rings, one passing over the other at the top crossing and
 * under it at the bottom one. Drawn by sampling each pixel 4x4 times, so the edges are smooth and
 * the bytes depend on nothing but the numbers here.
 */
interface MarkGeometry {
  /** Horizontal distance of each ring's centre from the middle, as a fraction of the side. */
  offset: number;
  radius: number;
  stroke: number;
  /** The clear band around the ring that passes over, at each crossing. */
  gap: number;
}

const SAMPLES = 4;

// Teams asks for the colour icon's symbol to sit well inside the tile, and lets the 32x32
// outline use nearly all of it.
const COLOR_MARK: MarkGeometry = { offset: 0.1, radius: 0.16, stroke: 0.06, gap: 0.025 };
const OUTLINE_MARK: MarkGeometry = { offset: 0.14, radius: 0.24, stroke: 0.11, gap: 0.045 };

/** Coverage (0..1) of the mark at each pixel of a size x size square. */
function markCoverage(size: number, g: MarkGeometry): Float64Array {
  const out = new Float64Array(size * size);
  const half = g.stroke / 2;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          const dA = Math.abs(Math.hypot(x - (0.5 - g.offset), y - 0.5) - g.radius);
          const dB = Math.abs(Math.hypot(x - (0.5 + g.offset), y - 0.5) - g.radius);
          const inA = dA <= half;
          const inB = dB <= half;
          // Left ring over the right one at the top crossing, under it at the bottom one.
          const hiddenB = inB && !inA && y < 0.5 && dA <= half + g.gap;
          const hiddenA = inA && !inB && y >= 0.5 && dB <= half + g.gap;
          if ((inA && !hiddenA) || (inB && !hiddenB)) hits++;
        }
      }
      out[py * size + px] = hits / (SAMPLES * SAMPLES);
    }
  }
  return out;
}

export function parseHexColor(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/** 192x192, opaque: white rings on the accent colour. */
export function colorIconImage(accentColor: string): RgbaImage {
  const size = 192;
  const [r, g, b] = parseHexColor(accentColor);
  const coverage = markCoverage(size, COLOR_MARK);
  const rgba = new Uint8Array(size * size * 4);
  coverage.forEach((c, i) => {
    rgba[i * 4] = Math.round(r + (255 - r) * c);
    rgba[i * 4 + 1] = Math.round(g + (255 - g) * c);
    rgba[i * 4 + 2] = Math.round(b + (255 - b) * c);
    rgba[i * 4 + 3] = 255;
  });
  return { width: size, height: size, rgba };
}

/** 32x32: white rings on transparent, as Teams requires of the outline icon; only alpha varies. */
export function outlineIconImage(): RgbaImage {
  const size = 32;
  const coverage = markCoverage(size, OUTLINE_MARK);
  const rgba = new Uint8Array(size * size * 4);
  coverage.forEach((c, i) => {
    rgba.set([255, 255, 255, Math.round(255 * c)], i * 4);
  });
  return { width: size, height: size, rgba };
}

export function colorIconPng(accentColor: string): Buffer {
  return encodePng(colorIconImage(accentColor));
}

export function outlineIconPng(): Buffer {
  return encodePng(outlineIconImage());
}
