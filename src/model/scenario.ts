// The scenario as the machine takes it: every reference of a scenario file replaced by its
// definition. The model owns this shape; content/load.ts produces values of it from the files.

import type {
  AdvisorDef,
  ElectionDef,
  EndingDef,
  EventDef,
  InitiativeDef,
  MilestoneDef,
  ScenarioFile,
} from '../content/schema';

/** What the machine takes: a scenario with every reference replaced by its definition. */
export interface ResolvedScenario {
  id: string;
  title: string;
  tagline: string;
  start: string;
  end: string;
  months: number;
  briefing: string[];
  startValues: ScenarioFile['startValues'];
  elections: ElectionDef[];
  summits: ScenarioFile['summits'];
  /** Keyed by id, in the order the scenario lists them. */
  events: Record<string, EventDef>;
  initiatives: Record<string, InitiativeDef>;
  milestones: Record<string, MilestoneDef>;
  alreadyReached: string[];
  capstone: string;
  endings: Record<string, EndingDef>;
  advisors: AdvisorDef[];
}
