// Cards that follow the player's game: which version of an event card fires (the first variant
// whose conditions hold when it fires, else the base card), what that version says and does, which
// of its choices are offered, and what its texts presuppose happened (its `refersTo` list).
// Pure; the events phase records the variant id on the fired event so every view shows the same text.

import type { EventChoice, EventDef, EventVariant, Reference } from '../../content/schema';
import { allHold, type ConditionState } from './conditions';

/** The card as the player sees it and as it acts on the meters. */
export interface Card {
  title: string;
  text: string;
  headlines: EventDef['headlines'];
  effects: EventDef['effects'];
  refersTo: readonly Reference[];
}

/** The variant that fires in state `s`, or undefined for the base card. */
export function variantFor(def: EventDef, s: ConditionState): EventVariant | undefined {
  for (const v of def.variants ?? []) if (allHold(v.when, s)) return v;
  return undefined;
}

/** The id to record on the fired event (undefined for the base card). */
export function variantIdFor(def: EventDef, s: ConditionState): string | undefined {
  return variantFor(def, s)?.id;
}

/** The card for a recorded variant id; an unknown or missing id gives the base card. */
export function cardOf(def: EventDef, variantId?: string): Card {
  const v = variantId === undefined ? undefined : def.variants?.find((x) => x.id === variantId);
  return {
    title: v?.title ?? def.title,
    text: v?.text ?? def.text,
    headlines: v?.headlines ?? def.headlines,
    effects: v?.effects ?? def.effects,
    refersTo: v ? v.refersTo : (def.refersTo ?? []),
  };
}

/** The choices offered in state `s`, in deck order. */
export function offeredChoices(def: EventDef, s: ConditionState): EventChoice[] {
  return def.choices.filter((c) => allHold(c.conditions ?? [], s));
}

/** True when the choice exists and is offered in state `s`. */
export function isOffered(def: EventDef, choiceId: string, s: ConditionState): boolean {
  return offeredChoices(def, s).some((c) => c.id === choiceId);
}

/** Everything a fired card presupposes: its version's references and those of the choice taken. */
export function referencesOf(def: EventDef, variantId?: string, choiceId?: string): Reference[] {
  const choice = choiceId === undefined ? undefined : def.choices.find((c) => c.id === choiceId);
  return [...cardOf(def, variantId).refersTo, ...(choice?.refersTo ?? [])];
}
