import type { DocumentKind, Flag } from './contract/index.ts';
import { addMonths } from './dates.ts';
import { kindName } from './document-checks.ts';
import { MIN_FIELD_CONFIDENCE } from './data/cut-offs.ts';
import { makeFlag } from './flag.ts';
import { gatedFlag } from './gated-flag.ts';
import type { RuleContext } from './rule-context.ts';
import type { RuleResult } from './rule-result.ts';

/**
 * Materials printed or issued for the application, whose date says how current they are. Certificates
 * (degree, ID, contracts) carry an issue date that is not a freshness date and are left out.
 */
const DATED_KINDS: readonly DocumentKind[] = ['tax_record', 'income_query', 'resignation_certificate'];

/**
 * How far before its own latest entry a print date must fall to be called a misread. Zero would be
 * the logical bound; the sample corpus's stale printouts list up to two months past their print
 * date (a generator simplification), and a misread print date seen on the pipeline was 21 months
 * off, so 3 months separates them without resting on the generator's quirk.
 */
const MISREAD_MARGIN_MONTHS = 3;

/** The latest date the record itself lists: a paid-on date, or the first day of the latest month. */
function latestRecordedDate(doc: RuleContext['docs'][number]['doc']): string | null {
  const dates = [
    ...doc.taxes.flatMap((t) => [t.paidOn ?? `${t.period}-01`]),
    ...doc.income.map((r) => `${r.period}-01`),
  ].filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  return dates.length ? dates.sort().at(-1)! : null;
}

/**
 * Guide 四（一）: "申请材料的日期应在1个月以内": dated on or after applicationDate − 1 calendar month.
 * A material dated after the application date is impossible and is sent to review.
 */
export function checkMaterialStaleness(ctx: RuleContext): RuleResult {
  const flags: Flag[] = [];
  const oldest = addMonths(ctx.applicationDate, -ctx.config.maxMaterialAgeMonths);
  for (const { doc, kind } of ctx.docs) {
    if (!DATED_KINDS.includes(kind)) continue;
    const name = kindName(kind);
    const latest = latestRecordedDate(doc);
    if (!doc.issuedOn) {
      flags.push(makeFlag('EXTRACTION_UNCERTAIN', 'review', `未能识别${name}的开具（打印）日期，请人工核对是否为1个月内的材料`, { clause: '四（一）', file: doc.file }));
    } else if ((doc.issuedOnConfidence ?? 1) < MIN_FIELD_CONFIDENCE) {
      // Its readings disagree (a digit slip somewhere): neither a rejection nor a pass rests on it.
      flags.push(
        makeFlag('EXTRACTION_UNCERTAIN', 'review', `${name}的开具日期读取不确定（读作${doc.issuedOn}），请人工核对是否为1个月内的材料`, {
          clause: '四（一）',
          file: doc.file,
          value: doc.issuedOn,
        }),
      );
    } else if (latest && doc.issuedOn < addMonths(latest, -MISREAD_MARGIN_MONTHS)) {
      // A record cannot be printed months before the last payment or month it lists: the date was
      // misread (e.g. a row's date taken for the print date), so nothing is rejected on it.
      flags.push(
        makeFlag('EXTRACTION_UNCERTAIN', 'review', `${name}读取到的开具日期${doc.issuedOn}早于其中最后一条记录（${latest}），请人工核对开具日期`, {
          clause: '四（一）',
          file: doc.file,
          value: doc.issuedOn,
          expected: latest,
        }),
      );
    } else if (doc.issuedOn < oldest) {
      flags.push(
        gatedFlag(
          'MATERIAL_STALE',
          'issued_date',
          doc.issuedOnConfidence,
          { reject: `${name}开具于${doc.issuedOn}，早于申请日前1个月（${oldest}），请重新开具`, review: `${name}的开具日期识别为${doc.issuedOn}，早于申请日前1个月（${oldest}），但识别把握不足，请人工核对；如确已超过1个月，请重新开具` },
          { file: doc.file, value: doc.issuedOn, expected: oldest },
        ),
      );
    } else if (doc.issuedOn > ctx.applicationDate) {
      flags.push(
        makeFlag('EXTRACTION_UNCERTAIN', 'review', `${name}的日期${doc.issuedOn}晚于申请日${ctx.applicationDate}，请人工核对`, {
          clause: '四（一）',
          file: doc.file,
          value: doc.issuedOn,
          expected: ctx.applicationDate,
        }),
      );
    }
  }
  return { flags };
}
