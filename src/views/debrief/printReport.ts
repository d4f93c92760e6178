// The printed handout: the Markdown report rendered as plain DOM text into <article id="print-report">,
// which only the print style sheet (index.html, media="print") shows while it hides the canvas.
// Every line goes in with textContent, so nothing a player typed can become markup.

/** Undoes the report's Markdown escaping, for display as plain text. */
export function unescapeMd(text: string): string {
  return text.replace(/\\(.)/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

const stripBold = (s: string) => s.replace(/(^|[^\\])\*\*(.+?)\*\*/g, '$1$2');

/** Fills (creating if needed) the print article with the report. */
export function preparePrint(doc: Document, markdown: string): HTMLElement {
  let article = doc.getElementById('print-report');
  if (!article) {
    article = doc.createElement('article');
    article.id = 'print-report';
    doc.body.append(article);
  }
  article.replaceChildren();
  let list: HTMLElement | null = null;
  const add = (tag: string, text: string, into: HTMLElement) => {
    const el = doc.createElement(tag);
    el.textContent = unescapeMd(stripBold(text));
    into.append(el);
  };
  for (const line of markdown.split('\n')) {
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    const bullet = /^- (.*)$/.exec(line);
    const numbered = /^\d+\. (.*)$/.exec(line);
    if (bullet || numbered) {
      const tag = bullet ? 'ul' : 'ol';
      let into = list as HTMLElement | null;
      if (into?.tagName.toLowerCase() !== tag) {
        into = doc.createElement(tag);
        article.append(into);
      }
      list = into;
      add('li', (bullet ?? numbered)![1], into);
      continue;
    }
    list = null;
    if (heading) add(`h${heading[1].length}`, heading[2], article);
    else if (line.trim()) add('p', line, article);
  }
  return article;
}
