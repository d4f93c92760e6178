// Each ally's meter keys as constants. Hot rules read and write an ally's meters through this
// table rather than building 'seoul.backlash' from the ally's id every time.

import type { AllyId, MeterKey } from '../types';

export interface AllyMeterKeys {
  backlash: MeterKey;
  approval: MeterKey;
  willingness: MeterKey;
}

export const ALLY_METERS: Readonly<Record<AllyId, Readonly<AllyMeterKeys>>> = {
  seoul: { backlash: 'seoul.backlash', approval: 'seoul.approval', willingness: 'seoul.willingness' },
  tokyo: { backlash: 'tokyo.backlash', approval: 'tokyo.approval', willingness: 'tokyo.willingness' },
};
