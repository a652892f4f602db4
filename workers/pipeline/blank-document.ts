import type { PageReport } from '../../rules/contract/index.ts';
// blank-page.ts itself, not the page folder's door: assembling a document must not load the page pipeline.
import { isBlankPage } from '../page/quality/blank-page.ts';

/**
 * A file whose every page is bare paper is not the material it stands for (FILE_INVALID
 * `blank_document`). One blank page among pages with content is not: a contract's empty back
 * side is normal, and the content pages carry the checks.
 */
export function isBlankDocument(pages: readonly PageReport[]): boolean {
  return pages.length > 0 && pages.every(isBlankPage);
}
