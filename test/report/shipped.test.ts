// The debrief on the shipped scenarios (skipped for a scenario whose content does not load yet):
// every export builds, attribution adds up, and the replay reproduces the game.
import { describe, expect, it } from 'vitest';
import { loadShippedScenario, SCENARIO_IDS } from '../../src/content/catalog';
import { DEFAULT_SETTINGS } from '../../src/model/context';
import { runGame } from '../../src/model/play/runGame';
import { STRATEGIES } from '../../src/model/play/strategies';
import { METERS } from '../../src/model/types';
import { attribute } from '../../src/report/attribution';
import { compareWithHistory } from '../../src/report/historicalRecord';
import { debriefMarkdown } from '../../src/report/markdown';
import { discussionQuestions, STANDING_QUESTIONS } from '../../src/report/questions';
import { replayGame, snapshotHash } from '../../src/report/replay';
import { parseReplay, replayToJson, toReplay } from '../../src/report/replayFile';

const resolve = (id: string) => {
  const s = loadShippedScenario(id);
  return s.ok ? s.value : null;
};

describe.each(SCENARIO_IDS)('shipped scenario %s', (id) => {
  const scenario = resolve(id);
  it.skipIf(!scenario)('builds the whole debrief from an adaptive game and replays it', () => {
    if (!scenario) return;
    const ctx = runGame({ scenario, settings: { ...DEFAULT_SETTINGS, seed: 42 } }, STRATEGIES.adaptive).context;
    const attr = attribute(ctx);
    for (const k of METERS) expect(Math.abs(attr[k].unexplained)).toBeLessThan(1e-6);
    expect(debriefMarkdown(ctx)).toContain(`# Mending Fences debrief: ${scenario.title}`);
    expect(
      discussionQuestions(ctx)
        .filter((q) => q.kind === 'standing')
        .map((q) => q.text),
    ).toEqual(STANDING_QUESTIONS[id]);
    for (const l of compareWithHistory(ctx)) expect(l.history).not.toBeNull();
    const parsed = parseReplay(replayToJson(toReplay(ctx, id)));
    if (!parsed.ok) throw new Error(parsed.message);
    const run = replayGame(parsed.replay, resolve);
    expect(run.ok && snapshotHash(run.context)).toBe(snapshotHash(ctx));
  });
});
