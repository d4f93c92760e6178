// Leader election between game windows on one session id: the first holds the lock while it runs,
// a second is told 'elsewhere', other session ids are independent, and a released lock goes to the
// next window that asks. Without Web Locks every window runs.
import { describe, expect, it } from 'vitest';
import { claimLeadership, type LockManagerLike } from '../../src/seminar/leader';

/** An in-memory lock manager with Web Locks' ifAvailable semantics. */
function fakeLocks(): LockManagerLike {
  const held = new Set<string>();
  return {
    async request(name, _opts, callback) {
      if (held.has(name)) return callback(null);
      held.add(name);
      try {
        return await callback({ name });
      } finally {
        held.delete(name);
      }
    },
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('one window runs a seminar', () => {
  it('the first window leads; a second on the same id is elsewhere; another id leads too', async () => {
    const locks = fakeLocks();
    const heard: string[] = [];
    const releaseA = claimLeadership(locks, 'MF1.1', (l) => heard.push(`a:${l}`));
    await settle();
    claimLeadership(locks, 'MF1.1', (l) => heard.push(`b:${l}`));
    claimLeadership(locks, 'MF1.2', (l) => heard.push(`c:${l}`));
    await settle();
    expect(heard).toEqual(['a:leader', 'b:elsewhere', 'c:leader']);
    releaseA();
    await settle();
    claimLeadership(locks, 'MF1.1', (l) => heard.push(`d:${l}`));
    await settle();
    expect(heard.at(-1)).toBe('d:leader');
  });

  it('without Web Locks, or when the request fails, a window runs as before', async () => {
    const heard: string[] = [];
    claimLeadership(undefined, 'x', (l) => heard.push(l));
    const failing: LockManagerLike = { request: () => Promise.reject(new Error('SecurityError')) };
    claimLeadership(failing, 'x', (l) => heard.push(l));
    await settle();
    expect(heard).toEqual(['leader', 'leader']);
  });
});

describe('the answer is given once', () => {
  it('a listener that throws on “elsewhere” does not turn the window into the leader', async () => {
    const locks = fakeLocks();
    claimLeadership(locks, 'y', () => {});
    await settle();
    const heard: string[] = [];
    claimLeadership(locks, 'y', (l) => {
      heard.push(l);
      throw new Error('a listener failed');
    });
    await settle();
    expect(heard).toEqual(['elsewhere']);
  });
});
