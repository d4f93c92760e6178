// Every word the game shows comes from the string catalogue (src/strings): the code in src/ui,
// src/views, src/scenes, src/net, src/app, src/report (the debrief, its exports and refusals), the
// facilitator's console (src/seminar/console), the model's prerequisite and card-lock wording, the
// forecast's risks, the computer delegations' reasons and the refusals of a facilitator's move
// holds no sentence and passes no literal word to a
// text call; the HTML pages' static words are {{ page.key }} placeholders the build fills from
// src/strings/pages.ts. The scanner is shown to catch planted literals and to let keys, styles and
// symbols pass.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillPage, pageString } from '../../scripts/pageStrings.ts';
import { uiStringFindings } from './uiStrings';

const UI_DIRS = ['src/ui', 'src/views', 'src/scenes', 'src/net', 'src/app', 'src/seminar/console', 'src/report'];
/** Single files of other layers whose words are the catalogue's. */
const UI_FILES = [
  'src/model/rules/conditions.ts',
  'src/model/rules/initiatives.ts',
  'src/model/forecast.ts',
  'src/model/answerReasons.ts',
  'src/model/phases/events.ts',
  'src/model/phases/facilitation.ts',
];
/** Files under UI_DIRS whose words are not the UI's, and why. */
const NOT_SHOWN: Record<string, string> = {
  'src/app/layoutCheck.ts': 'the layout check the browser tests run (test mode only): its findings are for developers',
  'src/report/historicalMilestones.ts': 'the record’s dates and facts: content, like the deck',
  'src/report/standingQuestions.ts': 'each scenario’s standing questions: content, like the deck',
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
    const found = files.flatMap((f) =>
      uiStringFindings(readFileSync(f, 'utf8'), f).map((x) => `${f}:${x.line} ${JSON.stringify(x.text)}`),
    );
    expect(found).toEqual([]);
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
      const row = el('div', null, 'row');`;
    expect(findingsOf(code)).toEqual([]);
  });
});
