// Why this month's bandwidth is what it is (src/model/bandwidthReasons.ts): each thing that takes
// some away, in a sentence's words and in a few for the room's header line. Pure, with no imports,
// so the model may use it.

export const usCampaign = { what: (election: string) => `the campaign for the ${election}`, short: 'US campaign' };
export const severeThreat = { what: 'the severe threat', short: 'severe threat' } as const;
export const borrowed = { what: "last month's event choices borrowed it", short: 'event choices' } as const;
