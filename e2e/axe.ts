// axe-core in a page, for the accessibility checks (e2e/a11y.spec.ts, the networked and brief
// pages): injected from node_modules (@axe-core/playwright needs Node 22); every violation is
// printed for the record, and `serious` keeps the serious and critical ones a test must not have.

import type { Page } from '@playwright/test';

const AXE = 'node_modules/axe-core/axe.min.js';

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

export async function axe(page: Page, where: string): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run(
          ctx: Document,
          opts: object,
        ): Promise<{
          violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
        }>;
      };
    };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  for (const v of violations) console.log(`[axe] ${where}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes.join(', ')}`);
  return violations;
}

export const serious = (vs: Violation[]) => vs.filter((v) => v.impact === 'serious' || v.impact === 'critical');
