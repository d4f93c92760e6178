import { describe, expect, it } from 'vitest';
import { ROOM, UNDER_CARD, within } from '../../src/views/layout';

describe('UNDER_CARD', () => {
  it('names the room regions the event card covers wholly, and only those', () => {
    expect(UNDER_CARD).toEqual(['meters', 'posture']);
    for (const k of UNDER_CARD) expect(within(ROOM[k], ROOM.modal)).toBe(true);
    expect(within(ROOM.capitals, ROOM.modal)).toBe(false); // its top edge shows above the card
  });
});
