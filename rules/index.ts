export { evaluateCase, PIPELINE_RULES_VERSION, type EvaluateOptions } from './evaluate-case.ts';
export { CHANGPING_2021, type DistrictConfig, type IncomeBasis } from './data/district-config.ts';
export { BEIJING_WAGE_TABLE, type WageFigure, type WageTable } from './data/wage-table.ts';
export { MIN_FIELD_CONFIDENCE, MIN_KIND_CONFIDENCE } from './data/cut-offs.ts';
export { multipleOfWage, wageFigureFor } from './wage-threshold.ts';
export { shiftWorkingDays, isWorkingDay, isCalendarCovered, CALENDAR_YEARS } from './working-days.ts';
export { normaliseName, matchUnit, type UnitMatch } from './names.ts';
export { kindName } from './document-checks.ts';
