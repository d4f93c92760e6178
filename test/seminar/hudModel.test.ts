// The seminar HUD's live-region banners: pause before the screen's text; injects, revealed values
// and time-up after it; the revealed true values are never said on the hand-over screen; a window
// that does not run its seminar says so.
import { describe, expect, it } from 'vitest';
import { liveBanners } from '../../src/views/seminar/hudModel';
import { seminar, toPlanning } from './helpers';

describe('HUD banners', () => {
  const s = seminar();
  toPlanning(s.session);
  s.send({ kind: 'adjust', meter: 'tokyo.backlash', value: 63.7, reason: 'test' });
  const ctx = s.session.actor.getSnapshot().context;

  it('says the revealed true values in the room, not on the hand-over', () => {
    const room = liveBanners({ paused: false, revealed: true, timeUp: false, ctx, onRoom: true });
    expect(room.after).toContain('Tokyo: backlash 63.7');
    const handover = liveBanners({ paused: false, revealed: true, timeUp: false, ctx, onRoom: false });
    expect(handover.after).not.toContain('63.7');
    expect(handover.after).not.toMatch(/Revealed/);
  });

  it('says pause before and time-up after on every screen', () => {
    const b = liveBanners({ paused: true, revealed: false, timeUp: true, ctx, onRoom: false });
    expect(b.before).toMatch(/^Paused by the facilitator/);
    expect(b.after).toMatch(/Time!/);
  });

  it('a window that does not run the seminar says so first, even when paused', () => {
    const b = liveBanners({ paused: true, elsewhere: true, revealed: false, timeUp: false, ctx, onRoom: true });
    expect(b.before).toMatch(/^This seminar is open in another window of this browser; this one does not run it\./);
    expect(b.before).not.toMatch(/Paused/);
  });
});
