import { renderPage } from './layout.ts';

/** The employer's pages and the sign-in page: static markup, filled by the scripts from /api. */
export function employerPages(version: string) {
  return {
    signIn: renderPage({
      title: '登录',
      version,
      scripts: ['sign-in.js'],
      body: `<form id="sign-in" class="card narrow">
<p>请输入单位的访问令牌（由管理员发放）。令牌只保存在本浏览器标签页中，关闭标签页即退出。</p>
<label>访问令牌<input name="token" type="password" autocomplete="off" required minlength="10"></label>
<button type="submit">登录</button><p class="error" role="alert" hidden></p></form>`,
    }),
    cases: renderPage({
      title: '我的申请',
      version,
      role: 'employer',
      scripts: ['employer-cases.js'],
      body: `<section class="card"><h2>新建申请</h2><form id="new-case" class="grid">
<label>申请编号<input name="ref" required maxlength="64"></label>
<label>申请人姓名<input name="applicant" maxlength="64" autocomplete="off"></label>
<label>用人单位名称<input name="employer" required maxlength="128"></label>
<label>单位类别<select name="category"><option value="high_tech">高新技术企业</option><option value="key">重点企业</option><option value="public_institution">事业单位</option><option value="other">其他</option></select></label>
<label>办理类型<select name="applicationType"><option value="new">新办</option><option value="renewal">续签</option><option value="employer_change">变更单位</option><option value="info_change">信息变更</option></select></label>
<label>申请日期<input name="applicationDate" type="date" required></label>
<label>申请条件<select name="condition"><option value="">（不适用）</option><option value="degree">学历学位</option><option value="title">专业技术职称</option><option value="award">获奖</option><option value="innovation_income">创新型企业收入</option><option value="service_income">服务业企业收入</option><option value="ip">知识产权</option><option value="founder">创业人才</option><option value="freelancer">自由职业</option><option value="talent_program">人才工程</option></select></label>
<div class="actions"><button type="submit">创建并上传材料</button><span class="error" role="alert" hidden></span></div>
</form></section>
<section class="card"><h2>已有申请</h2><table id="case-list"><thead><tr><th>申请编号</th><th>状态</th><th>需退回</th><th>待人工核对</th><th>创建时间</th></tr></thead><tbody></tbody></table>
<p class="empty" hidden>还没有申请。</p></section>`,
    }),
    case: renderPage({
      title: '申请材料',
      version,
      role: 'employer',
      scripts: ['page-badges.js', 'employer-upload.js', 'employer-case.js'],
      body: `<p class="back"><a href="/employer/cases">← 我的申请</a></p>
<section class="card" id="summary"><p class="muted">加载中…</p></section>
<div class="columns"><div>
<section class="card"><h2>上传材料</h2><p class="muted">按材料类别拖入或选择PDF扫描件，可一次选择多个文件。每页上传后数秒内显示检查结果。</p><div id="slots"></div></section>
</div><aside>
<section class="card"><h2>材料清单</h2><ul id="checklist" class="checklist"></ul></section>
<section class="card"><h2>预审结果</h2><p id="progress" class="muted">尚未上传材料。</p><ul id="flags" class="flags"></ul></section>
</aside></div>`,
    }),
  };
}
