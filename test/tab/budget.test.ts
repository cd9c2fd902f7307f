import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, it, expect } from 'vitest';
import { TAB_DIR } from '../helpers/browser.js';

// The tab's first download, as Teams loads it: every script index.html asks for before anything
// renders (the entry and the chunks it preloads). Views after the first load on demand and do not
// count. The budget is gzip bytes, what travels; vite's own warning counts minified bytes.

const BUDGET_GZIP_BYTES = 250_000;
const index = join(TAB_DIR, 'index.html');
const built = existsSync(index);
if (!built)
  console.warn(
    `Bundle budget skipped: no built tab in ${TAB_DIR}. Run \`npm run build:tab\` first (\`npm test\` does).`,
  );

describe.skipIf(!built)('the tab’s first download', () => {
  it(`stays under ${BUDGET_GZIP_BYTES / 1000} kB of gzipped JavaScript`, () => {
    const html = readFileSync(index, 'utf8');
    const scripts = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);

    const gzipped = scripts.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(TAB_DIR, file)), { level: 9 }).length,
      0,
    );

    expect(gzipped).toBeLessThan(BUDGET_GZIP_BYTES);
  });
});
