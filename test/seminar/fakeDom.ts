// A tiny stand-in for `document` (createElement, createTextNode, textContent, append) so render
// functions can run in node. It has no HTML parser at all: if code ever used innerHTML, the
// markup would not become elements here, so tests check text content and the tags created.

class FakeNode {
  children: FakeNode[] = [];
  className = '';
  attrs: Record<string, string> = {};
  private text = '';
  classList = { toggle: (_c: string, _on?: boolean) => {} };
  constructor(readonly tagName: string) {}
  get textContent(): string {
    return this.tagName === '#text' ? this.text : this.text + this.children.map((c) => c.textContent).join('');
  }
  set textContent(v: string) {
    this.text = v;
    this.children = [];
  }
  append(...nodes: FakeNode[]) {
    this.children.push(...nodes);
  }
  replaceChildren(...nodes: FakeNode[]) {
    this.text = '';
    this.children = [...nodes];
  }
  setAttribute(k: string, v: string) {
    this.attrs[k] = v;
  }
}

export function fakeDocument() {
  const created: string[] = [];
  const previous = (globalThis as { document?: unknown }).document;
  const doc = {
    created,
    createElement(tag: string) {
      created.push(tag);
      return new FakeNode(tag);
    },
    createTextNode(text: string) {
      const n = new FakeNode('#text');
      n.textContent = text;
      return n;
    },
    restore() {
      (globalThis as { document?: unknown }).document = previous;
    },
  };
  (globalThis as { document?: unknown }).document = doc;
  return doc;
}
