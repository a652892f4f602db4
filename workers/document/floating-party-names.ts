import type { TextRow } from './group-rows.ts';

/** A name cell's row in a lease's parties table: "出租人  姓名  …" / "承租人  姓名  …". */
const NAME_ROW = /(出租人|出租方|承租人|承租方)\s*[|｜]?\s*姓名/;
/** A name at the head of a row: two to four characters, none of them a label's. */
const NAME_HEAD = /^(?!证件|居民|联系|身份|出租|承租|甲方|乙方|姓名)([\u3400-\u9fff·]{2,4})(?=\s|证件|$)/;
/** The least OCR confidence a floating name's row needs: a slip in a name is never guessed at. */
const MIN_NAME_OCR = 0.75;

/**
 * A name written by hand into a lease's parties table sits higher or lower than the printed 姓名 and
 * OCR reads it as a row of its own, overlapping the label's row in height ("上官思  证件类型 | 居民身份证"
 * over "承租人  姓名  证件类型 | 居民身份证"). Such a name, read confidently, is the party's. Returns
 * the names found by party, with the confidence of the row they were read from.
 */
export function floatingPartyNames(pageRows: TextRow[][]): Partial<Record<'lessor' | 'lessee', { name: string; ocr: number }>> {
  const out: Partial<Record<'lessor' | 'lessee', { name: string; ocr: number }>> = {};
  for (const rows of pageRows) {
    for (const row of rows) {
      const label = NAME_ROW.exec(row.text);
      if (!label) continue;
      const who = /出租/.test(label[1]) ? 'lessor' : 'lessee';
      const after = row.text.slice(label.index + label[0].length).replace(/^[\s|｜"“”'‘’,，:：;；]+/, '');
      if (NAME_HEAD.test(after) || out[who]) continue;
      const beside = rows.filter((o) => o !== row && o.box.y < row.box.y + row.box.h && o.box.y + o.box.h > row.box.y && o.ocr >= MIN_NAME_OCR);
      const names = beside.map((o) => NAME_HEAD.exec(o.text.trim())).filter((m): m is RegExpExecArray => !!m);
      if (names.length === 1) out[who] = { name: names[0][1], ocr: beside.find((o) => o.text.trim().startsWith(names[0][1]))!.ocr };
    }
  }
  return out;
}
