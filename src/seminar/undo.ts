// The undo stack: decision cursors (how many decisions the game had), taken when a month's
// planning opens and before every facilitator action. A game is a function of its first decisions,
// so undo replays the first `cursor` decisions; nothing else is kept. Undo returns the newest
// cursor that differs from the game as it is now, so "undo" at the start of a month goes back to
// the start of the previous one. The stack only ever holds prefixes of the current game: cursors
// grow with the game, and an undo drops every cursor above the one restored.

export class UndoStack {
  private readonly items: number[] = [];

  constructor(
    private readonly limit = 80,
    kept: readonly number[] = [],
  ) {
    for (const c of kept) this.push(c);
  }

  /** The cursors kept, oldest first (a seminar's autosave keeps them across a reload). */
  list(): number[] {
    return [...this.items];
  }

  get depth(): number {
    return this.items.length;
  }

  /** Keep a cursor; a repeat of the newest one is not stored twice. */
  push(cursor: number): void {
    if (this.items.at(-1) === cursor) return;
    this.items.push(cursor);
    if (this.items.length > this.limit) this.items.shift();
  }

  /** The cursor to go back to, given the current one; null when there is nothing earlier. */
  takeBefore(current: number): number | null {
    while (this.items.length > 0 && (this.items.at(-1) ?? 0) >= current) this.items.pop();
    // The restored cursor stays on the stack: undoing again from there goes one step further back.
    return this.items.at(-1) ?? null;
  }
}
