// The fixed-rule search: the rule generator, rules that read only the month and the cards, the
// bare runner agreeing with the actor on the new view path (rules and lenses), the ranking, the
// tallies' ruptures by capital, the targets' checks and the command line.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { playBare } from '../../src/lab/bareGame';
import { allRules, capstonePath, type RuleDescriptor, ruleName, ruleStrategy } from '../../src/lab/fixedRules';
import { playerStrategy, runJob, shippedScenario } from '../../src/lab/jobs';
import { rank, reachRules, searchRules } from '../../src/lab/search';
import { parseJudgementSet, parseSearchArgs } from '../../src/lab/searchArgs';
import { brokenCapitals, emptyTally, playGames, type Tally } from '../../src/lab/tally';
import { cellTargets, strategyTargets } from '../../src/lab/targets';
import { DEFAULT_SETTINGS } from '../../src/model/context';
import { LENSES } from '../../src/model/play/lenses';
import { runGame } from '../../src/model/play/runGame';
import { JUDGEMENT, judgementPlayer, STRATEGIES } from '../../src/model/play/strategies';
import { selectStrategyView, type StrategyView } from '../../src/model/play/view';

const input = (seed: number, id = 'mending-fences') => ({
  scenario: shippedScenario(id),
  settings: { ...DEFAULT_SETTINGS, seed },
});

/** Views from the planning phases of a few games. */
const views: StrategyView[] = [];
for (const seed of [3, 4, 5, 6]) {
  runGame(input(seed), STRATEGIES.random, {
    beforePlanning: (a) => {
      views.push(selectStrategyView(a.getSnapshot().context));
    },
  });
}

/** The view with everything a fixed rule must ignore moved: estimates, seasons, clocks, meters, stance. */
function scrambled(v: StrategyView): StrategyView {
  return {
    ...v,
    momentum: 100 - v.momentum,
    trust: 100 - v.trust,
    threat: 100 - v.threat,
    credibility: 100 - v.credibility,
    stance: v.stance === 'quiet' ? 'overreaching' : 'quiet',
    posture: { seoul: 3, tokyo: 0 },
    washingtonElectionIn: 1,
    washingtonCampaign: !v.washingtonCampaign,
    allies: {
      seoul: {
        approval: 3,
        estimate: { backlash: 95, willingness: 5, uncertainty: 30 },
        season: 'campaigning',
        electionIn: 0,
      },
      tokyo: {
        approval: 97,
        estimate: { backlash: 5, willingness: 95, uncertainty: 0 },
        season: 'paralysed',
        electionIn: null,
      },
    },
  };
}

const tally = (endings: Partial<Tally['endings']>, games = 100): Tally => {
  const t = emptyTally();
  t.games = games;
  Object.assign(t.endings, endings);
  return t;
};

describe('the fixed rules', () => {
  const rules = allRules();

  it('are at least 150, each with its own readable name', () => {
    expect(rules.length).toBeGreaterThanOrEqual(150);
    expect(new Set(rules.map(ruleName)).size).toBe(rules.length);
    expect(ruleName(rules[0])).toBe('0/0 · no initiatives');
    expect(
      ruleName({
        posture: { kind: 'alternate', high: 2, low: 1 },
        channel: 'historyPrivate',
        initiatives: 'capstonePath',
        coolOff: true,
      }),
    ).toBe('2/2↔1/1 · history private · capstone path · cool-off');
  });

  it('read nothing but the month and the cards: estimates, elections, threat and meters change no plan', () => {
    expect(views.length).toBeGreaterThan(5);
    for (const rule of rules) {
      const s = ruleStrategy(rule);
      for (const v of views) expect(s.plan(scrambled(v), () => 0.5)).toEqual(s.plan(v, () => 0.5));
    }
  });

  it('differ: the posture follows the month, the cards follow the policy', () => {
    const v = views[0];
    const alt = ruleStrategy({
      posture: { kind: 'alternate', high: 3, low: 0 },
      channel: 'public',
      initiatives: 'none',
      coolOff: false,
    });
    expect(alt.plan({ ...v, turn: 0 }, () => 0).posture).toEqual({ seoul: 3, tokyo: 3 });
    expect(alt.plan({ ...v, turn: 1 }, () => 0).posture).toEqual({ seoul: 0, tokyo: 0 });
    const plans = new Set(rules.map((r) => JSON.stringify(ruleStrategy(r).plan(v, () => 0))));
    expect(plans.size).toBeGreaterThan(50);
    const base = { posture: { kind: 'constant', seoul: 1, tokyo: 1 } } as const;
    const priv = ruleStrategy({ ...base, channel: 'private', initiatives: 'everything', coolOff: false }).plan(
      v,
      () => 0,
    );
    expect(priv.initiatives.length).toBeGreaterThan(0);
    // every card goes private except those offered only in public
    for (const q of priv.initiatives) {
      const card = v.initiatives.find((c) => c.id === q.id);
      expect(q.channel === 'private' || !card?.channels.includes('private')).toBe(true);
    }
    const cool = ruleStrategy({ ...base, channel: 'public', initiatives: 'none', coolOff: true }).plan(v, () => 0);
    expect(cool.initiatives).toEqual([{ id: 'cool-off-month', channel: 'private' }]);
  });

  it("take the capstone's path: the capstone and every milestone it needs", () => {
    const path = capstonePath(views[0]);
    expect([...path].sort()).toEqual([
      'compensation-solution',
      'institutional-framework',
      'leaders-meet',
      'ministerial-channel',
      'shuttle-diplomacy',
      'trilateral-summit',
    ]);
    const plan = ruleStrategy({
      posture: { kind: 'constant', seoul: 0, tokyo: 0 },
      channel: 'public',
      initiatives: 'capstonePath',
      coolOff: false,
    }).plan(views[0], () => 0);
    expect(plan.initiatives.map((q) => q.id)).toEqual(['reopen-ministerial-channel']);
  });
});

