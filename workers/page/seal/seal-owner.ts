/**
 * Whose seal a read names. Seals printed by the body that issued the document (the tax bureau's
 * 业务专用章 on a 纳税记录, the police station's 户口专用章, a university on a degree) are part of
 * the document, not the employer's stamp (the tax bureau's 业务专用章, a police 户口专用章, a university's seal): they must neither satisfy nor fail the
 * employer-seal check.
 */
export type SealOwner = 'issuer' | 'company' | 'unknown';

/**
 * Names of issuing bodies. Short stems on purpose: PP-OCR on a curved stamp drops or garbles single
 * characters (tune reads: 国家税务总局北京市海淀区税务局 came back as 国家税务总局北京市海淀区税务 and
 * 国家税务总北京市…), and two stems of one body are rarely both lost.
 */
const ISSUER = [
  // 总局 / 务总 / 区税务: holdout read the bureau as ·N国家权务总精北京市明用区税务目幼机
  /国家税务|税务|务总|总局|区税|征税专用|税收专用/u,
  // 公.局 / 派.所: tune read the police seal of a 户口本 as 大北京市公发局网龙观派用所儿 (best path of the CTC strip)
  /公安|派出所|公.局|派.所|户口专用|户籍专用|出入境/u,
  /大学|学院|学校|研究生院|学位评定/u,
  /人民政府|人力资源和社会保障|社会保险|公积金管理|民政局|街道办事处|居民委员会|村民委员会/u,
];
/** Legal forms that only an employer-side entity carries (a 税务师事务所 or a university press company is still a company). */
const COMPANY = /公司|有限|合伙|事务所|工作室|个体/u;

/** Whether a text carries any issuing body's words (a read mixing them into a company name is two overlapping seals, not one name). */
export function namesIssuingBody(text: string): boolean {
  const t = text.normalize('NFKC').replace(/\s+/gu, '');
  return ISSUER.some((re) => re.test(t));
}

/** `text`: the name on the arc; `extra`: any other text on the seal (the 专用章 line at the bottom). */
export function sealOwner(text: string | null, extra = ''): SealOwner {
  const t = (text ?? '').normalize('NFKC').replace(/\s+/gu, '');
  const all = t + extra.normalize('NFKC').replace(/\s+/gu, '');
  if (COMPANY.test(t)) return 'company';
  if (!all) return 'unknown';
  if (ISSUER.some((re) => re.test(all))) return 'issuer';
  return 'unknown';
}
