// A session code's setup from the bundled catalog (the server, the scripts and the tests); the game
// in the browser loads its catalog on demand and calls `sessionSetupFrom` itself (app/seminar.ts).

import { loadShippedScenario } from '../content/catalog';
import type { ResolvedScenario } from '../model';
import { type SessionSetup, sessionSetupFrom } from './setupFrom';

export { type SessionSetup, type ShippedScenarios, sessionSetupFrom, settingsFor } from './setupFrom';

export function sessionSetup(code: string, file?: ResolvedScenario): SessionSetup {
  return sessionSetupFrom(loadShippedScenario, code, file);
}