describe('the bare runner on the view path', () => {
  const some: RuleDescriptor[] = [
    {
      posture: { kind: 'constant', seoul: 1, tokyo: 2 },
      channel: 'private',
      initiatives: 'capstonePath',
      coolOff: true,
    },
    {
      posture: { kind: 'alternate', high: 3, low: 0 },
      channel: 'historyPrivate',
      initiatives: 'everything',
      coolOff: false,
    },
  ];
  it('plays the same games as the actor, for fixed rules and for each lens', () => {
    for (const [i, rule] of some.entries()) {
      const s = ruleStrategy(rule);
      expect(playBare(input(10 + i), s).history).toEqual(runGame(input(10 + i), s).context.history);
    }
    for (const [i, lens] of Object.values(LENSES).entries()) {
      const bare = playBare(input(20 + i), STRATEGIES.adaptive, lens);
      expect(bare.history).toEqual(runGame(input(20 + i), STRATEGIES.adaptive, { lens }).context.history);
    }
  });

  it('a lens changes what the strategy does (the ablation is real)', () => {
    const plain = playBare(input(30), STRATEGIES.adaptive);
    const seeing = playBare(input(30), STRATEGIES.adaptive, LENSES.trueValues);
    expect(seeing.history.map((h) => h.posture)).not.toEqual(plain.history.map((h) => h.posture));
  });
});

