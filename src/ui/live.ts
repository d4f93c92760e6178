// The DOM mirror: a visually hidden ARIA live region (#live in index.html) that says what the screen
// says. Text only (textContent), so names a player typed can never become markup.

export interface LiveRegion {
  say(text: string): void;
  readonly text: string;
}

export function liveRegion(doc: Document): LiveRegion {
  const el = doc.getElementById('live');
  let last = '';
  return {
    say(text: string) {
      if (text === last) return;
      last = text;
      if (el) el.textContent = text;
    },
    get text() {
      return last;
    },
  };
}
