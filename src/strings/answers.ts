// Why a computer delegation answered as it did (src/model/answerReasons.ts): each term of the
// answer score in words, for when it helped a yes and for when it pushed toward no, the wordings
// where two facts combine, and how the reasons are joined. Pure, with no imports, so the model may
// use it.

export const terms = {
  willingness: { helps: 'it is willing to deal', hurts: 'it is reluctant to deal' },
  domesticCost: { helps: 'it costs little at home', hurts: 'it costs a lot at home' },
  backlash: { helps: 'its public is calm', hurts: 'its public is uneasy' },
  credibility: { helps: 'it trusts Washington as a broker', hurts: 'it doubts Washington as a broker' },
  trust: { helps: 'it trusts its neighbour', hurts: 'it does not trust its neighbour' },
  threat: { helps: 'the threat makes it easier to sell', hurts: 'the calm makes it harder to sell' },
  season: { helps: 'a fresh mandate gives it room', hurts: 'its political season leaves no room' },
  imbalance: { helps: 'the give-and-take feels fair', hurts: 'it feels it has given more than its neighbour' },
  channel: { helps: 'the private channel spares its face', hurts: 'the ask was made in public' },
  momentum: { helps: 'the process is moving and carries it along', hurts: 'the process has stalled' },
  approval: { helps: 'its leader has capital to spend', hurts: 'its leader is too weak at home to give' },
} as const;

export const combined = {
  campaignHistory: 'the campaign makes history costly',
  campaignConcession: 'the campaign makes any concession costly',
  threatSecurity: 'the threat makes security easy to sell',
  /**
   * A public weighing heavily on the answer: the delegation speaks of its public's reaction, never of
   * a level, so its words never contradict Washington's estimate (the level stays hidden).
   */
  publicAngry: 'it says its public will not stand for it',
  campaigning: 'it is campaigning',
  weakened: 'a weakened government has little room',
} as const;

export const balance = { yes: 'on balance it could say yes', no: 'on balance it could not say yes' } as const;

/** How reasons join: "a, b and c", "a, though d". */
export const join = {
  list: ', ',
  pair: ' and ',
  though: (main: string, despite: string) => `${main}, though ${despite}`,
} as const;

export const noReason = 'No reason given.';

/** After the reason for a no given on the campaign trail: what it costs the card (REJECTION.stumpWait). */
export const stumpHold = 'A no given on the campaign trail holds: the card will wait longer than after an ordinary no.';
