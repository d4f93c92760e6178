// The layer checker behind the boundary test: reads a source file's imports (static, type-only,
// re-exports, side-effect, dynamic, require) and the globals it touches, and judges them against
// the rules of the layer the file belongs to. Pure text processing, tested on planted violations.

import { posix } from 'node:path';

export type ImportKind = 'static' | 'type' | 'export' | 'side-effect' | 'dynamic' | 'require';

export interface ModuleRef {
  kind: ImportKind;
  /** The specifier as written ('../rules/bounds', 'zod'); '' for a dynamic import of an expression. */
  specifier: string;
}

/**
 * The source twice, with the same length and line breaks: `code` without comments, and `bare`
 * without comments and with the contents of every string and template text blanked, so prose in
 * strings is never mistaken for code. Template `${…}` expressions stay code in both.
 */
export function scan(text: string): { code: string; bare: string } {
  let code = '';
  let bare = '';
  const keep = (c: string) => {
    code += c;
    bare += c;
  };
  const blank = (c: string, inString: boolean) => {
    const space = c === '\n' ? '\n' : ' ';
    code += inString ? c : space;
    bare += space;
  };
  const braces: number[] = []; // open-brace depth at each `${` still open
  let depth = 0;
  let i = 0;
  let quote: string | null = null; // ' " or ` while inside a string's text
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (quote) {
      if (c === '\\') {
        blank(c, true);
        if (i + 1 < text.length) blank(text[i + 1], true);
        i += 2;
        continue;
      }
      if (c === quote) {
        keep(c);
        quote = null;
      } else if (quote === '`' && c === '$' && next === '{') {
        keep('${');
        braces.push(depth);
        depth++;
        quote = null;
        i += 2;
        continue;
      } else blank(c, true);
      i++;
      continue;
    }
    if (c === '/' && next === '/') {
      while (i < text.length && text[i] !== '\n') blank(text[i++], false);
      continue;
    }
    if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      while (i < stop) blank(text[i++], false);
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (braces.length && braces[braces.length - 1] === depth) {
        braces.pop();
        keep(c);
        quote = '`';
        i++;
        continue;
      }
    }
    keep(c);
    i++;
  }
  return { code, bare };
}

/** The string literal whose opening quote is at `at` in `code`. */
function literalAt(code: string, at: number): string {
  const q = code[at];
  const end = code.indexOf(q, at + 1);
  return code.slice(at + 1, end);
}

const PATTERNS: [ImportKind, RegExp][] = [
  ['static', /\bimport\s+(?!type\b)(?:[\w$*{}\s,]+?)\s+from\s*(['"])/g],
  ['type', /\bimport\s+type\s+(?:[\w$*{}\s,]+?)\s+from\s*(['"])/g],
  ['export', /\bexport\s+(?:type\s+)?(?:[\w$*{}\s,]+?)\s+from\s*(['"])/g],
  ['side-effect', /\bimport\s*(['"])/g],
  ['dynamic', /\bimport\s*\(\s*/g],
  ['require', /\brequire\s*\(\s*/g],
];

/** Every module a source file refers to, by how it refers to it. */
export function importsOf(text: string): ModuleRef[] {
  const { code, bare } = scan(text);
  const out: ModuleRef[] = [];
  for (const [kind, re] of PATTERNS) {
    for (const m of bare.matchAll(re)) {
      const at = (m.index ?? 0) + m[0].length - (kind === 'dynamic' || kind === 'require' ? 0 : 1);
      const q = code[at];
      const specifier = q === "'" || q === '"' || q === '`' ? literalAt(code, at) : '';
      out.push({ kind, specifier });
    }
  }
  return out;
}

/** A relative specifier as a repository path without extension ('src/model/rules/bounds'); a package as its name. */
export function resolveImport(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return posix.normalize(posix.join(posix.dirname(file), specifier)).replace(/\.(ts|js|json)$/, '');
}

/** The package a bare specifier names ('pure-rand/generator/x' → 'pure-rand', '@a/b/c' → '@a/b'). */
export function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Globals a pure module must not touch, checked on code with comments and strings removed. */
export const FORBIDDEN_GLOBALS: [RegExp, string][] = [
  [/(?<![\w$.])(document|window|navigator|localStorage|sessionStorage|location|HTMLElement)\b/, 'touches the DOM'],
  [/(?<![\w$.])globalThis\b/, 'reaches globalThis'],
  [/Math\s*\.\s*random\b/, 'calls Math.random'],
  [/(?<![\w$.])(Date|performance)\b/, 'reads the clock'],
  [/(?<![\w$.])crypto\b/, 'uses crypto randomness'],
  [/(?<![\w$.])(setTimeout|setInterval|requestAnimationFrame)\b/, 'schedules with timers'],
];

export interface LayerRule {
  name: string;
  /** Folders (repository paths) its relative imports may reach. */
  mayImport: readonly string[];
  /** npm packages it may import. */
  packages: readonly string[];
}

/** What is wrong with a pure module: imports outside its layer, side-effect or dynamic imports, globals. */
export function pureProblems(file: string, text: string, rule: LayerRule): string[] {
  const problems: string[] = [];
  for (const ref of importsOf(text)) {
    if (ref.kind === 'side-effect') problems.push(`has a side-effect import of "${ref.specifier}"`);
    if (ref.kind === 'dynamic') problems.push(`imports dynamically (${ref.specifier || 'an expression'})`);
    if (ref.kind === 'require') problems.push(`calls require (${ref.specifier || 'an expression'})`);
    if (!ref.specifier) continue;
    const target = resolveImport(file, ref.specifier);
    if (ref.specifier.startsWith('.')) {
      if (!rule.mayImport.some((dir) => target === dir || target.startsWith(`${dir}/`))) {
        problems.push(`imports ${target}, outside ${rule.name}'s layers (${rule.mayImport.join(', ')})`);
      }
    } else if (!rule.packages.includes(packageOf(ref.specifier))) {
      problems.push(`imports the package "${ref.specifier}"`);
    }
  }
  const { bare } = scan(text);
  for (const [re, what] of FORBIDDEN_GLOBALS) if (re.test(bare)) problems.push(what);
  return problems;
}

/** The model modules a file imports other than through src/model/index.ts. */
export function deepModelImports(file: string, text: string): string[] {
  const out: string[] = [];
  for (const ref of importsOf(text)) {
    if (!ref.specifier.startsWith('.')) continue;
    const target = resolveImport(file, ref.specifier);
    if (target.startsWith('src/model/') && target !== 'src/model/index') out.push(target);
  }
  return [...new Set(out)].sort();
}
