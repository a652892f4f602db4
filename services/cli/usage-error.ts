/** A mistake in how the command was called: exit code 2 with a one-line reason and the usage. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

export const USAGE = `用法 / usage:
  precheck verify <case.json>                       核验案例中的全部材料（路径相对于 case.json）
  precheck verify <file.pdf> [...]                  核验单个或多个 PDF（每页检查与字段）
          [--json <report.json>]                    写出 JSON 报告
          [--kind K] [--employer NAME] [--date YYYY-MM-DD] [--workers N]
  precheck serve                                    启动上传 API
  precheck worker                                   启动队列处理进程
  precheck tokens add --role employer|reviewer|admin [--tenant NAME]
`;
