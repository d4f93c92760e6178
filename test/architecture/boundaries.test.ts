// The layers stay where they belong. The model, the content, the report layer and the seminar's
// pure modules (the session among them): no Phaser, no DOM, no globalThis, no clock (Date,
// performance), no crypto or Math.random, no timers, no side-effect or dynamic imports, and imports
// only from their own layers. Views, scenes, ui, app and save reach the model only through
// src/model/index.ts; the seminar and report layers still reach deeper, on a list that may only
// shrink. Every rule is shown to fail on a planted violation.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deepModelImports, importsOf, type LayerRule, pureProblems, scan } from './imports';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name).replaceAll('\\', '/');
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

// the string catalogue is pure data (its modules import only each other): the model and the report
// layer take their words from it
const MODEL: LayerRule = {
  name: 'the model',
  mayImport: ['src/model', 'src/content', 'src/strings'],
  packages: ['xstate', 'pure-rand', 'zod'],
};
const CONTENT: LayerRule = { name: 'the content', mayImport: ['src/content', 'src/model'], packages: ['zod'] };
const REPORT: LayerRule = {
  name: 'the report layer',
  mayImport: ['src/report', 'src/model', 'src/content', 'src/strings'],
  packages: ['xstate', 'zod'],
};
const STRINGS: LayerRule = { name: 'the string catalogue', mayImport: ['src/strings'], packages: [] };
const SEMINAR: LayerRule = {
  name: "the seminar's pure modules",
  mayImport: ['src/seminar', 'src/model', 'src/content', 'src/report', 'src/strings'],
  packages: ['xstate', 'zod'],
};

/** Seminar modules that are browser adapters by design (the rest of src/seminar/*.ts is pure). */
const SEMINAR_ADAPTERS = ['src/seminar/channel.ts'];

function pureLayers(): [string, LayerRule][] {
  const seminar = readdirSync('src/seminar')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `src/seminar/${f}`)
    .filter((f) => !SEMINAR_ADAPTERS.includes(f));
  return [
    ...filesUnder('src/model').map((f): [string, LayerRule] => [f, MODEL]),
    ...filesUnder('src/strings').map((f): [string, LayerRule] => [f, STRINGS]),
    ...filesUnder('src/content').map((f): [string, LayerRule] => [f, CONTENT]),
    ...filesUnder('src/report').map((f): [string, LayerRule] => [f, REPORT]),
    ...seminar.map((f): [string, LayerRule] => [f, SEMINAR]),
  ];
}

/** Presentation code that must go through src/model/index.ts. */
const PRESENTATION = ['src/views', 'src/scenes', 'src/ui', 'src/app', 'src/save'];

/**
 * Modules that still import model modules directly, and which ones. They are the seminar modules
 * the facilitator console's bundle reaches, which must not pull the machine in through index.ts.
 * The list may only shrink: a new deep import fails, and so does an entry no longer needed.
 */
const DEEP_MODEL_IMPORTS: Record<string, string[]> = {
  'src/seminar/console/dom.ts': ['src/model/rules/bounds'],
  'src/seminar/console/forms.ts': ['src/model/phases/events', 'src/model/phases/facilitation', 'src/model/types'],
  'src/seminar/console/main.ts': ['src/model/types'],
  'src/seminar/console/viewModel.ts': ['src/model/selectors', 'src/model/types'],
  'src/seminar/handover.ts': [
    'src/model/context',
    'src/model/rules/bounds',
    'src/model/rules/proposals',
    'src/model/selectors',
    'src/model/types',
  ],
  'src/seminar/protocol.ts': ['src/model/gameEvents', 'src/model/rules/bounds'],
  'src/seminar/sessionCode.ts': ['src/model/types'],
};

