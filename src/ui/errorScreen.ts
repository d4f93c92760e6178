// The browser's error screen: plain DOM over the canvas, built with textContent only, so a problem
// in the data is shown line by line instead of a blank page. Self-contained but for its words, which
// come in `words` (the catalogue's by default), so a test can run it in the page as it is.

import { common } from '../strings';

const WORDS = { intro: common.errorIntro, reload: common.reload };

export function showErrorScreen(doc: Document, title: string, lines: string[], words = WORDS): void {
  doc.getElementById('error')?.remove();
  const box = doc.createElement('section');
  box.id = 'error';
  box.setAttribute('role', 'alert');
  const h = doc.createElement('h1');
  h.textContent = title;
  const p = doc.createElement('p');
  p.textContent = words.intro;
  const pre = doc.createElement('pre');
  pre.textContent = lines.join('\n');
  const again = doc.createElement('button');
  again.type = 'button';
  again.textContent = words.reload;
  again.addEventListener('click', () => doc.location.reload());
  box.append(h, p, pre, again);
  doc.body.append(box);
  again.focus();
}
