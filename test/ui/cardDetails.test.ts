// The initiative details pane's words: every prerequisite at once with whether it is met (from
// what Washington sees), the cost line, and the glossary terms a card uses (by its words, or by
// the glossary's own list of cards), checked on the shipped deck.

import { describe, expect, it } from 'vitest';
import { loadDeck, loadShippedScenario } from '../../src/content/catalog';
import type { GlossaryEntry, InitiativeDef } from '../../src/content/schema';
import { createInitialContext, nextContext } from '../../src/model/context';
import { selectInitiativeDetails } from '../../src/model/initiativeDetails';
import { blockReason } from '../../src/model/rules/initiatives';
import { launchState } from '../../src/model/phases/planning';
import { DEFAULT_SETTINGS } from '../../src/model/context';
import { cardDetails, glossaryTermsIn, unmetPrerequisites } from '../../src/views/cardDetails';

const deck = loadDeck();
if (!deck.ok) throw new Error('deck does not load');
const glossary = deck.value.glossary;
const flagship = loadShippedScenario('mending-fences');
if (!flagship.ok) throw new Error('flagship does not load');
const start = createInitialContext({ scenario: flagship.value, settings: DEFAULT_SETTINGS });

describe('selectInitiativeDetails', () => {
  it('lists every prerequisite at once, where the block reason names only the first', () => {
    const d = selectInitiativeDetails(start, 'missile-warning-data');
    expect(d?.prerequisites.map((p) => [p.text, p.met])).toEqual([
      ['“Trilateral summit with a joint statement” secured', false],
      ['“Trilateral drills resume” secured', false],
    ]);
    const def = flagship.value.initiatives['missile-warning-data'];
    expect(blockReason(def, 'private', launchState(start, []), flagship.value)).toMatch(
      /Trilateral summit with a joint statement/,
    );
    const half = nextContext(start, { milestones: { ...start.milestones, 'trilateral-summit': 0 } });
    const h = selectInitiativeDetails(half, 'missile-warning-data');
    expect(h?.prerequisites.map((p) => p.met)).toEqual([true, false]);
    expect(unmetPrerequisites(h?.prerequisites ?? []).map((p) => p.text)).toEqual([
      '“Trilateral drills resume” secured',
    ]);
  });

  it('counts the campaign rule of a history concession as a prerequisite', () => {
    const campaigning = nextContext(start, {
      milestones: { ...start.milestones, 'ministerial-channel': 0 },
      politics: { ...start.politics, seoul: { ...start.politics.seoul, season: 'campaigning' } },
    });
    const d = selectInitiativeDetails(campaigning, 'back-compensation-fund');
    expect(d?.prerequisites.map((p) => [p.text, p.met])).toEqual([
      ['“Ministerial channel reopened” secured', true],
      ['Seoul not campaigning (a history concession)', false],
    ]);
  });

  it('counts a leaders’ summit as a prerequisite of the trilateral, naming the next one when this month has none', () => {
    const open = { ...start.milestones, 'ministerial-channel': 0 };
    // The flagship opens in May 2022 (Biden's visits, no three-leader summit); June is Madrid.
    const may = selectInitiativeDetails(nextContext(start, { milestones: open }), 'convene-trilateral');
    expect(may?.prerequisites.map((p) => [p.text, p.met])).toEqual([
      ['“Ministerial channel reopened” secured', true],
      ['a summit the three leaders attend (next: Jun 2022, NATO summit, Madrid)', false],
    ]);
    const june = nextContext(start, { milestones: open, turn: 1 });
    expect(selectInitiativeDetails(june, 'convene-trilateral')?.prerequisites[1]).toEqual({
      text: 'a summit the three leaders attend (this month: NATO summit, Madrid)',
      met: true,
    });
    const def = flagship.value.initiatives['convene-trilateral'];
    expect(blockReason(def, 'private', launchState(june, []), flagship.value)).toBeNull();
    const july = nextContext(start, { milestones: open, turn: 2 });
    expect(blockReason(def, 'private', launchState(july, []), flagship.value)).toBe(
      'no summit of the three leaders this month (next: Sep 2022)',
    );
  });

  it('never judges a condition on a hidden meter, and knows no card that is not in the scenario', () => {
    const hidden: InitiativeDef = {
      ...flagship.value.initiatives['public-praise'],
      preconditions: [
        { meter: 'seoul.backlash', below: 60 },
        { meter: 'threat', above: 10 },
      ],
    };
    const ctx = nextContext(start, {
      scenario: { ...flagship.value, initiatives: { ...flagship.value.initiatives, 'public-praise': hidden } },
    });
    expect(selectInitiativeDetails(ctx, 'public-praise')?.prerequisites.map((p) => p.met)).toEqual([null, true]);
    expect(selectInitiativeDetails(start, 'no-such-card')).toBeNull();
  });
});

describe('glossaryTermsIn', () => {
  const g = (term: string, cards: string[] = []): GlossaryEntry => ({ term, text: `${term} explained`, cards });
  it.each([
    [['Revive GSOMIA'], ['GSOMIA']],
    [['pay the forced-labour awards'], ['Forced labour / wartime labour']],
    [['invoke the commitment to consult'], ['Camp David principles / Commitment to Consult']],
    [['two trusted partners'], []], // "Trust" is not in "trusted"
    [['restore whitelists'], ['Whitelist / export controls']],
  ])('%j uses %j', (texts, expected) => {
    const list = [
      g('GSOMIA'),
      g('Forced labour / wartime labour'),
      g('Camp David principles / Commitment to Consult'),
      g('Trust'),
      g('Whitelist / export controls'),
    ];
    expect(glossaryTermsIn('x', texts, list).map((e) => e.term)).toEqual(expected);
  });
  it('adds the terms the glossary lists the card under, and keeps to `max`', () => {
    expect(glossaryTermsIn('drill', ['nothing here'], [g('Freedom Edge', ['drill']), g('NCG')])).toHaveLength(1);
    expect(glossaryTermsIn('x', ['ab cd ef'], [g('ab'), g('cd'), g('ef')], 2).map((e) => e.term)).toEqual(['ab', 'cd']);
  });
  it('finds a term for most shipped cards, from their words or the glossary’s lists', () => {
    const ids = Object.keys(flagship.value.initiatives);
    const withTerms = ids.filter((id) => {
      const d = selectInitiativeDetails(start, id);
      return d && cardDetails(d, glossary).terms.length > 0;
    });
    expect(withTerms.length).toBeGreaterThanOrEqual(ids.length / 2);
  });
});

describe('cardDetails', () => {
  it('says the cost, channels, who is asked, what it secures and how many prerequisites are unmet', () => {
    const d = selectInitiativeDetails(start, 'revive-gsomia');
    if (!d) throw new Error('no GSOMIA card');
    const m = cardDetails(d, glossary);
    expect(m.cost).toBe(
      'Costs 1 bandwidth · private or public · asks Seoul. Accepted, it secures “GSOMIA normalised”.',
    );
    expect(m.prerequisitesHeading).toBe('Prerequisites: 1 of 1 not met yet');
    expect(m.prerequisites[0].mark).toBe('✘ not yet');
    expect(m.terms.map((t) => t.term)).toEqual(['GSOMIA']);
    expect(m.ask).toMatch(/^The ask: /);
    const none = selectInitiativeDetails(start, 'public-praise');
    expect(none && cardDetails(none, glossary).prerequisitesHeading).toBe('Prerequisites: none');
  });
});