describe('tallies and the ranking', () => {
  it('finds which capital broke in a rupture, though the final meters sit below the breaking point', () => {
    let ruptures = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const ctx = playBare(input(seed), STRATEGIES.hard);
      if (ctx.ending !== 'rupture') continue;
      ruptures++;
      const broke = brokenCapitals(ctx);
      expect(broke.length).toBeGreaterThan(0);
      // a public that broke went through 100 during the last month; one that did not, never did
      const last = ctx.history.at(-1);
      for (const a of broke) expect(last?.ledger.some((e) => e.meter === `${a}.backlash`)).toBe(true);
    }
    expect(ruptures).toBeGreaterThan(5);
    expect(brokenCapitals(playBare(input(1), STRATEGIES.quiet))).toEqual([]);
  });

  it('ranks by built to last, then fragile thaw, then fewer ruptures, then name', () => {
    const e = (name: string, t: Tally) => ({ name, player: { strategy: name }, tally: t });
    const ranked = rank([
      e('b', tally({ builtToLast: 40, fragileThaw: 10, rupture: 5 })),
      e('a', tally({ builtToLast: 40, fragileThaw: 10, rupture: 5 })),
      e('c', tally({ builtToLast: 40, fragileThaw: 10, rupture: 1 })),
      e('d', tally({ builtToLast: 40, fragileThaw: 20 })),
      e('e', tally({ builtToLast: 80 }, 200)),
      e('f', tally({ builtToLast: 45 })),
    ]);
    // shares, not counts: e's 80 of 200 is 40%, with no thaw
    expect(ranked.map((x) => x.name)).toEqual(['f', 'd', 'c', 'a', 'b', 'e']);
  });

  it('picks, for each ending, the rule that reached it most often by share, the first on a tie, leaving out the excluded', () => {
    const e = (name: string, t: Tally) => ({ name, player: { strategy: name }, tally: t });
    const ranked = [
      e('best', tally({ builtToLast: 90, discredited: 10 })),
      e('thaw', tally({ fragileThaw: 30, drift: 70 })),
      e('also-drift', tally({ drift: 70, rupture: 30 })),
      e('breaks', tally({ rupture: 60, discredited: 10 }, 200)), // 30% ruptures: a tie with 'also-drift'
    ];
    const picks = reachRules(ranked, new Set(['best']));
    expect(picks.map((p) => [p.ending, p.entry.name])).toEqual([
      ['fragileThaw', 'thaw'],
      ['drift', 'thaw'],
      ['rupture', 'also-drift'],
      ['discredited', 'breaks'],
    ]);
    // 'best' reached 10% discredited, but it is excluded; 'breaks' reached 5%
    expect(reachRules(ranked, new Set()).find((p) => p.ending === 'discredited')?.entry.name).toBe('best');
    expect(reachRules([], new Set())).toEqual([]);
  });

  it('a tiny search ranks the rules by what they score on the same seeds, the screened-out ones at the screening size', async () => {
    const rules = allRules().filter((_, i) => i % 40 === 3);
    const o = { games: 6, seed: 5, screen: 3, keep: 4, workers: 1, rules };
    const ranked = await searchRules({ scenario: 'july-window', difficulty: 'normal' }, o);
    expect(ranked.map((r) => r.tally.games)).toEqual([...Array(4).fill(6), ...Array(rules.length - 4).fill(3)]);
    const top = ranked.slice(0, 4);
    expect(rank(top).map((r) => r.name)).toEqual(top.map((r) => r.name));
    for (const r of top) {
      const again = playGames({
        scenario: shippedScenario('july-window'),
        strategy: ruleStrategy('rule' in r.player ? r.player.rule : rules[0]),
        games: 6,
        seed: 5,
        difficulty: 'normal',
        runner: 'actor',
      });
      expect(r.tally.endings).toEqual(again.endings);
    }
  });
});

describe('targets', () => {
  it('says met or not met at the boundaries', () => {
    const checks = cellTargets('normal', { name: 'r', tally: tally({ builtToLast: 35 }) }, tally({ builtToLast: 55 }), {
      electionBlind: tally({ builtToLast: 45 }),
      estimateBlind: tally({ builtToLast: 41 }),
      trueValues: tally({ builtToLast: 60 }),
    });
    expect(checks.map((c) => c.met)).toEqual([true, true, true, true, false, true]);
    expect(
      cellTargets('hard', { name: 'r', tally: tally({}) }, tally({ builtToLast: 50 }), {}).map((c) => c.met),
    ).toEqual([false]);
    // without a search (`--rules none`) a normal cell has no fixed-rule targets
    expect(cellTargets('normal', null, tally({ builtToLast: 55 }), {}).map((c) => c.target)).toEqual([
      'judgement built to last 50.0%–70.0%',
    ]);
    const rows = {
      hard: tally({ rupture: 80 }),
      quiet: tally({ drift: 79 }),
      random: tally({ builtToLast: 10, discredited: 3 }),
    };
    rows.hard.ruptures = { seoul: 70, tokyo: 15 };
    const s = strategyTargets(rows);
    expect(s.map((c) => c.met)).toEqual([true, false, true, true, false, true, true, true, true, false]);
    // A rule picked for the ending it reaches counts for that ending, not for the capitals' split.
    const breaksTokyo = tally({ fragileThaw: 5, rupture: 95 });
    breaksTokyo.ruptures = { seoul: 0, tokyo: 95 };
    const withReach = strategyTargets(rows, { 'thaw-and-tokyo': breaksTokyo });
    expect(withReach.map((c) => c.met)).toEqual([true, false, true, true, true, true, true, true, true, false]);
    expect(withReach[4].measured).toBe('5.0% (thaw-and-tokyo)');
    expect(withReach[9].measured).toBe(s[9].measured);
  });
});

