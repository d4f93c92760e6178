// `npm run schema`: writes the JSON Schemas of scenario files and of the deck to schemas/, so
// editors validate and complete scenario files. A test checks the committed files are current.

import { writeFileSync } from 'node:fs';
import { schemaFiles } from '../src/content/jsonSchema';

for (const [path, schema] of Object.entries(schemaFiles())) {
  writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${path}`);
}
