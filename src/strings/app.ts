// The app's own words (src/app): the export files' labels, why a saved game, a replay or a
// scenario file cannot be opened, and what the seminar's autosave and event routing answer.

export const exportLabels = {
  replay: 'replay file (JSON)',
  markdown: 'report (Markdown)',
  csv: 'meters per month (CSV)',
} as const;

export const noGameToBranch = 'There is no game to branch from.';
export const noSavedGame = 'There is no saved game.';

/** Why a saved game cannot be rebuilt (the title screen puts them after "cannot be resumed:"). */
export const savedGame = {
  scenarioMissing: (id: string) => `its scenario "${id}" cannot be loaded`,
  fileNotKept:
    'it is a game from a scenario file, saved by an earlier version of the game that did not keep the file (open the scenario file again to play it)',
  fileMissing: 'it is a game from a scenario file, and the file is missing from the save',
  fileBroken: (name: string, why: string) => `its scenario file "${name}" no longer loads (${why})`,
  scenarioChanged: (title: string) =>
    `the scenario "${title}" has changed since this game was saved (its cards or numbers differ), so replaying the game's decisions would give a different game`,
  notReplayed: (why: string) => `its decisions could not be replayed: ${why}`,
  otherGame: 'it was saved by an earlier version of the game, and replaying its decisions did not reach the same game',
} as const;

export const scenarioTextTooLong = (file: string, path: string, max: number, length: number) =>
  `${file}: ${path}: a text is at most ${max} characters (this one has ${length})`;

export const seminar = {
  storageFull: "this browser's storage is full",
  notAutosaved: (why: string) =>
    `The seminar could not be autosaved (${why}): a reload would lose the session. Keep this window open.`,
  codeEmpty: 'the session code is empty',
  badSuffix: 'a table suffix is a dot and a number, like .2',
  unreadable: 'it could not be read',
  notResumed: (why: string, aside: string) =>
    `The seminar's autosave could not be resumed (${why}); it is kept under "${aside}" and the seminar starts afresh.`,
  elsewhere: 'this seminar runs in another window of this browser',
  notNow: 'not possible now',
  autosaveNotJson: 'the seminar autosave is not valid JSON',
  autosavePartsMissing: 'parts of the seminar autosave are missing',
  autosaveOtherSession: 'the autosave is of another session',
  autosaveNoGame: 'no game in it',
  /** A brief window's message the game window could not read. */
  malformed: 'malformed message',
} as const;