describe('npm run lab:search', () => {
  const cli = (...a: string[]) => spawnSync('npx', ['tsx', 'scripts/labSearch.ts', ...a], { encoding: 'utf8' });

  it('prints the table of the top rules, the judgement strategy and the targets, the same on one worker or two', () => {
    const args = ['--scenario', 'july-window', '--games', '4', '--screen', '2', '--keep', '3', '--top', '3'];
    const one = cli(...args, '--workers', '1');
    expect(one.status).toBe(0);
    expect(one.stdout).toMatch(/\| 3 \| .+ \| 4 \| [\d.]+% \(/);
    expect(one.stdout).toMatch(/\| adaptive\+trueValues \| 4 \|/);
    expect(one.stdout).toMatch(/\| best fixed rule built to last ≤ 35\.0% \| .+ \| (met|\*\*not met\*\*) \|/);
    const two = cli(...args, '--workers', '2');
    const body = (s: string) => s.replace(/\d+ s in all/, '');
    expect(body(two.stdout)).toBe(body(one.stdout));
  });

  it('plays the judgement strategy alone, with its parameters changed, and counts the targets met', () => {
    const args = ['--scenario', 'july-window', '--games', '6', '--rules', 'none', '--workers', '1'];
    const base = cli(...args);
    const quieter = cli(...args, '--set', 'hot=20,minYes=0.5');
    for (const r of [base, quieter]) {
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/no fixed rules, the judgement strategy on 6 games/);
      expect(r.stdout).not.toMatch(/best fixed rule/);
      expect(r.stdout).toMatch(/\n\d of 4 targets met\n/);
    }
    expect(base.stdout).not.toMatch(/parameters changed/);
    expect(quieter.stdout).toMatch(/judgement parameters changed: hot=20, minYes=0\.5/);
  });

  it('gives a job the judgement player with the parameters it names, and only the judgement player', () => {
    const job = {
      scenario: 'july-window',
      difficulty: 'normal' as const,
      seed: 1,
      from: 0,
      to: 12,
      runner: 'bare' as const,
    };
    const params = { hot: 20, calm: 0, warm: 5 };
    const changed = runJob({ ...job, player: { strategy: 'adaptive', judgement: params } });
    const direct = playGames({
      scenario: shippedScenario('july-window'),
      strategy: judgementPlayer({ ...JUDGEMENT, ...params }),
      games: 12,
      seed: 1,
      difficulty: 'normal',
      runner: 'bare',
    });
    expect(changed.endings).toEqual(direct.endings);
    expect(changed.endings).not.toEqual(runJob({ ...job, player: { strategy: 'adaptive' } }).endings);
    expect(playerStrategy({ strategy: 'adaptive', judgement: {} })).toBe(STRATEGIES.adaptive);
    expect(() => playerStrategy({ strategy: 'hard', judgement: { hot: 1 } })).toThrow(/only the judgement player/);
  });

  it('answers bad arguments with one clear line', () => {
    const bad = cli('--difficulty', 'nightmare');
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('lab:search: unknown difficulty "nightmare" (one of: easy, normal, hard, all)');
    const choices = { scenarios: ['a'], difficulties: ['normal'] };
    expect(parseSearchArgs(['--games', '0'], choices)).toEqual({
      ok: false,
      message: '--games must be between 1 and 1,000,000, got 0',
    });
    expect(parseSearchArgs(['--top'], choices)).toEqual({ ok: false, message: '--top needs a value' });
    expect(parseSearchArgs(['--fast', '1'], choices)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^unknown argument "--fast"/),
    });
    expect(parseSearchArgs(['--rules', 'some'], choices)).toEqual({
      ok: false,
      message: '--rules must be all or none, got "some"',
    });
    expect(parseJudgementSet('hot=67,minYes=0.98')).toEqual({ value: { hot: 67, minYes: 0.98 } });
    // a name the parameters object inherits is not a parameter
    expect(parseJudgementSet('toString=1')).toEqual({
      message: expect.stringMatching(/^--set: unknown parameter "toString"/),
    });
    expect(parseJudgementSet('heat=1')).toEqual({
      message: expect.stringMatching(/^--set: unknown parameter "heat" \(one of: margin, /),
    });
    for (const bad of ['hot', 'hot=', 'hot=x', 'hot=1=2', 'hot=Infinity']) {
      expect(parseJudgementSet(bad)).toEqual({ message: '--set: hot needs a number, as in hot=67' });
    }
    expect(parseSearchArgs(['--set', 'hot=60', '--set', 'calm=5'], choices)).toMatchObject({
      ok: true,
      value: { judgement: { hot: 60, calm: 5 }, searchFixed: true },
    });
    expect(parseSearchArgs(['--', '--scenario', 'all', '--workers', '1'], choices)).toMatchObject({
      ok: true,
      value: { scenarios: ['a'], workers: 1 },
    });
  });
});
