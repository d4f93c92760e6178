// `npm run machine:shape`: the statechart's size from its definition — state nodes (and how many
// are atomic), transitions on events, and eventless (`always`) transitions.

import { gameMachine } from '../src/model/machine';

interface NodeLike {
  type: string;
  transitions: Map<string, unknown[]>;
  always?: unknown[];
  states: Record<string, NodeLike>;
}

const count = { states: 0, atomic: 0, transitions: 0, eventless: 0 };
const walk = (node: NodeLike) => {
  count.states++;
  if (node.type === 'atomic' || node.type === 'final') count.atomic++;
  for (const ts of node.transitions.values()) count.transitions += ts.length;
  count.eventless += node.always?.length ?? 0;
  for (const child of Object.values(node.states)) walk(child);
};
walk(gameMachine.root as unknown as NodeLike);
console.log(
  `${count.states} state nodes (${count.atomic} atomic), ${count.transitions} transitions on events, ${count.eventless} eventless`,
);
