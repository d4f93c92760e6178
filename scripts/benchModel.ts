// `npm run bench:model`: bundles the benchmark with Vite (as the browser gets the model: one
// optimised bundle, no per-module loader) and runs it in a single Node process, i.e. on one core.
// Prints numbers; it is not a pass/fail test.

import { execFileSync } from 'node:child_process';
import { build } from 'vite';

const outDir = 'dist-bench';
await build({
  configFile: false,
  logLevel: 'warn',
  build: { ssr: 'scripts/benchEntry.ts', outDir, emptyOutDir: true, target: 'node20', minify: true },
  ssr: { noExternal: true },
});
execFileSync(process.execPath, [`${outDir}/benchEntry.js`], { stdio: 'inherit', env: process.env });
