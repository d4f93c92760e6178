// The tags the statechart puts on its states, and the screen phase each one means. Scenes, the
// seminar HUD, the console and the scripted players route on `snapshot.hasTag(...)` through
// `phaseOf`; nothing outside the machine reads a state path. Pure.

export const TAG = {
  setup: 'settingUp',
  briefing: 'briefing',
  planning: 'acceptsPlayerInput',
  /** The month's automatic steps (resolving, settling, drawing events): never seen at rest. */
  resolving: 'resolvingMonth',
  awaitingAnswers: 'awaitsDelegation',
  awaitingChoices: 'awaitsChoice',
  report: 'showsReport',
  ended: 'ended',
} as const;

/** What the screens show: one phase per tag a snapshot can rest in. */
export const PHASES = ['setup', 'briefing', 'planning', 'awaitingAnswers', 'events', 'report', 'ended'] as const;
export type Phase = (typeof PHASES)[number];

const PHASE_TAG: Record<Phase, string> = {
  setup: TAG.setup,
  briefing: TAG.briefing,
  planning: TAG.planning,
  awaitingAnswers: TAG.awaitingAnswers,
  events: TAG.awaitingChoices,
  report: TAG.report,
  ended: TAG.ended,
};

/** The part of a snapshot that says which tags are on. */
export interface Tagged {
  hasTag(tag: string): boolean;
}

/** The screen phase of a snapshot, from its tags. */
export function phaseOf(s: Tagged): Phase {
  for (const phase of PHASES) if (s.hasTag(PHASE_TAG[phase])) return phase;
  throw new Error('the snapshot carries no screen tag');
}
