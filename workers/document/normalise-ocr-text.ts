/**
 * Text clean-up shared by every document parser. OCR (tesseract chi_sim) puts spaces between
 * Chinese characters (`纳 税 人`), mixes full- and half-width punctuation and digits; a text layer
 * may use full-width forms too. Parsers work on the normalised form and keep the raw line as evidence.
 */

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
// One space between two Chinese characters is an OCR artefact; two or more separate table cells.
const CJK_SPACE_CJK = new RegExp(`([${CJK}])[ \\t](?=[${CJK}])`, 'g');
const CJK_SPACE_PUNCT = new RegExp(`([${CJK}])[ \\t](?=[:(),;])|([:(),;])[ \\t](?=[${CJK}])`, 'g');

/**
 * NFKC (full-width → ASCII), unify dashes, drop single spaces inside Chinese text. Runs of two or
 * more spaces are kept as exactly two: they are the gap between table cells.
 */
export function normaliseOcrText(s: string): string {
  let t = s.normalize('NFKC');
  // Dashes and tildes that separate date ranges or mark negatives.
  t = t.replace(/[‐‑‒–—―−﹣－]/g, '-').replace(/[～〜]/g, '~');
  // A bracket glued to a date field is a misread 1 ("2019年0]月") or a stray stroke ("2019年01]月",
  // "2020-]11"): one digit + ] is the 1, two digits + ] keep their two.
  t = t.replace(/([年月/.-]\s*\d)[\]|](?=\s*[月日])/g, (_m, a: string) => `${a}1`);
  t = t.replace(/([年月/.-]\s*\d\d)[\]|](?=\s*[月日])/g, '$1');
  t = t.replace(/([年月])\s*[\]|](?=\s*[月日])/g, (_m, a: string) => `${a}1`);
  t = t.replace(/([年/.-])\s*[[\]](?=\d\d(?!\d))/g, '$1');
  // A question mark between a digit and a date unit is a stray stroke ("2024年2?月29日").
  t = t.replace(/(\d)\s*[?？]\s*(?=[月日])/g, '$1');
  t = t.replace(/[【[〈《]/g, '(').replace(/[】\]〉》]/g, ')');
  // Stray quotes OCR puts where a label meets its value ("姓名 ”冯勇").
  t = t.replace(/[”“"]/g, ' ');
  t = t.replace(/\u3000/g, ' ');
  t = t.replace(CJK_SPACE_CJK, '$1');
  t = t.replace(CJK_SPACE_PUNCT, (_m, a: string | undefined, b: string | undefined) => a ?? b ?? '');
  t = t.replace(/\t/g, '  ');
  return t.replace(/ {3,}/g, '  ').trim();
}

/** The same text with every space removed: for keyword search where spacing is noise. */
export function compactText(s: string): string {
  return normaliseOcrText(s).replace(/\s+/g, '');
}

export const CJK_CLASS = CJK;
