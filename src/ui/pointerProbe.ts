// What the pointer last landed on, for the browser tests (read through `window.__mf`): the label of
// the last button a pointer pressed and released on. In a dry run, buttons record the press and do
// nothing else, so a test can click every corner of every control without changing the game.

export interface PointerProbe {
  /** Label of the last button that answered a pointer press (enabled or not). */
  last: string | null;
  /** Id of that button (see `ControlOnPage.id`), so same-named controls are told apart. */
  lastId: number | null;
  /** How many presses buttons have answered. */
  presses: number;
  /** When true, buttons record presses but neither act nor take focus. */
  dryRun: boolean;
}

export const pointerProbe: PointerProbe = { last: null, lastId: null, presses: 0, dryRun: false };

/** Records a button's answer to a pointer; true when the button should go on and act. */
export function recordPress(label: string, id: number): boolean {
  pointerProbe.last = label;
  pointerProbe.lastId = id;
  pointerProbe.presses++;
  return !pointerProbe.dryRun;
}
