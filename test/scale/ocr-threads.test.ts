import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

/**
 * Scale-out counts one page job per core: each worker process runs PAGE_CONCURRENCY page jobs with
 * OCR_WORKERS tesseract engines, so tesseract itself must use one thread. tesseract.js loads one of
 * the WebAssembly builds of tesseract.js-core; none of them is built with threads (no pthreads, no
 * worker pool of its own), so an engine is one thread whichever build the CPU selects.
 */
describe('tesseract is pinned to one thread', () => {
  it('when any tesseract.js-core build is loaded, then it has no thread support compiled in', () => {
    const dir = dirname(require.resolve('tesseract.js-core/package.json'));
    const builds = readdirSync(dir).filter((f) => /^tesseract-core.*\.js$/.test(f) && !f.endsWith('.wasm.js'));
    expect(builds.length).toBeGreaterThanOrEqual(4);
    for (const f of builds) {
      const src = readFileSync(join(dir, f), 'utf8');
      expect(src, f).not.toMatch(/PThread|pthread_create|ENVIRONMENT_IS_PTHREAD/);
    }
  });
});
