// The lock's root entry says what package.json says, so `npm install` on a fresh clone leaves the
// tree clean (npm rewrites the root entry from package.json on every install).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const root = lock.packages[''];

describe('package-lock.json root entry', () => {
  it.each(['name', 'version'])('matches package.json %s at the top level', (field) => {
    expect(lock[field]).toBe(pkg[field]);
  });

  it.each(['name', 'version', 'license', 'engines', 'dependencies', 'devDependencies'])(
    'matches package.json %s',
    (field) => {
      expect(root[field]).toEqual(pkg[field]);
    },
  );
});
