// Finds words written into the UI's code instead of taken from the string catalogue (src/strings).
// Parses each file (TypeScript, with the parser Vite builds with) and reports two kinds of literal:
//  * anywhere: a string or template text that reads as words (two words in a row, or a word and
//    sentence punctuation), outside imports, types, object keys, `new Error(…)`, `console.*` and
//    the keys a string method takes (`startsWith('facilitator.')`) and keys built in a template
//    (`posture.${ally}`: no space in its text);
//  * inside a text-producing call (`add.text`, `setText`, `setLabel`, `new Button`, `say`,
//    `announce`, …) or a `textContent`/`title`/aria assignment: any literal with a word in it.
// Symbols, format strings and keys that are no words pass (`NON_WORDS`).
import { parseAst } from 'vite';

export interface Finding {
  line: number;
  text: string;
  why: 'words' | 'text call';
}

/** Literals that hold letters but no translatable word: layout, keys, units, style values. */
export const NON_WORDS = new Set([
  'center',
  'left',
  'right',
  'top',
  'bottom',
  'bold',
  'normal',
  'italic',
  'monospace',
  'px',
  'kB',
  // HTML tags the print handout builds
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  // key caps shown beside a control's label
  'Esc',
  'Enter',
  'Space',
  'Tab',
  // the save's id prefix of a game played from a scenario file
  'file:',
  'system-ui, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif', // theme's font stack
]);

/** Methods whose arguments become text on the screen or in the live region. */
const TEXT_CALLS = new Set([
  'text',
  'setText',
  'setLabel',
  'say',
  'announce',
  'sayNow',
  'setHint',
  'setTitle',
  'heading',
  'paragraph',
  'el',
  'note',
  'line',
  'setPlaceholder',
]);
/** Plain functions (not methods) that take a label: the screens' local `add(label, key, fn)` helpers. */
const TEXT_FUNCTIONS = new Set(['add', 'btn', 'heading', 'drawPanel', 'panel', 'button', 'list']);
/** Calls whose text is one argument only: `el(tag, text, className)` builds a DOM element. */
const TEXT_ARGUMENT: Record<string, number> = { el: 1 };
const TEXT_PROPERTIES = new Set(['textContent', 'title', 'placeholder', 'innerText', 'ariaLabel', 'value']);
const TEXT_CONSTRUCTORS = new Set(['Button', 'MeterBar', 'HistoryChart']);
/** String methods whose arguments are keys or prefixes of the code (`cause.startsWith('facilitator.')`). */
const KEY_METHODS = new Set(['startsWith', 'endsWith', 'split', 'includes', 'indexOf', 'lastIndexOf']);

const WORDS = /[A-Za-z]{2,}[,.:;!?)’'"]*\s+[(“"'‘]*[A-Za-z]{2,}|(^|\s)[A-Za-z]{3,}[.!?:…](\s|$)/;
const A_WORD = /[A-Za-z]{2,}/;
/** The text between a key template's parts: identifier characters and separators, no space. */
const KEY_PART = /^[\w.:-]*$/;

type Node = { type: string; start: number; [key: string]: unknown };

function isNode(x: unknown): x is Node {
  return typeof x === 'object' && x !== null && typeof (x as Node).type === 'string';
}

function lineOf(code: string, at: number): number {
  let n = 1;
  for (let i = 0; i < at; i++) if (code.charCodeAt(i) === 10) n++;
  return n;
}

function calleeName(n: Node): string | null {
  const c = n.callee as Node | undefined;
  if (!c) return null;
  if (c.type === 'Identifier') return c.name as string;
  if (c.type === 'MemberExpression' && !c.computed) return ((c.property as Node).name as string) ?? null;
  return null;
}

const isStyleMember = (n: Node): boolean =>
  n.type === 'MemberExpression' && (n.property as Node).type === 'Identifier' && (n.property as Node).name === 'style';

function isStyle(n: Node): boolean {
  if (n.type === 'AssignmentExpression') {
    const left = n.left as Node;
    return left.type === 'MemberExpression' && isStyleMember(left.object as Node);
  }
  if (n.type === 'CallExpression' && calleeName(n) === 'assign') {
    const first = (n.arguments as Node[])[0];
    return first !== undefined && isStyleMember(first);
  }
  return false;
}

