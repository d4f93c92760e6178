// The console's copy of the game: rebuilt from the replay the game window sends (scenario id and
// content hash, settings, decisions) through the same replay path as saves and undo. A state that
// extends the last one only feeds the new decisions; anything else (an undo, another game) is
// rebuilt from the start. A scenario this console lacks, or has in another version, is explained.

import { feed, type GameActor, replayDecisions, type ScenarioResolver } from '../../report/replay';
import type { ReplayFile } from '../../report/replayFile';
import { scenarioHash } from '../../report/scenarioHash';
import * as C from '../../strings/console';

export type GameSnapshot = ReturnType<GameActor['getSnapshot']>;
export type Mirrored = { ok: true; snapshot: GameSnapshot } | { ok: false; problem: string };

export class GameMirror {
  private game: { key: string; actor: GameActor; fed: string[] } | null = null;

  constructor(private readonly resolve: ScenarioResolver) {}

  /** The game the replay describes, fed onto the last one where it continues it. */
  update(replay: ReplayFile, hash: string): Mirrored {
    const key = `${replay.scenario}\n${hash}\n${JSON.stringify(replay.settings)}`;
    const events = replay.decisions.map((e) => JSON.stringify(e));
    const g = this.game;
    if (g && g.key === key && g.fed.length <= events.length && g.fed.every((e, i) => e === events[i])) {
      if (feed(g.actor, replay.decisions.slice(g.fed.length)).ok) {
        g.fed = events;
        return { ok: true, snapshot: g.actor.getSnapshot() };
      }
    }
    this.dispose();
    let scenario: ReturnType<ScenarioResolver>;
    try {
      scenario = this.resolve(replay.scenario);
    } catch {
      scenario = null;
    }
    if (!scenario) {
      return {
        ok: false,
        problem: C.mirror.unknownScenario(replay.scenario),
      };
    }
    if (scenarioHash(scenario) !== hash) {
      return {
        ok: false,
        problem: C.mirror.otherVersion(scenario.title),
      };
    }
    const run = replayDecisions({ scenario, settings: replay.settings }, replay.decisions);
    if (!run.ok) return { ok: false, problem: C.mirror.notRebuilt(run.message) };
    this.game = { key, actor: run.actor, fed: events };
    return { ok: true, snapshot: run.actor.getSnapshot() };
  }

  dispose(): void {
    this.game?.actor.stop();
    this.game = null;
  }
}
