import { mkdirSync, existsSync, symlinkSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * tesseract.js takes ONE folder for all languages, but each language ships in its own npm package.
 * We link both LSTM-only (`4.0.0_best_int`, 1.7 MB) files into one folder. The packages' own
 * `langPath` points to the 10x larger legacy+LSTM data, which we do not need (OEM LSTM only).
 * Nothing is ever fetched: if a file is missing this throws instead.
 */
export function ensureLangFolder(langs: readonly string[] = ['chi_sim']): string {
  const folder = path.join(tmpdir(), 'permit-precheck-tessdata-best-int-v1');
  mkdirSync(folder, { recursive: true });
  for (const lang of langs) {
    const pkgDir = path.dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
    const source = path.join(pkgDir, '4.0.0_best_int', `${lang}.traineddata.gz`);
    if (!existsSync(source)) throw new Error(`language data missing for ${lang}: reinstall @tesseract.js-data/${lang}`);
    const target = path.join(folder, `${lang}.traineddata.gz`);
    if (!existsSync(target)) {
      try {
        symlinkSync(source, target);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
    }
  }
  return folder;
}

export function listLangFolder(folder: string): string[] {
  return readdirSync(folder);
}
