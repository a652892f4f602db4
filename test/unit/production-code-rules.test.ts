import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const PRODUCTION = ['workers', 'rules', 'services'];
const CORPORA = ['samples/corpus', 'samples/source-b/corpus'];
const MAX_LINES = 300;

function files(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : files(path, keep);
    return keep(path) ? [path] : [];
  });
}

const productionFiles = PRODUCTION.flatMap((d) => files(join(ROOT, d), (p) => /\.(ts|mjs|js)$/.test(p) && !/\.test\.ts$/.test(p)));

/**
 * Every sample's id as a file of the corpora names it: a page or note's number (p017, n029,
 * bt001) and a case's or document's world-prefixed stem (t1-…, bh2-…). Any of these in production
 * code would be a branch tuned to one sample.
 */
function sampleIds(): Set<string> {
  const ids = new Set<string>();
  for (const corpus of CORPORA)
    for (const path of files(join(ROOT, corpus), (p) => /\.(pdf|case\.json)$/.test(p))) {
      const stem = path.split('/').at(-1)!.replace(/\.(pdf|case\.json)$/, '');
      const number = /^([a-z]{1,2}\d{3})-/.exec(stem);
      ids.add(number ? number[1]! : stem);
    }
  return ids;
}

describe('production code (workers/, rules/, services/)', () => {
  it(`when any production file is read, then it has at most ${MAX_LINES} lines`, () => {
    expect(productionFiles.length).toBeGreaterThan(100);
    const long = productionFiles
      .map((p) => ({ file: relative(ROOT, p), lines: readFileSync(p, 'utf8').split('\n').length - 1 }))
      .filter((f) => f.lines > MAX_LINES);
    expect(long).toEqual([]);
  });

  it('when searched for the id of any sample of either corpus, then none is found', () => {
    const ids = sampleIds();
    expect(ids.size).toBeGreaterThan(200);
    const found: string[] = [];
    for (const p of productionFiles) {
      const text = readFileSync(p, 'utf8');
      for (const word of text.match(/\b[a-z]{1,2}\d{1,3}(?:-[a-z0-9-]+)?\b/g) ?? [])
        if (ids.has(word) || ids.has(word.replace(/-+$/, ''))) found.push(`${relative(ROOT, p)}: ${word}`);
    }
    expect(found).toEqual([]);
  });
});
