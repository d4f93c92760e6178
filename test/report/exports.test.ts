// The exports: the Markdown debrief keeps hostile text literal and carries every section; the CSV
// has a header and one row per closed month with RFC 4180 quoting; the chart series line up.
import { describe, expect, it } from 'vitest';
import { STRATEGIES } from '../../src/model/play/strategies';
import { METERS } from '../../src/model/types';
import { csvField, metersCsv } from '../../src/report/csv';
import { debriefMarkdown, md } from '../../src/report/markdown';
import { buildSeries, meterLine } from '../../src/report/series';
import { newActor, playedGame, playOut } from './helpers';

const XSS = '<img src=x onerror=alert(1)>';
const PIPES = '| pipes |';

function hostileGame() {
  const actor = newActor({ seed: 6, seats: { washington: 'human', seoul: 'human', tokyo: 'human' } });
  let month = 0;
  return playOut(actor, STRATEGIES.adaptive, {
    rationale: `${XSS} ${PIPES}\n# not a heading *bold* [link](javascript:x)`,
    before: (a) => {
      month++;
      if (month === 2) a.send({ type: 'facilitator.adjust', meter: 'trust', value: 55, reason: `${PIPES} ${XSS}` });
      if (month === 3) {
        a.send({
          type: 'facilitator.injectCustom',
          custom: { title: `Riot, "quoted" ${XSS}`, text: PIPES, effects: { threat: 5 } },
        });
      }
    },
  });
}

describe('Markdown debrief', () => {
  const ctx = hostileGame();
  const text = debriefMarkdown(ctx);

  it('keeps hostile text literal: no raw HTML, escaped pipes, no injected headings or links', () => {
    expect(text).not.toContain('<img');
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text).not.toMatch(/(^|[^\\])\| pipes/m);
    expect(text).toContain('\\| pipes \\|');
    expect(text).not.toMatch(/^# not a heading/m);
    expect(text).toContain('\\[link\\](javascript:x)');
    expect(md('a\r\nb\u2028c')).toBe('a b c');
  });

  it('has the title, seed, ending, log, attribution, questions and history sections', () => {
    expect(text).toMatch(/^# Mending Fences debrief: Mini/);
    expect(text).toContain('- Seed: 6;');
    expect(text).toMatch(/- Ending: \*\*.+\*\*/);
    expect(text).toMatch(/- Score: -?\d+/);
    for (const h of [
      '## Month by month',
      '## What moved the meters',
      '## Questions for discussion',
      '## Against the record',
    ]) {
      expect(text).toContain(h);
    }
    expect(text).toContain('### May 2022');
    expect(text).toMatch(/Facilitator set Seoul–Tokyo trust to 55/);
    expect(text).toMatch(/Facilitator injected a custom event/);
    expect(text).toMatch(/Proposal .+: Seoul accepted \(“&lt;img/);
    expect(text).toMatch(/You (secured|did not secure) Ministers' channel reopened/);
  });

  it('renders a game that is still in progress', () => {
    const actor = newActor({ seed: 1 });
    actor.send({ type: 'setup.confirm' });
    actor.send({ type: 'briefing.done' });
    expect(debriefMarkdown(actor.getSnapshot().context)).toContain('the game is still in progress');
  });
});

describe('CSV of the meters', () => {
  it('has a header and one row per closed month, with every meter', () => {
    const ctx = playedGame('random', { seed: 12 });
    const lines = metersCsv(ctx).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.length - 2).toBe(ctx.history.length);
    const header = lines[0].split(',');
    for (const k of METERS) expect(header).toContain(k);
    const first = lines[1].split(',');
    expect(first[0]).toBe('0');
    expect(first[1]).toBe('2022-05');
    expect(Number(first[header.indexOf('trust')])).toBe(ctx.history[0].meters.trust);
  });

  it('quotes fields per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(-2.5)).toBe('-2.5');
    const csv = metersCsv(hostileGame());
    expect(csv).toContain(`,"Riot, ""quoted"" ${XSS}`);
  });
});

describe('chart series', () => {
  it('gives the start and one point per month for each meter, with markers', () => {
    const ctx = playedGame('hard', { seed: 3 });
    const s = buildSeries(ctx);
    expect(meterLine(s, 'threat')).toHaveLength(ctx.history.length + 1);
    expect(s.rows[0].pressure).toBe(6);
    expect(s.markers.some((m) => m.kind === 'election')).toBe(true);
  });
});
