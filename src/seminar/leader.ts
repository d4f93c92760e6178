// One window runs a seminar: a second game window opened on the same session id (a second tab, a
// reopened link) must not obey the console too, nor overwrite the autosave. The windows of one
// browser elect the runner with the Web Locks API: the first to ask holds the session's lock for as
// long as it runs the seminar; a later one is told it is elsewhere. Where the browser has no Web
// Locks (an insecure page, an old browser) every window runs, as before.

/** The part of `navigator.locks` used here (injectable for tests). */
export interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable: true },
    callback: (lock: unknown | null) => Promise<unknown> | undefined,
  ): Promise<unknown>;
}

export type Leadership = 'pending' | 'leader' | 'elsewhere';

export const lockName = (sessionId: string) => `mending-fences:seminar:${sessionId}`;

/** Ask to run `sessionId`; `decide` hears 'leader' or 'elsewhere', once. Returns the release. */
export function claimLeadership(
  locks: LockManagerLike | undefined,
  sessionId: string,
  decide: (l: Exclude<Leadership, 'pending'>) => void,
): () => void {
  let decided = false;
  const changed = (l: Exclude<Leadership, 'pending'>) => {
    if (decided) return;
    decided = true;
    decide(l);
  };
  let released = false;
  let release = () => {};
  const held = new Promise<void>((done) => {
    release = done;
  });
  if (!locks) {
    changed('leader');
    return () => {};
  }
  locks
    .request(lockName(sessionId), { ifAvailable: true }, (lock) => {
      if (released) return undefined; // given up before the answer: let the lock go at once
      if (lock === null) {
        changed('elsewhere');
        return undefined;
      }
      changed('leader');
      return held;
    })
    .catch(() => {
      if (!released) changed('leader'); // the browser refused the request itself: run, as before
    });
  return () => {
    released = true;
    release();
  };
}
