/**
 * A period cell printed 2025年04 / 月 on two lines: OCR puts the 月 into whichever cell stands beside
 * it on its line, before or after the income item ("北京…发展有月工资薪金所得", "工资薪金所得月北京…")
 * or at the head of the payer's wrapped second line ("月限责任公司"), or between the payer's halves when
 * both lines fall into one row ("…发展有月限责任公司"). It belongs to no cell.
 */
const BESIDE_ITEM = /^月(?=[\u3400-\u9fff])|(?<=所得|薪金|奖金|报酬|稿酬)月|月(?=正常|工资|全年|劳务|稿酬)|(?<=有)月(?=限)|(?<=公)月(?=司)|月(?=责任公司|公司$)/;

/** True when a text shows a period as 年 and the month's digits with no 月 after them ("2025年04"). */
export function periodLostMonth(text: string): boolean {
  return /(?:19|20)\d{2}\s*年\s*\d{1,2}(?!\s*[0-9月])/.test(text);
}

/** `cell` without the 月 its row's period lost into it: at the cell's head, beside the income item, or inside 有限/责任公司. */
export function cutWrappedMonth(cell: string): string {
  return cell.replace(BESIDE_ITEM, ' ').trim();
}