function isExempt(n: Node): boolean {
  if (n.type.startsWith('TS')) return true; // types, enums' literal types, `as const` annotations
  if (n.type === 'ImportDeclaration' || n.type === 'ImportExpression') return true;
  if (isStyle(n)) return true; // CSS values: `x.style.border = …`, `Object.assign(x.style, {…})`
  if (n.type === 'ExportAllDeclaration') return true;
  if (n.type === 'NewExpression' && calleeName(n) === 'Error') return true; // developer messages
  if (n.type === 'BinaryExpression' && /^[!=]==?$/.test(n.operator as string)) return true; // keys compared
  if (n.type === 'CallExpression') {
    const c = n.callee as Node;
    if (
      c.type === 'MemberExpression' &&
      (c.object as Node).type === 'Identifier' &&
      (c.object as Node).name === 'console'
    )
      return true;
  }
  return false;
}

/** Every literal in `code` that should come from the catalogue. */
export function uiStringFindings(code: string, fileName: string): Finding[] {
  const ast = parseAst(code, { lang: 'ts' }, fileName) as unknown as Node;
  const out: Finding[] = [];
  const report = (at: number, text: string, inText: boolean, shown = text) => {
    if (NON_WORDS.has(text.trim())) return;
    if (WORDS.test(text)) out.push({ line: lineOf(code, at), text: shown, why: 'words' });
    else if (inText && A_WORD.test(text)) out.push({ line: lineOf(code, at), text: shown, why: 'text call' });
  };
  const walk = (n: Node, inText: boolean) => {
    if (isExempt(n)) return;
    if (n.type === 'ExportNamedDeclaration' && n.source) return;
    if (n.type === 'Literal' && typeof n.value === 'string') return report(n.start, n.value, inText);
    if (n.type === 'TemplateLiteral') {
      // its texts read together ("Items ${a} to ${b}" has three words); its expressions are code
      const parts = (n.quasis as Node[]).map((q) => String((q.value as { cooked: string }).cooked ?? ''));
      // a key built from parts (`posture.${ally}`, `initiative.${id}.${channel}`) is no text
      const key = (n.expressions as Node[]).length > 0 && parts.every((t) => KEY_PART.test(t));
      if (!key) report(n.start, parts.join(' '), inText, parts.join('{…}'));
      for (const e of n.expressions as Node[]) walk(e, inText);
      return;
    }
    // a callback passed to a text call is code, not text
    const textHere = n.type === 'ArrowFunctionExpression' || n.type === 'FunctionExpression' ? false : inText;
    const callee = n.callee as Node | undefined;
    const isCall = n.type === 'CallExpression' || n.type === 'NewExpression';
    const textCall =
      (n.type === 'CallExpression' && TEXT_CALLS.has(calleeName(n) ?? '')) ||
      (n.type === 'CallExpression' && callee?.type === 'Identifier' && TEXT_FUNCTIONS.has(callee.name as string)) ||
      (n.type === 'CallExpression' && callee?.type === 'Super') || // a screen's name (BaseScene)
      (n.type === 'NewExpression' && TEXT_CONSTRUCTORS.has(calleeName(n) ?? ''));
    const left = n.left as Node | undefined;
    const textAssignment =
      n.type === 'AssignmentExpression' &&
      left?.type === 'MemberExpression' &&
      TEXT_PROPERTIES.has(((left.property as Node).name as string) ?? '');
    // a text call's words are in its arguments (an `el` call's in one of them), an assignment's on
    // its right; any other call's arguments are code again (`fmt(v)`, `get('seoul')`)
    const only = textCall ? TEXT_ARGUMENT[calleeName(n) ?? ''] : undefined;
    const keyCall =
      n.type === 'CallExpression' && callee?.type === 'MemberExpression' && KEY_METHODS.has(calleeName(n) ?? '');
    for (const [key, value] of Object.entries(n)) {
      if (key === 'type' || key === 'start' || key === 'end') continue;
      if (keyCall && key === 'arguments') continue;
      // object keys and member names are identifiers of the code, not text
      if (
        (n.type === 'Property' || n.type === 'PropertyDefinition' || n.type === 'MethodDefinition') &&
        key === 'key' &&
        !n.computed
      )
        continue;
      const asText = textCall
        ? key === 'arguments'
        : isCall
          ? false
          : textAssignment
            ? key === 'right' || textHere
            : textHere;
      if (Array.isArray(value)) {
        value.forEach((v, i) => {
          if (isNode(v)) walk(v, asText && (only === undefined || i === only));
        });
      } else if (isNode(value)) walk(value, asText);
    }
  };
  walk(ast, false);
  return out;
}
