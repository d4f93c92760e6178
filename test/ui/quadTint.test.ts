// src/ui/quadTint.ts draws Phaser's default tint mode (MULTIPLY) only: no source may ask for another.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.ts$/.test(name) ? [path] : [];
  });

/** Calls that set a tint mode other than MULTIPLY on a game object. */
const otherTintModes = (source: string): string[] =>
  source.match(/\bsetTintFill\s*\(|\.tintMode\s*=|\bsetTintMode\s*\(|\bTintModes\.(?!MULTIPLY\b)\w+/g) ?? [];

describe('tint modes', () => {
  it.each([
    ['img.setTintFill(0xff0000)', 1],
    ['img.tintMode = Phaser.TintModes.ADD', 2],
    ['img.setTintMode(Phaser.TintModes.SCREEN)', 2],
    ['img.setTint(0xffffff); // MULTIPLY', 0],
    ['Phaser.TintModes.MULTIPLY', 0],
  ])('%s → %i', (code, n) => {
    expect(otherTintModes(code)).toHaveLength(n);
  });

  it('the game sets no tint mode but MULTIPLY (the only one the cheap tint step draws)', () => {
    const found = files('src').flatMap((f) => otherTintModes(readFileSync(f, 'utf8')).map((m) => `${f}: ${m}`));
    expect(found).toEqual([]);
  });
});
