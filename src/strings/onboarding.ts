// The words of onboarding: the guided first month and the initiative details pane. Every
// user-facing string these add lives here (one typed object, for the string catalogue to join).

export const ONBOARDING = {
  details: {
    heading: 'About this initiative',
    cost: (bandwidth: number) => `Costs ${bandwidth} bandwidth`,
    channels: { both: 'private or public', private: 'private only', public: 'public only' },
    asks: (names: string) => `asks ${names}`,
    asksNobody: 'asks nothing of either capital',
    secures: (milestone: string) => `Accepted, it secures “${milestone}”.`,
    theAsk: (ask: string) => `The ask: ${ask}`,
    prerequisites: (unmet: number, all: number) =>
      unmet ? `Prerequisites: ${unmet} of ${all} not met yet` : `Prerequisites: all ${all} met`,
    noPrerequisites: 'Prerequisites: none',
    met: '✔ met',
    unmet: '✘ not yet',
    unknown: '? unseen',
  },
  guide: {
    title: (step: number, steps: number) => `Guided first month · ${step} of ${steps}`,
    next: 'Next',
    back: 'Back',
    done: 'Start playing',
    skip: 'Skip guide',
    reopen: 'Guided first month',
    loading: 'Opening the guided first month.',
    closedLive: 'Guide closed: G or the menu opens it again.',
    liveStep: (step: number, steps: number, heading: string, text: string) =>
      `Guide, step ${step} of ${steps}: ${heading}. ${text} Enter: next; Backspace: back; Esc: skip the guide.`,
  },
  menu: { guide: 'Guided first month' },
} as const;

/** One step of the guide: which region of the room it points at, and what it says. */
export interface GuideStep {
  target: 'capitals' | 'posture' | 'initiatives' | 'forecast' | 'endTurn' | 'report';
  heading: string;
  text: string;
}
