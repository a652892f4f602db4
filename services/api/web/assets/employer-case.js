/* global window, document, location */
/**
 * 申请材料: one case. Loads GET /api/cases/:id, lays out the upload slots with the documents
 * already there, the checklist and the flags; then keeps it live from the events stream: quick
 * results of pages the upload had no time for, each page's full result, documents, the report.
 */
document.addEventListener('DOMContentLoaded', function () {
  const P = window.Precheck;
  const el = P.el;
  const caseId = decodeURIComponent(location.pathname.split('/').pop());
  const TYPES = { new: '新办', renewal: '续签', employer_change: '变更单位', info_change: '信息变更' };
  const STATUS = { open: '待上传', processing: '预审中', ready: '预审完成' };
  const docs = new Map(); // documentId -> { node, cards: Map(page -> card) }
  let view = null;

  function docBlock(d) {
    let entry = docs.get(d.id);
    if (!entry) {
      entry = { node: el('div', { class: 'doc', 'data-document': d.id }), cards: new Map() };
      docs.set(d.id, entry);
      const slot = document.querySelector('.slot[data-kind="' + (d.kind || 'other') + '"] .docs');
      if (slot) slot.append(entry.node);
    }
    const head = el('div', { class: 'doc-head' }, d.file, d.pageCount ? '（' + d.pageCount + '页）' : '');
    entry.node.replaceChildren(head, d.invalid ? el('p', { class: 'error' }, '无法读取：' + d.invalid + '。请上传原件的PDF扫描件。') : el('div', { class: 'pages' }));
    for (let n = 1; n <= (d.invalid ? 0 : d.pageCount || 0); n++) showPage((d.pages && d.pages[n - 1]) || window.PageBadges.pending(d.id, n));
    return entry;
  }

  const early = []; // events about a document whose upload answer has not been handled yet

  function showPage(f) {
    const entry = docs.get(f.documentId);
    if (!entry) return void early.push(f);
    const card = window.PageBadges.render(caseId, f, entry.cards.get(f.page));
    entry.cards.set(f.page, card);
    const pages = entry.node.querySelector('.pages');
    if (pages && card.parentNode !== pages) {
      const next = Array.from(pages.children).find((c) => Number(c.dataset.page) > f.page);
      pages.insertBefore(card, next || null);
    }
  }

  function showProgress(status, p) {
    const text = !p || p.documentsTotal === 0 ? '尚未上传材料。' : status === 'ready' ? '预审完成：共' + p.documentsTotal + '份材料、' + p.pagesTotal + '页。' : '正在分析：' + p.pagesDone + ' / ' + p.pagesTotal + ' 页，' + p.documentsDone + ' / ' + p.documentsTotal + ' 份材料已完成。';
    document.getElementById('progress').textContent = text;
  }

  function showChecklist(items) {
    const ul = document.getElementById('checklist');
    ul.replaceChildren(...items.map((i) => el('li', { class: i.present ? 'present' : 'missing' }, i.name, el('span', { class: 'muted' }, i.present ? '（已上传）' : '（尚缺）'))));
    if (!items.length) ul.append(el('li', { class: 'muted' }, '此办理类型无固定材料清单，请按审核要求上传。'));
  }

  function showFlags(flags) {
    const ul = document.getElementById('flags');
    if (!flags) return ul.replaceChildren();
    const SEV = { reject: '需修改', review: '待人工核对' };
    ul.replaceChildren(...flags.map((f) => el('li', { 'data-severity': f.severity }, el('span', { class: 'sev ' + f.severity }, SEV[f.severity] || ''), f.message)));
    if (!flags.length) ul.append(el('li', {}, '未发现问题。'));
  }

  async function load() {
    const r = await P.api('GET', '/api/cases/' + encodeURIComponent(caseId));
    if (r.status !== 200) {
      document.getElementById('summary').replaceChildren(el('p', { class: 'error' }, '找不到该申请，或您无权查看。'));
      document.querySelector('.columns').hidden = true;
      return null;
    }
    view = r.body;
    const f = view.fields;
    document.getElementById('summary').replaceChildren(
      el('h2', {}, '申请编号 ' + view.ref, ' ', el('span', { class: 'status', id: 'case-status' }, STATUS[view.status] || view.status)),
      el('p', { class: 'muted' }, [f.applicant ? '申请人：' + f.applicant : null, f.employer ? '用人单位：' + f.employer : null, '办理类型：' + (TYPES[f.applicationType] || f.applicationType), f.applicationDate ? '申请日期：' + f.applicationDate : null].filter(Boolean).join('　')),
    );
    const slots = document.getElementById('slots');
    if (!slots.children.length) slots.append(...view.slots.map((s) => window.EmployerUpload.slot(caseId, s, uploaded)));
    view.documents.forEach(docBlock);
    showChecklist(view.checklist);
    showProgress(view.status, view.progress);
    showFlags(view.flags);
    return view;
  }

  function uploaded(kind, answer, file) {
    if (!docs.has(answer.documentId)) {
      docBlock({ id: answer.documentId, kind: kind, file: file, pageCount: answer.pageCount, invalid: answer.invalid ? '文件无法读取' : null, pages: [] });
    }
    (answer.feedback || []).forEach(showPage);
    early.splice(0).forEach(showPage);
    // The checklist and progress follow the new document.
    P.api('GET', '/api/cases/' + encodeURIComponent(caseId)).then((r) => {
      if (r.status !== 200) return;
      showChecklist(r.body.checklist);
      showProgress(r.body.status, r.body.progress);
      // A report that no longer covers every document is not shown; the new one follows on the stream.
      showFlags(r.body.flags);
    });
  }

  load().then(function (v) {
    if (!v) return;
    P.events('/api/cases/' + encodeURIComponent(caseId) + '/events', function (name, data) {
      if (name === 'quick' || name === 'page') showPage(data.feedback);
      if (data.progress) showProgress('processing', data.progress);
      if (name === 'status') showProgress(data.status, data.progress);
      if (name === 'document' && data.invalid) load();
      if (name === 'report') load();
    });
  });
});
