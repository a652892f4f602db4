import { z } from 'zod';
import { Report } from './report.ts';
import { Case } from './case.ts';

export class ReportSchemaError extends Error {
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super(`report does not match the schema: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
}

/** Every report the project writes passes through here first. */
export function validateReport(report: unknown): Report {
  const parsed = Report.safeParse(report);
  if (!parsed.success) throw new ReportSchemaError(parsed.error.issues);
  return parsed.data;
}

export function reportJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://permit-precheck/schemas/contract.json',
    title: 'permit-precheck contract',
    definitions: {
      Case: z.toJSONSchema(Case, { io: 'input' }),
      Report: z.toJSONSchema(Report, { io: 'output', unrepresentable: 'any' }),
    },
  };
}
