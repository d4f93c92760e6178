// The layout check from the browser tests' side: asks the running screens for text that is cut,
// overflows its panel or button, overlaps other text or a control, or is under 14 CSS px.

import { expect, type Page } from '@playwright/test';

export const MIN_TEXT_PX = 14;

export async function expectLayout(page: Page, where: string, shot?: string): Promise<void> {
  const problems = await page.evaluate((min) => window.__mf!.layout(min), MIN_TEXT_PX);
  if (shot) await page.screenshot({ path: `test-results/shots/${shot}.png` });
  expect(problems, where).toEqual([]);
}
