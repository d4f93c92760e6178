// The scenario and deck schemas as JSON Schema (draft 2020-12), generated from the zod schema so
// the two can never disagree. Written to schemas/ by `npm run schema`.

import { z } from 'zod';
import { deck, scenarioFile } from './schema';

export function schemaFiles(): Record<string, unknown> {
  return {
    'schemas/scenario.schema.json': {
      title: 'Mending Fences scenario',
      ...z.toJSONSchema(scenarioFile, { io: 'input' }),
    },
    'schemas/deck.schema.json': {
      title: 'Mending Fences deck (events, initiatives, milestones, endings, advisors, glossary)',
      ...z.toJSONSchema(deck, { io: 'input' }),
    },
  };
}
