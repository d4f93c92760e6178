// When each milestone came in reality (the fact base, research/domain-facts.md §1), with what
// happened in a few words: data like the content deck's, which the debrief's comparison with the
// record (historicalRecord.ts) words around. A translation of the record's facts belongs with the deck's.

export interface HistoricalMilestone {
  month: string;
  /** What happened, in a few words, for the comparison line. */
  what: string;
}

/** Month each milestone happened in reality (fact base §1 unless noted). */
export const HISTORICAL_MILESTONES: Record<string, HistoricalMilestone> = {
  'ministerial-channel': { month: '2022-07', what: "Park Jin's visit to Tokyo" },
  'leaders-meet': {
    month: '2022-11',
    what: 'the first formal Yoon–Kishida bilateral, in Phnom Penh, after informal talks at the UN in Sep 2022',
  },
  'trilateral-drills': { month: '2022-10', what: 'the missile-defence drill with the USS Ronald Reagan' },
  'trilateral-summit': { month: '2022-11', what: 'the Phnom Penh statement' },
  'compensation-solution': { month: '2023-03', what: "Seoul's foundation plan of 6 March" },
  'tokyo-gesture': { month: '2023-03', what: "Tokyo's restatement of the 1998 declaration" },
  'future-fund': { month: '2023-03', what: 'the FKI–Keidanren youth fund' },
  'gsomia-normalised': { month: '2023-03', what: 'the withdrawal of the 2019 GSOMIA notices' },
  'export-controls-lifted': {
    month: '2023-03',
    what: 'the lifting of the 2019 curbs; whitelists followed by July 2023',
  },
  'shuttle-diplomacy': { month: '2023-03', what: "Yoon's visit to Tokyo" },
  'institutional-framework': { month: '2023-08', what: 'Camp David' },
  'missile-data-sharing': { month: '2023-12', what: 'the live missile-warning mechanism' },
  'freedom-edge': { month: '2024-06', what: 'the first Freedom Edge exercise' },
  'heritage-compromise': { month: '2024-07', what: 'the Sado mines listing' },
  'anniversary-agenda': { month: '2024-09', what: "Kishida's farewell visit to Seoul" },
  'trilateral-secretariat': { month: '2024-11', what: 'the Lima announcement' },
};
