import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * axe over the host page and the tab in its frame, failing on any serious or critical violation.
 * As in ../axe.ts, Fluent's focus-trap dummies are excluded, here inside the frame too.
 */
export async function expectNoSeriousViolationsInTeams(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .exclude('[data-tabster-dummy]')
    .exclude(['#tab', '[data-tabster-dummy]'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`,
    );
  expect(serious, `axe on ${where}`).toEqual([]);
}
