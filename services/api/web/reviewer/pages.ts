import { renderPage } from '../layout.ts';

const ANY = '<option value="">（全部）</option>';
const STATUSES = ANY + '<option value="ready">已出结果</option><option value="processing">处理中</option><option value="open">未上传材料</option>';

/** The reviewer's pages: static markup (no data), filled by their scripts from /api. */
export function reviewerPages(version: string) {
  const css = `<link rel="stylesheet" href="/assets/reviewer/reviewer.css?v=${version}">`;
  return {
    queue: renderPage({
      title: '待审申请',
      version,
      role: 'reviewer',
      scripts: ['reviewer/flag-codes.js', 'reviewer/queue.js'],
      body: `${css}<section class="card"><form id="filters" class="grid">
<label>问题类型<select name="code">${ANY}</select></label>
<label>状态<select name="status">${STATUSES}</select></label>
<label>用人单位<input name="employer" maxlength="128" placeholder="单位名称的一部分"></label>
<label>单位账号<input name="tenant" maxlength="128"></label>
<div class="actions"><button type="submit">筛选</button><span class="muted" id="count"></span></div>
</form></section>
<section class="card"><table id="queue"><thead><tr><th>申请编号</th><th>用人单位</th><th>状态</th><th class="num">待定·不通过</th><th class="num">待定·需复核</th><th class="num">已处理</th><th>等待时间</th></tr></thead><tbody></tbody></table>
<p class="empty muted" hidden>没有符合条件的申请。</p></section>`,
    }),
    admin: renderPage({
      title: '运维',
      version,
      role: 'admin',
      scripts: ['reviewer/admin.js'],
      body: `<section class="card narrow"><h2>队列面板</h2>
<p>查看各队列的排队、运行和失败任务（只读）。打开后一小时内有效；令牌停用即失效。</p>
<button type="button" id="open-queues">打开队列面板</button><p class="error" role="alert" hidden></p></section>
<section class="card narrow"><h2>监控与接口</h2>
<p>Prometheus 抓取地址：<code>/metrics</code>（请求头带管理员令牌 <code>Authorization: Bearer …</code>）。</p>
<p>接口文档（OpenAPI）：<a href="/api/openapi.json">/api/openapi.json</a></p></section>`,
    }),
    case: renderPage({
      title: '审核申请',
      version,
      role: 'reviewer',
      scripts: ['reviewer/flag-codes.js', 'reviewer/page-boxes.js', 'reviewer/case.js'],
      body: `${css}<p class="back"><a href="/reviewer/cases">← 待审申请</a></p>
<section class="card" id="summary"><p class="muted">加载中…</p></section>
<div id="groups"></div>
<dialog id="full-page"><div class="full-wrap"></div><form method="dialog"><button type="submit">关闭</button></form></dialog>`,
    }),
  };
}
