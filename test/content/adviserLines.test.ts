// Every adviser's text fits the advisers' panel: "role: “line”" is at most ADVISER_TEXT_MAX
// characters (three wrapped lines each at the smallest type; the browser's layout test renders the
// three longest together and checks them on screen).

import { expect, it } from 'vitest';
import { loadDeck } from '../../src/content/catalog';
import { ADVISER_TEXT_MAX } from '../../src/views/layout';

it(`every adviser's text is at most ${ADVISER_TEXT_MAX} characters`, () => {
  const deck = loadDeck();
  if (!deck.ok) throw new Error('deck does not load');
  const long = deck.value.advisors.flatMap((a) =>
    Object.entries(a.lines)
      .map(([situation, line]) => ({ at: `${a.id}.${situation}`, n: `${a.role}: “${line}”`.length }))
      .filter((x) => x.n > ADVISER_TEXT_MAX),
  );
  expect(long).toEqual([]);
});
