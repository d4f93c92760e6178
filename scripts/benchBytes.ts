// The byte budget alone (`npm run bench:bytes`), in a few seconds and without a browser: builds the
// game with vite.config.ts into dist-bench-bytes/, follows the page's static graph (index.html's
// script, its modulepreloads and their static imports, the SW registration and the icon) and prints
// gzip -9 of each file, as `npm run bench:web` counts the files requested before the title's first
// frame. Chunks reached only through `import()` (the content catalog, fetched once the title has
// drawn) and the map JSON (likewise) are listed apart: they are not on the first frame's path.
//
// `--modules` also prints the biggest modules of the first-load chunks (rendered size, before gzip).

import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'dist-bench-bytes');
// the map's address, from the scene that fetches it (importing the scene would pull in Phaser)
const MAP_URL = /MAP_URL = '([^']+)'/.exec(readFileSync(join(ROOT, 'src/scenes/PreloadScene.ts'), 'utf8'))?.[1];
const BUDGET = 150_000; // docs/performance.md: the app's own code, gzip
const kB = (b: number) => `${(b / 1000).toFixed(1)} kB`;
const gz = (f: string) => gzipSync(readFileSync(f), { level: 9 }).length;

const t0 = performance.now();
const result = await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true } });
const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
const chunks = new Map<string, Rolldown.OutputChunk>();
for (const o of outputs) for (const c of o.output) if (c.type === 'chunk') chunks.set(c.fileName, c);
const entry = [...chunks.values()].find((c) => c.isEntry && c.facadeModuleId?.endsWith('index.html'));
if (!entry) throw new Error('no chunk for index.html in the build');

// the entry's static import closure: what the browser fetches before the first line runs
const first = new Set<string>();
const visit = (name: string) => {
  if (first.has(name)) return;
  first.add(name);
  for (const i of chunks.get(name)?.imports ?? []) visit(i);
};
visit(entry.fileName);
const html = readFileSync(join(OUT, 'index.html'), 'utf8');
const referenced = [...html.matchAll(/<(?:script|link)\b[^>]*>/g)]
  .map((m) => m[0])
  .filter((tag) => /<script|rel="(?:icon|modulepreload)"/.test(tag))
  .map((tag) => /(?:src|href)="\.?\/?([^"]+)"/.exec(tag)?.[1])
  .filter((p): p is string => !!p && !p.startsWith('assets/'));
const files = ['index.html', ...referenced, ...first];
const isPhaser = (f: string) => /(^|\/)phaser-[^/]*\.js$/.test(f);

console.log(`built in ${(performance.now() - t0).toFixed(0)} ms into ${relative(ROOT, OUT)}/`);
console.log('\n== first load: gzip -9 of index.html, what it references and its static JS graph ==');
let own = 0;
let ownJs = 0;
let phaser = 0;
for (const f of files) {
  const path = join(OUT, f);
  const g = gz(path);
  if (isPhaser(f)) phaser += g;
  else {
    own += g;
    if (f.endsWith('.js')) ownJs += g;
  }
  console.log(`  ${f.padEnd(34)} ${kB(statSync(path).size).padStart(10)} raw ${kB(g).padStart(9)} gz`);
}
const verdict = own <= BUDGET ? `within, ${kB(BUDGET - own)} to spare` : `OVER by ${kB(own - BUDGET)}`;
console.log(
  `app's own code (all but the phaser chunk): ${kB(own)}  (JS only ${kB(ownJs)})  (target ≤ 150 kB: ${verdict})`,
);
console.log(`phaser chunk: ${kB(phaser)} · total first load: ${kB(own + phaser)}  (target ≤ 600 kB)`);

// what the game can load later: the import() targets of the first-load chunks and their imports
const lazy = new Set<string>();
const later = (name: string) => {
  if (first.has(name) || lazy.has(name)) return;
  lazy.add(name);
  for (const i of chunks.get(name)?.imports ?? []) later(i);
};
for (const f of first) for (const d of chunks.get(f)?.dynamicImports ?? []) later(d);
console.log('\n== after the first frame or on demand (import(), the map), gzip -9; not counted ==');
for (const f of [...[...lazy].sort(), ...(MAP_URL ? [MAP_URL] : [])])
  console.log(`  ${f.padEnd(34)} ${kB(gz(join(OUT, f))).padStart(9)} gz`);

if (process.argv.includes('--modules')) {
  const rows = [...first]
    .flatMap((f) => Object.entries(chunks.get(f)?.modules ?? {}).map(([id, m]) => ({ id, f, size: m.renderedLength })))
    .filter((r) => !isPhaser(r.f))
    .sort((a, b) => b.size - a.size)
    .slice(0, 40);
  console.log('\n== biggest modules of the first-load chunks (rendered, before gzip) ==');
  for (const r of rows)
    console.log(`  ${kB(r.size).padStart(9)}  ${relative(ROOT, r.id.replace(/\0/g, '')).padEnd(60)} ${r.f}`);
}
