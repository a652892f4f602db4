/**
 * Which sample corpus an accuracy script reads, and the flags every one of them takes to choose it:
 *   --source a|b        a: source A (`samples/corpus/`), b: source B (`samples/source-b/corpus/`); default a
 *   --split tune|holdout
 *   --root DIR          another copy of the source's corpus folder (DIR/<split>/), e.g. a checkout of an
 *                       earlier commit or a small test corpus; results are still named by source and split
 * An unknown source, split or flag is a usage error (exit 2), so a typo never scores the wrong corpus.
 * Results and page-analysis caches carry the source in their names, so the two sources never mix.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export const SOURCES = ['a', 'b'] as const;
export type Source = (typeof SOURCES)[number];
export const SPLITS = ['tune', 'holdout'] as const;
export type Split = (typeof SPLITS)[number];

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCE_DIRS: Record<Source, string> = { a: join('samples', 'corpus'), b: join('samples', 'source-b', 'corpus') };

/** The folder holding a source's splits (tune/, holdout/). */
export function sourceDir(source: Source, root?: string): string {
  return root ? resolve(root) : join(REPO_ROOT, SOURCE_DIRS[source]);
}

/** The folder of one split of one source: pages.json, pages/, docs/, <caseId>.case.json, … */
export function corpusRoot(source: Source, split: Split, root?: string): string {
  return join(sourceDir(source, root), split);
}

export interface Corpus {
  source: Source;
  split: Split;
  /** The split's folder. */
  dir: string;
  /** Set when --root pointed away from the committed corpus. */
  root: string | null;
}

/** The parseArgs options every accuracy script accepts, besides its own. */
export const CORPUS_OPTIONS = {
  source: { type: 'string', default: 'a' },
  split: { type: 'string' },
  root: { type: 'string' },
} as const;

export function usageError(usage: string, why: string): never {
  process.stderr.write(`${why}\nusage: ${usage}\n`);
  process.exit(2);
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs with strict checking, where a bad flag prints the usage and exits 2 instead of throwing. */
export function parseBenchArgs<O extends Options>(usage: string, options: O, maxPositionals = 0) {
  let parsed;
  try {
    parsed = parseArgs({ options, allowPositionals: true, strict: true });
  } catch (e) {
    usageError(usage, (e as Error).message);
  }
  if (parsed.positionals.length > maxPositionals) usageError(usage, `unexpected argument: ${parsed.positionals.slice(maxPositionals).join(' ')}`);
  return parsed;
}

export function isSource(s: string | undefined): s is Source {
  return (SOURCES as readonly string[]).includes(s ?? '');
}
export function isSplit(s: string | undefined): s is Split {
  return (SPLITS as readonly string[]).includes(s ?? '');
}

/** The source the flags name (default a). */
export function pickSource(values: { source?: string }, usage: string): Source {
  const source = values.source ?? 'a';
  if (!isSource(source)) usageError(usage, `unknown source "${source}" (expected ${SOURCES.join(' or ')})`);
  return source;
}

/** The corpus the flags name; `split` is the script's default (or an older positional form). */
export function pickCorpus(values: { source?: string; split?: string; root?: string }, usage: string, split: string = values.split ?? 'tune'): Corpus {
  const source = pickSource(values, usage);
  if (!isSplit(split)) usageError(usage, `unknown split "${split}" (expected ${SPLITS.join(' or ')})`);
  return { source, split, dir: corpusRoot(source, split, values.root), root: values.root ? resolve(values.root) : null };
}

/** What a script scored: one split, or (split null) every split of the source. */
interface Scored {
  source: Source;
  split: Split | null;
  root?: string | null;
}

/** First line of every printed table: which corpus the figures are about. */
export function corpusLabel(c: Scored): string {
  return `source ${c.source.toUpperCase()}, ${c.split ? `split ${c.split}` : 'all splits'}${c.root ? ` (corpus ${c.root})` : ''}`;
}

/** bench-results/<stem>-<source>-<split><suffix>.json (no split part for all splits), its folder created. */
export function resultPath(stem: string, c: Scored, suffix = ''): string {
  mkdirSync(join(REPO_ROOT, 'bench-results'), { recursive: true });
  return join(REPO_ROOT, 'bench-results', `${stem}-${c.source}${c.split ? `-${c.split}` : ''}${suffix}.json`);
}

/** A page-analysis cache folder for one corpus: DIR/<source>/<split>/. */
export function cacheDirFor(base: string, c: Pick<Corpus, 'source' | 'split'>): string {
  return join(base, c.source, c.split);
}
