// The model and the content stay pure: no Phaser, no DOM, no clock, no unseeded randomness, and no
// imports from the presentation layers. Checked on the source text of every file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const FORBIDDEN: [RegExp, string][] = [
  [/from\s+['"]phaser['"]|import\(['"]phaser['"]\)/, 'imports Phaser'],
  [/(?<![\w.\-/])(document|window|navigator)\s*\.|\blocalStorage\b/, 'touches the DOM'],
  [/Math\s*\.\s*random/, 'calls Math.random'],
  [/Date\s*\.\s*now|new\s+Date\s*\(|performance\s*\.\s*now/, 'reads the clock'],
  [/setTimeout|setInterval|requestAnimationFrame/, 'schedules with timers'],
  [/from\s+['"][./]*\/(scenes|views|ui|seminar|report|save)\//, 'imports a presentation layer'],
];

/** Source without comments, so prose like "a campaign window." is not mistaken for code. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('import boundaries', () => {
  const files = [...filesUnder('src/model'), ...filesUnder('src/content')];

  it('finds the model and content files', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)('%s stays pure', (file) => {
    const text = code(readFileSync(file, 'utf8'));
    const problems = FORBIDDEN.filter(([re]) => re.test(text)).map(([, what]) => what);
    expect(problems).toEqual([]);
  });

  it('the check itself catches a violation', () => {
    const bad = code("import Phaser from 'phaser';\nconst x = Math.random() + Date.now(); // window.x");
    expect(FORBIDDEN.filter(([re]) => re.test(bad)).map(([, w]) => w)).toEqual([
      'imports Phaser',
      'calls Math.random',
      'reads the clock',
    ]);
    expect(code('// uses Math.random in a comment only')).not.toMatch(/Math/);
  });
});
