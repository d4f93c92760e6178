// The title screen and its sources & credits overlay.

export const screen = 'Title screen';
export const gameName = 'Mending Fences';
export const subtitle = 'You are the US mediator between Seoul and Tokyo, 2022–2024.';
export const newGame = 'New game';
export const continueGame = 'Continue';
export const saveUnreadable = 'the saved game could not be read';
export const noSave = 'there is no saved game yet';
export const seminar = 'Seminar: set up a class';
export const joinSeminar = 'Join with a session code';
export const joinSaid = (error?: string) =>
  `Join with a session code: type the code and press Enter.${error ? ` This code cannot be used: ${error}.` : ''}`;
export const loadReplay = 'Load replay';
export const credits = 'Sources & credits';
export const keyboardHint = 'Keyboard: Tab moves, Enter chooses, ? shows every shortcut.';
export const warning = (message: string) => `⚠ ${message}`;
export const replayProblemSaid = (message: string) =>
  `${message} Choose New game (N), Continue (C) or Load replay (L).`;
export const choose = 'Choose New game (N) or Continue (C).';
export const said = (saveMessage: string | null) => `${saveMessage ? `${saveMessage} ` : ''}${choose}`;
export const creditsSaid = (summary: string) => `Sources and credits. ${summary}`;

export const creditLines = [
  'Facts: every scenario fact traces to the project fact base (research/domain-facts.md); each event, initiative and election in the data names its section and, where known, its address.',
  'Model: a glass-box simulation; docs/model.md explains each formula and its assumption. Numbers are teaching estimates, not forecasts.',
  'Map: Natural Earth 1:50m country outlines (public domain), via the world-atlas package, projected at build time with d3-geo. Waters carry neutral names, e.g. "East Sea / Sea of Japan".',
  'Code: Phaser 4 (MIT), XState 5 (MIT), zod (MIT), pure-rand (MIT). Fonts: your system’s own.',
  'Palette: Okabe & Ito’s colour-blind-safe colours; every colour is paired with a label or pattern.',
];
export const creditLine = (line: string) => `• ${line}`;