describe('import boundaries', () => {
  const layers = pureLayers();

  it('finds the files of every pure layer', () => {
    const count = (rule: LayerRule) => layers.filter(([, r]) => r === rule).length;
    expect(count(MODEL)).toBeGreaterThan(20);
    expect(count(CONTENT)).toBeGreaterThan(3);
    expect(count(REPORT)).toBeGreaterThan(5);
    expect(layers.map(([f]) => f)).toContain('src/seminar/session.ts');
  });

  it.each(layers)('%s stays pure', (file, rule) => {
    expect(pureProblems(file, readFileSync(file, 'utf8'), rule)).toEqual([]);
  });

  it.each(PRESENTATION.flatMap(filesUnder))('%s reaches the model only through src/model/index.ts', (file) => {
    expect(deepModelImports(file, readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('the seminar and report layers reach into the model no further than the shrinking list', () => {
    const found: Record<string, string[]> = {};
    for (const file of [...filesUnder('src/seminar'), ...filesUnder('src/report')]) {
      const deep = deepModelImports(file, readFileSync(file, 'utf8'));
      if (deep.length) found[file] = deep;
    }
    expect(found).toEqual(DEEP_MODEL_IMPORTS);
  });
});

describe('the checker itself', () => {
  const inModel = (line: string) => pureProblems('src/model/selectors.ts', `${line}\n`, MODEL);

  it.each([
    ["import { MapView } from '../views/MapView';", 'imports src/views/MapView'],
    ["import { SituationRoomScene } from '../scenes/SituationRoomScene';", 'imports src/scenes/SituationRoomScene'],
    ["import '../views/MapView';", 'has a side-effect import of "../views/MapView"'],
    ["export const _l = () => import('../views/MapView');", 'imports dynamically (../views/MapView)'],
    ['export const _l = (m: string) => import(m);', 'imports dynamically (an expression)'],
    ["import type { App } from '../app/session';", 'imports src/app/session'],
    ["export type { App } from '../app/session';", 'imports src/app/session'],
    ["import { playBare } from '../lab/bareGame';", 'imports src/lab/bareGame'],
    ["import type { Scene } from 'phaser/types';", 'imports the package "phaser/types"'],
    ["import Phaser from 'phaser';", 'imports the package "phaser"'],
    ["import { randomUUID } from 'node:crypto';", 'imports the package "node:crypto"'],
    ["const fs = require('node:fs');", 'calls require (node:fs)'],
    ['export const t = globalThis.document.title;', 'reaches globalThis'],
    ['export const t = document.title;', 'touches the DOM'],
    ['export const w = window.innerWidth;', 'touches the DOM'],
    ['export const d = Date();', 'reads the clock'],
    ['export const d = new Date();', 'reads the clock'],
    ['export const d = Date.now();', 'reads the clock'],
    ['export const d = performance.now();', 'reads the clock'],
    ['export const r = crypto.getRandomValues(new Uint32Array(1));', 'uses crypto randomness'],
    ['export const r = Math.random();', 'calls Math.random'],
    ['setTimeout(() => 0, 1);', 'schedules with timers'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: planted source text, not a template
    ['export const s = `${Date.now()} ms`;', 'reads the clock'],
  ])('catches %s', (line, problem) => {
    expect(inModel(line).join('\n')).toContain(problem);
  });

  it('passes clean code, and prose in comments and strings', () => {
    const clean = [
      "import { z } from 'zod';",
      "import type { GameContext } from './types';",
      "import { moodOf } from './rules/bounds';",
      "export { round1 } from './rules/bounds';",
      '// a campaign window. Date.now() and import("x") in a comment',
      'export const s = \'during the campaign window. document.title, Date.now(), import("../views/x")\';',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: planted source text, not a template
      'export const t = `Tokyo campaigns in a window. ${moodOf(80)} then Math.random() in text`;',
      'export const windowOf = (ctx: GameContext) => ctx.turn; // windowOf is not window',
      'const windows = [1]; export const n = windows.length + ctx.performance;',
    ].join('\n');
    expect(inModel(clean)).toEqual([]);
    expect(importsOf(clean).map((r) => `${r.kind} ${r.specifier}`)).toEqual([
      'static zod',
      'static ./rules/bounds',
      'type ./types',
      'export ./rules/bounds',
    ]);
  });

  it('keeps positions when it blanks comments and strings', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: planted source text, not a template
    const text = "const a = 'x'; // c\nconst b = `t${a}`;";
    const { code, bare } = scan(text);
    expect(code.length).toBe(text.length);
    expect(bare.length).toBe(text.length);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the expected blanked source text
    expect(bare).toBe("const a = ' ';     \nconst b = ` ${a}`;");
  });

  it('applies the seminar session the same rules: no DOM and no real clock', () => {
    const planted = "export const now = () => Date.now();\nexport const el = document.body;\nimport '../views/x';";
    expect(pureProblems('src/seminar/session.ts', planted, SEMINAR)).toEqual([
      'has a side-effect import of "../views/x"',
      "imports src/views/x, outside the seminar's pure modules's layers (src/seminar, src/model, src/content, src/report, src/strings)",
      'touches the DOM',
      'reads the clock',
    ]);
  });

  it('lets the report layer import the model but not the views, and no presentation file past index.ts', () => {
    expect(pureProblems('src/report/x.ts', "import { selectPhase } from '../model/selectors';", REPORT)).toEqual([]);
    expect(pureProblems('src/report/x.ts', "import { MapView } from '../views/MapView';", REPORT)).toHaveLength(1);
    expect(deepModelImports('src/views/MapView.ts', "import { moodOf } from '../model/rules/bounds';")).toEqual([
      'src/model/rules/bounds',
    ]);
    expect(deepModelImports('src/views/MapView.ts', "import { moodOf } from '../model';")).toEqual([]);
    expect(deepModelImports('src/views/seminar/x.ts', "import type { A } from '../../model/index';")).toEqual([]);
  });
});
