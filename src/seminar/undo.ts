// The undo stack: persisted snapshots as JSON text, taken when a month's planning opens and before
// every facilitator action. Undo returns the newest snapshot that differs from the game as it is
// now, so "undo" at the start of a month goes back to the start of the previous one.

export class UndoStack {
  private readonly items: string[] = [];

  constructor(private readonly limit = 80) {}

  get depth(): number {
    return this.items.length;
  }

  /** Keep a snapshot (as JSON); a repeat of the newest one is not stored twice. */
  push(json: string): void {
    if (this.items.at(-1) === json) return;
    this.items.push(json);
    if (this.items.length > this.limit) this.items.shift();
  }

  /** The snapshot to restore, given the current one; null when there is nothing earlier. */
  takeBefore(currentJson: string): string | null {
    while (this.items.length > 0 && this.items.at(-1) === currentJson) this.items.pop();
    // The restored snapshot stays on the stack: undoing again from there goes one step further back.
    return this.items.at(-1) ?? null;
  }
}
