// The display names of the model's vocabulary (src/model/vocabulary.ts): the capitals, the posture
// dial's levels and every meter, as a label and inside a sentence. The model keys them by its own
// types, so a name missing here fails the compiler there. Pure, with no imports, so the model may use it.

export const allyNames = { seoul: 'Seoul', tokyo: 'Tokyo' } as const;

export const postureNames = { 0: 'quiet', 1: 'nudge', 2: 'press', 3: 'lean hard' } as const;

/** A meter's name as a label (meter rows, change lists). */
export const meterNames = {
  'seoul.backlash': 'Seoul backlash',
  'seoul.approval': 'Seoul approval',
  'seoul.willingness': 'Seoul willingness',
  'tokyo.backlash': 'Tokyo backlash',
  'tokyo.approval': 'Tokyo approval',
  'tokyo.willingness': 'Tokyo willingness',
  trust: 'Trust',
  momentum: 'Momentum',
  threat: 'Threat',
  credibility: 'Credibility',
} as const;

/** A meter's name inside a sentence ("… added 4 to Seoul's backlash."). */
export const meterPhrases = {
  'seoul.backlash': "Seoul's backlash",
  'seoul.approval': "Seoul's approval",
  'seoul.willingness': "Seoul's willingness",
  'tokyo.backlash': "Tokyo's backlash",
  'tokyo.approval': "Tokyo's approval",
  'tokyo.willingness': "Tokyo's willingness",
  trust: 'Seoul–Tokyo trust',
  momentum: 'momentum',
  threat: 'threat',
  credibility: "Washington's credibility",
} as const;
