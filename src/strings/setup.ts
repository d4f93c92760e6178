// The new-game setup screen (solo play) and the briefing that follows it.

export const screen = 'Setup';
export const loadFailed = 'A scenario could not be loaded';
export const startFailed = 'The scenario could not be loaded';
export const heading = 'New game';
export const scenario = 'Scenario';
export const scenarioButton = (n: number, title: string) => `${n}. ${title}`;
export const difficulty = 'Difficulty (D cycles)';
export const calendarHeading = 'Calendar (C toggles)';
export const seedHeading = 'Seed (type digits when focused; the same seed replays the same game)';
export const randomSeed = 'Random seed';
export const ownFile = 'Play your own scenario file…';
export const soloNote =
  'You play Washington; Seoul and Tokyo are computer delegations. For seats, use Seminar on the title.';
export const start = 'Start briefing';
export const back = 'Back';
export const seed = (seed: number) => `Seed: ${seed}`;
export const calendarHistorical = 'historical (random events in their real month)';
export const calendarDrawn = 'drawn (random events)';
export const calendar = (historical: boolean) => `Calendar: ${historical ? calendarHistorical : calendarDrawn}`;
export const calendarWord = (historical: boolean) => (historical ? 'historical' : 'drawn');
export const said = (title: string | undefined, id: string, difficulty: string, historical: boolean, seed: number) =>
  `Scenario: ${title} (${id}). Difficulty: ${difficulty}. Calendar: ${calendarWord(historical)}. Seed: ${seed}. Press S to start.`;

export const fileUnplayable = 'This scenario file cannot be played';
export const fileChooserLabel = 'Choose a Mending Fences scenario file';

export const briefingScreen = 'Briefing';
export const enterRoom = 'Enter the situation room';
export const notAtBriefing = 'the game is not at its briefing';
export const briefingSaid = (title: string, paragraphs: string[]) =>
  `${title}. ${paragraphs.join(' ')} Press Enter to enter the situation room.`;
