// The standing discussion questions of each scenario, asked after the generated ones: scenario
// content like the deck's (each set written for its scenario's history), kept beside the debrief
// that asks them. A translation of them belongs with the deck's.

/** Standing questions per scenario id; `*` is the fallback for scenarios not listed. */
export const STANDING_QUESTIONS: Record<string, string[]> = {
  'mending-fences': [
    'Entrapment or abandonment: at which point did Seoul or Tokyo fear being dragged into the other’s quarrel, and when did either fear Washington would walk away?',
    'How much of the progress was American pressure, and how much was the allies’ own reading of the threat? Would the same steps have come without Washington?',
    'Did you sequence history before security, security before history, or both at once? What did the order cost each public?',
  ],
  'july-window': [
    'The window between the June and July votes was short. What did you try to lock in before the campaigns, and what did you leave for later?',
    'Entrapment or abandonment: which capital worried more that the other would pull the US into its quarrel?',
    'Should a mediator push at all in the first months of a new government, or let the leaders set the pace?',
  ],
  'built-to-last': [
    'Which of the gains of 2023 did you treat as safe, and which did you try to institutionalise before the elections of 2024?',
    'Entrapment or abandonment: how did the prospect of a change in Washington shape what Seoul and Tokyo were willing to sign?',
    'Is a framework "built to last" if it depends on the leaders who made it? What would make it survive them?',
  ],
  '*': [
    'Entrapment or abandonment: which ally feared each more, and when?',
    'What role did American pressure play, compared with the threat and with the leaders’ own interests?',
    'Did you settle history first or build security ties first? Would the other order have worked better?',
  ],
};
