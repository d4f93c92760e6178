// Every word the screens show comes from the string catalogue (src/strings): the UI's code in
// src/ui, src/views, src/scenes and src/net holds no sentence and passes no literal word to a text
// call. The scanner is shown to catch planted literals and to let keys, styles and symbols pass.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiStringFindings } from './uiStrings';

const UI_DIRS = ['src/ui', 'src/views', 'src/scenes', 'src/net'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name).replaceAll('\\', '/');
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const findingsOf = (code: string) => uiStringFindings(code, 'planted.ts').map((f) => f.text);

describe('the string catalogue', () => {
  const files = UI_DIRS.flatMap(filesUnder);

  it('the screens take their words from src/strings', () => {
    const found = files.flatMap((f) =>
      uiStringFindings(readFileSync(f, 'utf8'), f).map((x) => `${f}:${x.line} ${JSON.stringify(x.text)}`),
    );
    expect(found).toEqual([]);
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
