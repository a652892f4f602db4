/** A mistake in how the command was called: exit code 2 with a one-line reason and the usage. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

export const USAGE = `用法 / usage:
  precheck verify <case.json>                       核验案例中的全部材料（路径相对于 case.json）
  precheck verify <file.pdf> [...]                  核验单个或多个 PDF（每页检查与字段）
          [--json <report.json>]                    写出 JSON 报告
          [--kind K] [--employer NAME] [--date YYYY-MM-DD]   （仅用于单个 PDF / bare PDFs only）
          [--workers N]                             OCR 进程数（默认 CPU 核数）
          [--quiet]                                 不输出进度 / no progress on stderr
  precheck serve                                    启动上传 API（环境变量配置 / configured by environment）
  precheck worker                                   启动队列处理进程
  precheck tokens add --role employer --tenant NAME 新建用人单位令牌（只显示一次）
  precheck tokens add --role reviewer|admin         新建审核 / 管理令牌（不带 --tenant）
  precheck tokens list                              列出令牌（id、角色、单位、创建时间、状态）
  precheck tokens revoke <id>                       吊销令牌
  precheck blobs rekey                              轮换密钥后用新密钥重新加密全部文件 / re-encrypt blobs under BLOB_KEYS' first key
  precheck reverify --mode rules|full               重新核验已存案例 / re-verify stored cases (PostgreSQL; full also BLOB_DIR)
          [--since D] [--until D] [--status S] [--tenant T]   按创建日期、状态、单位筛选
          [--provisional-only]                      仅按暂用工资标准判定的案例 / only cases judged on a provisional wage figure
          [--older-pipeline]                        仅由旧版流水线生成报告的案例
          [--json <summary.json>] [--threads N]     写出变化汇总；规则线程数（默认 CPU 核数）
  precheck help                                     本说明
`;
