// The settings a game's actor was created with. The context keeps them beside the current settings
// (which `setup.configure` and `seat.assign` may have changed since): a replay starts from these.

import type { GameContext, Settings } from '../model';

export function settingsOfInput(ctx: GameContext): Settings {
  return ctx.inputSettings;
}
