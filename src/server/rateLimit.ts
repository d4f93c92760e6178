// A token bucket per socket and kind of message: `burst` at once, then `perSecond`. The clock is
// passed in, so tests need no waiting.

export class Bucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    now: number,
  ) {
    this.tokens = burst;
    this.last = now;
  }

  take(now: number): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

export interface Limits {
  /** Any message: game events, console actions, syncs. */
  actions: { burst: number; perSecond: number };
  /** Messages between delegations. */
  says: { burst: number; perSecond: number };
}

export const DEFAULT_LIMITS: Limits = {
  actions: { burst: 40, perSecond: 10 },
  says: { burst: 5, perSecond: 0.5 },
};
