import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Runs axe on the page as it is now and fails on any serious or critical violation, listing
 * each with the nodes it found. Fluent's focus-trap dummies are excluded (TOOLCHAIN.md: axe
 * reports them as aria-hidden-focus, and they are Fluent's, not ours).
 *
 * Under forced colours (Windows high contrast) the browser paints with the system's palette, and
 * axe measures the authored colours instead: it reported a pair's name link as #ffff00 on white
 * where Chromium computes #00009f (system LinkText) on white. Contrast is then the system's; the
 * tab's own high-contrast theme is measured in Teams (test/e2e/foundation.test.ts).
 */
export async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const forced = await page.evaluate(() => matchMedia('(forced-colors: active)').matches);
  const builder = new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .exclude('[data-tabster-dummy]');
  const results = await (forced ? builder.disableRules(['color-contrast']) : builder).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`,
    );
  expect(serious, `axe on ${where}`).toEqual([]);
}
