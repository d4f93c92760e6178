// Discussion questions come from what happened, and the comparison with the record dates each
// milestone against the historical month.
import { describe, expect, it } from 'vitest';
import { compareWithHistory, HISTORICAL_MILESTONES, historySummary } from '../../src/report/historicalRecord';
import { discussionQuestions, STANDING_QUESTIONS } from '../../src/report/questions';
import { playedGame } from './helpers';

describe('discussion questions', () => {
  it('asks about a push into a campaign window, naming the month, the ally and the vote', () => {
    const ctx = playedGame('hard', { seed: 11 });
    const qs = discussionQuestions(ctx);
    const campaign = qs.find((q) => q.kind === 'campaign');
    expect(campaign?.text).toMatch(
      /In (Jun|Jul) 2022 you leaned hard on Tokyo during its campaign window before the House of Councillors/,
    );
    expect(campaign?.text).toMatch(/added [\d.]+ to Tokyo's backlash/);
    expect(qs.some((q) => q.kind === 'swing')).toBe(true);
    expect(qs.find((q) => q.kind === 'ending')?.text).toMatch(/Your ending, .+, came (with|without)/);
    expect(qs.some((q) => q.kind === 'divergence')).toBe(true);
  });

  it('asks after a safe ending what came closest to crossing, and after a broken one what would have held', () => {
    const ending = (strategy: string) =>
      discussionQuestions(playedGame(strategy, { seed: 11 })).find((q) => q.kind === 'ending')?.text ?? '';
    // leaning hard ruptures a public: it ended on or above its line
    expect(ending('hard')).toMatch(
      /the (boiling|rupture) line\. Which single decision would have kept it on the right side\?$/,
    );
    // a quiet game ends with both publics below boiling
    expect(ending('quiet')).toMatch(/below the boiling line\. Which single decision brought it closest to crossing/);
  });

  it('does not invent a campaign push for a player who stayed quiet, and falls back to generic standing questions', () => {
    const qs = discussionQuestions(playedGame('quiet', { seed: 11 }));
    expect(qs.some((q) => q.kind === 'campaign')).toBe(false);
    const standing = qs.filter((q) => q.kind === 'standing').map((q) => q.text);
    expect(standing).toEqual(STANDING_QUESTIONS['*']);
  });
});

describe('comparison with the record', () => {
  it('dates every shipped milestone and compares the game month with the historical one', () => {
    const ctx = playedGame('adaptive', { seed: 2 });
    const lines = compareWithHistory(ctx);
    expect(lines).toHaveLength(Object.keys(ctx.scenario.milestones).length);
    const ministers = lines.find((l) => l.milestone === 'ministerial-channel');
    expect(ministers?.history).toBe('2022-07');
    for (const l of lines) {
      if (l.game && l.history) expect(l.text).toMatch(/^You secured .+ in \w{3} \d{4}; historically it came in/);
      else if (!l.game) expect(l.text).toMatch(/^You did not secure/);
    }
    expect(historySummary(lines)).toMatch(/^Against the record: \d+ earlier/);
    expect(HISTORICAL_MILESTONES['institutional-framework'].month).toBe('2023-08');
  });

  it('says when history came after the scenario ended', () => {
    const ctx = playedGame('quiet', { seed: 2 });
    const framework = compareWithHistory(ctx).find((l) => l.milestone === 'framework');
    expect(framework?.history).toBeNull();
    const lateCtx = { ...ctx, scenario: { ...ctx.scenario, end: '2022-12' } };
    const comp = compareWithHistory(lateCtx).find((l) => l.milestone === 'compensation-solution');
    if (comp && !comp.game) expect(comp.text).toContain('after this scenario ends');
  });
});
