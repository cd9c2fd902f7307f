import type { Locator, Page } from 'playwright-core';

// Page helpers of Home's browser tests (home.test.ts, journey.test.ts).

/** Home's first card. */
export function nextStep(page: Page): Locator {
  return page.getByRole('region', { name: 'Your next step' });
}
