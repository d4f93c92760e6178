// Test helper: what a finished game's fired cards presuppose that did not happen. Each fired
// card's `refersTo` list (its variant's, plus the choice taken) must name milestones reached by
// the time it fired (a month's events are drawn after its proposals settle, so the same month
// counts) and events fired by then (in an earlier month, or with it in the same month).

import { referencesOf } from '../../src/model/rules/cardVariants';
import type { GameContext } from '../../src/model/types';

export function incoherences(ctx: GameContext): string[] {
  const out: string[] = [];
  const firstFired: Record<string, number> = {};
  for (const r of ctx.history) {
    for (const f of r.events) firstFired[f.id] ??= r.turn;
    for (const f of r.events) {
      const def = ctx.scenario.events[f.id];
      if (!def || f.custom) continue;
      for (const ref of referencesOf(def, f.variant, f.choice)) {
        if ('milestone' in ref) {
          const at = ctx.milestones[ref.milestone];
          if (at === undefined || at > r.turn)
            out.push(`${r.month} ${f.id}${f.variant ? `/${f.variant}` : ''}: milestone "${ref.milestone}" not reached`);
        } else {
          const at = firstFired[ref.event];
          if (at === undefined || at > r.turn)
            out.push(`${r.month} ${f.id}${f.variant ? `/${f.variant}` : ''}: event "${ref.event}" has not fired`);
        }
      }
    }
  }
  return out;
}
