// Text and files from people and from disk, made safe: CSV cells a spreadsheet would run as a
// formula are defused, bidi controls are removed, and oversized replay, save and scenario files
// (or texts inside them) are refused with a message that says what was too big.
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/app/scenarioFile';
import { csvField, csvRow } from '../../src/report/csv';
import { FILE_LIMITS, MAX_DECISIONS, MAX_SCENARIO_TEXT } from '../../src/report/fileLimits';
import { parseReplay, replayToJson, toReplay } from '../../src/report/replayFile';
import { neutraliseControls, neutraliseDeep } from '../../src/report/safeText';
import { parseSave } from '../../src/save/save';
import { playedGame } from './helpers';
import { loadContent } from '../../src/app/scenarios';

// the game's catalog is fetched on demand (src/app/scenarios.ts)
await loadContent();

describe('CSV cells', () => {
  it.each(['=HYPERLINK("http://evil.example")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])('defuses %j', (s) => {
    expect(csvField(s).replace(/^"/, '')).toMatch(/^'/);
  });
  it('leaves numbers (negative ones too) and ordinary text alone', () => {
    expect(csvRow([-3.2, 4, 'Seoul–Tokyo', 'a, b'])).toBe('-3.2,4,Seoul–Tokyo,"a, b"');
  });
});

describe('bidi and control characters', () => {
  it('are removed; scripts, emoji and line breaks stay', () => {
    expect(neutraliseControls('a\u202Eb\u2066c\u200Fd\u0007e')).toBe('abcde');
    expect(neutraliseControls('독도/竹島 🙂\nline')).toBe('독도/竹島 🙂\nline');
    expect(neutraliseDeep({ t: ['x\u202Dy'], n: 3 })).toEqual({ t: ['xy'], n: 3 });
  });
  it('are cleaned from a replay’s custom inject titles and rationales', () => {
    const ctx = playedGame('adaptive', { seed: 4 });
    const replay = toReplay(ctx, 'mini');
    replay.decisions.push({ type: 'facilitator.injectCustom', custom: { title: 'a\u202Eb', text: '', effects: {} } });
    const r = parseReplay(replayToJson(replay));
    if (!r.ok) throw new Error(r.message);
    expect(r.replay.decisions.at(-1)).toMatchObject({ custom: { title: 'ab' } });
  });
});

describe('size caps', () => {
  const good = toReplay(playedGame('adaptive', { seed: 4 }), 'mini');

  it('refuse a replay file over the byte cap before parsing it', () => {
    const big = replayToJson({ ...good, pad: 'x'.repeat(FILE_LIMITS.replay) } as typeof good);
    const r = parseReplay(big);
    expect(r.ok ? '' : r.message).toMatch(/replay file is too large .*at most 2,048 kB/);
  });

  it('refuse a 20 kB unbroken rationale and more decisions than any game makes', () => {
    const long = {
      ...good,
      decisions: [
        ...good.decisions,
        {
          type: 'proposal.answer' as const,
          seat: 'seoul' as const,
          proposal: '1.x',
          answer: 'accept' as const,
          rationale: 'x'.repeat(20_000),
        },
      ],
    };
    const r1 = parseReplay(replayToJson(long));
    expect(r1.ok ? '' : r1.message).toMatch(/rationale/);
    const many = {
      ...good,
      decisions: Array.from({ length: MAX_DECISIONS + 1 }, () => ({ type: 'turn.next' as const })),
    };
    const r2 = parseReplay(replayToJson(many));
    expect(r2.ok ? '' : r2.message).toMatch(/at most 5000 decisions/);
  });

  it('refuse a scenario file with a text longer than any the game writes, naming where', () => {
    const r = loadScenarioText(
      'big.json',
      JSON.stringify({ schemaVersion: 1, briefing: ['y'.repeat(MAX_SCENARIO_TEXT + 1)] }),
    );
    expect(r.ok ? [] : r.lines).toEqual([
      `big.json: $.briefing[0]: a text is at most ${MAX_SCENARIO_TEXT} characters (this one has ${MAX_SCENARIO_TEXT + 1})`,
    ]);
    const huge = loadScenarioText('huge.json', `{"pad":"${'z'.repeat(FILE_LIMITS.scenario)}"}`);
    expect(huge.ok ? [] : huge.lines[0]).toMatch(/huge.json: The scenario file is too large/);
  });

  it('treat an oversized save as damaged, with the reason', () => {
    const r = parseSave(`{"pad":"${'s'.repeat(FILE_LIMITS.save)}"}`);
    expect(r).toMatchObject({ kind: 'corrupt', reason: expect.stringMatching(/save file is too large/) });
  });
});
