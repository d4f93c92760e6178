// Every word the game shows comes from the string catalogue (src/strings): the code in src/ui,
// src/views, src/scenes, src/net, src/app, src/report (the debrief, its exports and refusals), the
// seminar's modules (src/seminar: the session log, its refusals, the session code's problems, the
// facilitator's console), the seminar server's answers to its clients (src/server) and the model
// (src/model: its display names, prerequisites, bandwidth reasons, forecast risks, the computer
// delegations' reasons and every refusal; the balance lab's scripted players and lenses excepted)
// holds no sentence and passes no literal word to a text call; the HTML pages' static words are
// {{ page.key }} placeholders the build fills from src/strings/pages.ts, and so is the web app
// manifest's (vite.config.ts). The server's lines for its operator (a damaged log at start-up) are
// listed, each by its text, and may only shrink. The scanner is shown to catch planted literals and
// to let keys, styles and symbols pass.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillPage, pageString } from '../../scripts/pageStrings.ts';
import { uiStringFindings } from './uiStrings';

const UI_DIRS = [
  'src/ui',
  'src/views',
  'src/scenes',
  'src/net',
  'src/app',
  'src/seminar',
  'src/report',
  'src/server',
  'src/model',
];
/** Single files of other layers whose words are the catalogue's. */
const UI_FILES = ['vite.config.ts'];
/** Files under UI_DIRS whose words are not the UI's, and why. */
const NOT_SHOWN: Record<string, string> = {
  'src/app/layoutCheck.ts': 'the layout check the browser tests run (test mode only): its findings are for developers',
  'src/report/historicalMilestones.ts': 'the record’s dates and facts: content, like the deck',
  'src/report/standingQuestions.ts': 'each scenario’s standing questions: content, like the deck',
  'src/model/play/strategies.ts':
    'the balance lab’s scripted players (npm run simulate): their summaries are for designers',
  'src/model/play/lenses.ts':
    'the balance lab’s information lenses (npm run simulate): their summaries are for designers',
};
/** Lines of the server's own code that its operator reads in the terminal, never a client: file → texts. */
const OPERATOR_LINES: Record<string, string[]> = {
  'src/server/hostedTable.ts': [
    'table {…}: {…}; it resumes from record {…} (the rest is kept in {…})',
    'table {…}: {…}; it resumes from record {…} (the rest is kept in {…})',
  ],
  'src/server/sessionStore.ts': [
    'devices.jsonl line {…} is damaged and was skipped (that device joins again with its link)',
  ],
  'src/server/table.ts': ['record {…} ({…}) was refused on replay: {…}'],
  'src/server/tableLog.ts': [
    'line {…} is truncated (no line end)',
    'line {…} is not valid JSON',
    'line {…} is not a valid record',
  ],
  'src/server/httpHandler.ts': ['text/plain; charset=utf-8'],
};
const PAGES = ['index.html', 'table.html', 'console.html'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name).replaceAll('\\', '/');
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The words of a page's markup outside scripts, styles and comments: text between tags and the shown attributes. */
function pageWords(html: string): string[] {
  const bare = html.replace(/<!--[\s\S]*?-->|<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '');
  const texts = [...bare.matchAll(/>([^<]+)</g)].map((m) => m[1]);
  const attrs = [...bare.matchAll(/\s(?:title|aria-label|placeholder|alt|content)="([^"]*)"/g)].map((m) => m[1]);
  return [...texts, ...attrs]
    .map((t) => t.replace(/\{\{\s*[\w.]+\s*\}\}/g, '').trim())
    .filter((t) => /[A-Za-z]{2,}/.test(t) && !/^(width=device-width|no-referrer|#[0-9a-f]{6})/.test(t));
}

const findingsOf = (code: string) => uiStringFindings(code, 'planted.ts').map((f) => f.text);

describe('the string catalogue', () => {
  const files = [...UI_DIRS.flatMap(filesUnder), ...UI_FILES].filter((f) => !(f in NOT_SHOWN));

  it('the screens take their words from src/strings', () => {
    const operator = Object.entries(OPERATOR_LINES).map(([f, texts]): [string, string[]] => [f, [...texts]]);
    const found = files.flatMap((f) =>
      uiStringFindings(readFileSync(f, 'utf8'), f)
        .filter((x) => {
          // an operator's line is let pass once for each time it is listed
          const listed = operator.find(([g]) => g === f)?.[1];
          const at = listed?.indexOf(x.text) ?? -1;
          if (at >= 0) listed?.splice(at, 1);
          return at < 0;
        })
        .map((x) => `${f}:${x.line} ${JSON.stringify(x.text)}`),
    );
    expect(found).toEqual([]);
    // the operator's list only shrinks: a line no longer in the code must leave it
    expect(operator.filter(([, left]) => left.length)).toEqual([]);
  });

  it('scans the seminar, the server, the model and the build config', () => {
    for (const f of [
      'src/model/vocabulary.ts',
      'src/model/phases/resolution.ts',
      'src/seminar/session.ts',
      'src/seminar/sessionCode.ts',
      'src/server/seminarServer.ts',
      'vite.config.ts',
    ])
      expect(files).toContain(f);
    // the build's manifest takes its words from the catalogue: the scan sees a name written in
    expect(findingsOf(`VitePWA({ manifest: { description: 'A policy game about allies' } });`)).toEqual([
      'A policy game about allies',
    ]);
  });

  it('the HTML pages hold placeholders only, each one a string of src/strings/pages.ts', () => {
    for (const page of PAGES) {
      const html = readFileSync(page, 'utf8');
      expect(pageWords(html), page).toEqual([]);
      const keys = [...html.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]);
      expect(keys.length, page).toBeGreaterThan(0);
      for (const k of keys) expect(pageString(k), `${page}: ${k}`).toBeTypeOf('string');
      expect(fillPage(html, page)).not.toMatch(/\{\{/);
    }
    // the scan sees words left in markup, and the filler refuses a key the catalogue lacks
    expect(pageWords('<p>{{ game.title }}</p><button aria-label="Close it">x</button>')).toEqual(['Close it']);
    expect(() => fillPage('<b>{{ game.nope }}</b>', 'planted.html')).toThrow(/game\.nope/);
    expect(fillPage('<b>{{ console.end }}</b>', 'x.html')).toBe('<b>End session → debrief</b>');
  });

  it('catches a sentence anywhere and a word in a text call', () => {
    expect(findingsOf(`const why = 'Not enough bandwidth this month';`)).toEqual(['Not enough bandwidth this month']);
    expect(findingsOf(`scene.add.text(0, 0, 'Withdraw', style);`)).toEqual(['Withdraw']);
    expect(findingsOf(`label.setText(\`Month \${m}\`);`)).toEqual(['Month {…}']);
    expect(findingsOf(`const items = \`Items \${a} to \${b}\`;`)).toEqual(['Items {…} to {…}']);
    expect(findingsOf(`new Button(s, 0, 0, 9, 9, 'Press', go);`)).toEqual(['Press']);
    expect(findingsOf(`this.say(ok ? 'Saved.' : 'Failed');`)).toEqual(['Saved.', 'Failed']);
    expect(findingsOf(`el.textContent = 'Connecting';`)).toEqual(['Connecting']);
    expect(findingsOf(`box.append(el('h3', 'News'));`)).toEqual(['News']);
    expect(findingsOf(`class A extends BaseScene { constructor(app) { super(Key.A, app, 'Setup'); } }`)).toEqual([
      'Setup',
    ]);
    expect(findingsOf(`input.setAttribute('aria-label', 'Session code');`)).toEqual(['Session code']);
    expect(findingsOf(`const why = \`\${ally}. Pressed \${n} times.\`;`)).toEqual(['{…}. Pressed {…} times.']);
    expect(findingsOf(`const r = x.startsWith('a.') ? null : { ok: false, reason: 'no such table' };`)).toEqual([
      'no such table',
    ]);
  });

  it('lets keys, symbols, styles, imports and types pass', () => {
    const code = `import { x } from '../strings/common';
      type Side = 'seoul side' | 'tokyo';
      if (e.key === 'Escape' || phase === 'ended') go();
      scene.add.text(0, 0, '⚠', textStyle(SIZE.body, COLOR.text, { align: 'center' }));
      label.setText(\`\${a} · \${b}\`);
      box.style.border = '3px solid #f0e442';
      Object.assign(b.style, { fontFamily: 'monospace', padding: '0.4rem 1.4rem' });
      throw new Error('the catalogue is not loaded yet');
      const table = { 'two words': 1 };
      const ally = c.name === 'South Korea';
      labels.get('Seoul')?.setText(mood);
      new Button(s, 0, 0, 9, 9, label, () => press(id, 'private'));
      const row = el('div', null, 'row');
      if (cause.startsWith('facilitator.') || id.split('drift.')[1]) go();
      applyEffects(draft, fx, \`initiative.\${def.id}.\${q.channel}\`);`;
    expect(findingsOf(code)).toEqual([]);
  });
});
