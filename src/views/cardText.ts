// The reason an initiative card gives when it cannot be launched, kept short enough for the card
// (the details pane says the rest): a channel the card never uses is left out, the card's own name
// is not repeated, and a reason both channels share is said once. Pure; tested in node.

import { type InitiativeCard, CHANNELS } from '../model';
import { room as R } from '../strings';

/** `s` as a literal inside a regular expression. */
export const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `reason` without the card's own name ("X needs 2" → "needs 2", "X was launched…" → "launched…"). */
export function withoutName(reason: string, name: string): string {
  return reason.replace(new RegExp(`(^|\\()${literal(name)} (?:is |was )?`, 'g'), '$1');
}

/** The card's reason in words, or null when a channel it uses is open. */
export function cardReason(card: Pick<InitiativeCard, 'name' | 'channels' | 'blocked'>): string | null {
  const used = CHANNELS.filter((c) => card.channels.includes(c));
  if (used.some((c) => card.blocked[c] === null)) return null;
  const reasons = used.map((c) => withoutName(card.blocked[c] ?? '', card.name));
  if (reasons.every((r) => r === reasons[0])) return R.unavailable(reasons[0]);
  return used.map((c, i) => R.channelReason(c, reasons[i])).join('; ');
}
