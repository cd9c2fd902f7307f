import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Microsoft's documented example payloads, copied into the repository with their sources (README.md there). */
export const examplesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/graph');

export function example(name: string): unknown {
  return JSON.parse(readFileSync(join(examplesDir, name), 'utf8')) as unknown;
}

const kind = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/**
 * Differences between the shape of `actual` and the documented `expected`: every key the example
 * has must be there with the same JSON type (null matches anything: the docs' samples leave unset
 * values null), recursively; array items are compared against the actual array's items, each
 * example item needing one actual item of its shape. Values are not compared.
 */
export function shapeDiff(actual: unknown, expected: unknown, path = '$', ignore: readonly string[] = []): string[] {
  if (ignore.includes(path)) return [];
  if (expected === null || actual === null) return [];
  if (kind(actual) !== kind(expected)) return [`${path}: expected ${kind(expected)}, got ${kind(actual)}`];
  if (Array.isArray(expected)) {
    const items = actual as unknown[];
    if (expected.length === 0) return [];
    if (items.length === 0) return [`${path}: expected items, got an empty array`];
    const out: string[] = [];
    expected.forEach((e, i) => {
      const best = items.map((a) => shapeDiff(a, e, `${path}[]`, ignore)).sort((x, y) => x.length - y.length)[0]!;
      if (best.length > 0) out.push(`${path}[${i}] matches no actual item: ${best.join('; ')}`);
    });
    return out;
  }
  if (kind(expected) === 'object') {
    const a = actual as Record<string, unknown>;
    return Object.entries(expected as Record<string, unknown>).flatMap(([k, v]) =>
      k in a
        ? shapeDiff(a[k], v, `${path}.${k}`, ignore)
        : ignore.includes(`${path}.${k}`)
          ? []
          : [`${path}.${k}: missing`],
    );
  }
  return [];
}
