/* global window, document, location */
/**
 * One case for a reviewer: its flags grouped by document and page, each with its evidence (the page
 * with the box drawn, the text read, the value against the expected one, the guide clause), its
 * decision, and a form to confirm or dismiss it with a comment. A thumbnail opens the page full size.
 */
document.addEventListener('DOMContentLoaded', function () {
  const P = window.Precheck;
  const el = P.el;
  const W = window.ReviewerWords;
  const id = location.pathname.split('/').pop();
  const summary = document.getElementById('summary');
  const groupsEl = document.getElementById('groups');
  const dialog = document.getElementById('full-page');
  let view = null;

  const show = function (v) {
    if (v === null || v === undefined) return '—';
    return typeof v === 'object' ? JSON.stringify(v) : String(v);
  };

  async function load() {
    const r = await P.api('GET', '/api/cases/' + id + '/review');
    if (r.status !== 200) {
      summary.replaceChildren(el('p', { class: 'error' }, r.status === 404 ? '没有这个申请。' : '加载失败（' + r.status + '）'));
      return;
    }
    view = r.body;
    renderSummary();
    renderGroups();
  }

  function renderSummary() {
    const f = view.case.fields;
    const applicant = f.applicant || {};
    const reveal = el('button', { type: 'button', class: 'link', id: 'reveal-applicant' }, '显示完整号码');
    const idSpan = el('span', { class: 'id-number' }, applicant.idNumber || '—');
    reveal.addEventListener('click', async function () {
      const r = await P.api('POST', '/api/cases/' + id + '/reveal', { field: 'applicant' });
      if (r.status === 200) {
        idSpan.textContent = r.body.value;
        reveal.remove();
      }
    });
    const flags = view.report ? view.report.flags : [];
    const open = flags.filter((x) => !x.decision && x.severity !== 'info').length;
    summary.replaceChildren(
      el('h2', {}, '申请 ' + (f.id || view.case.id)),
      el(
        'dl',
        { class: 'facts' },
        el('dt', {}, '用人单位'), el('dd', {}, (f.employer && f.employer.name) || '—', el('span', { class: 'muted' }, '（' + view.case.tenant + '）')),
        el('dt', {}, '申请人'), el('dd', {}, applicant.name || '—'),
        el('dt', {}, '身份证号'), el('dd', {}, idSpan, applicant.idNumber ? reveal : null),
        el('dt', {}, '申请类型 / 日期'), el('dd', {}, (W.applicationType[f.applicationType] || f.applicationType || '—') + ' / ' + (f.applicationDate || '—')),
        el('dt', {}, '状态'), el('dd', {}, W.status[view.case.status] || view.case.status),
        el('dt', {}, '待处理问题'), el('dd', { id: 'open-count' }, view.report ? open + ' / ' + flags.length : '预审尚未完成'),
      ),
    );
  }

  function docOf(file) {
    return view.documents.find((d) => d.file === file) || null;
  }
  function pageOf(file, n) {
    const d = view.report.documents.find((x) => x.file === file);
    return d && n ? d.pages.find((p) => p.page === n) || null : null;
  }

  /** Flags grouped: the case as a whole first, then each document in report order, its pages in order. */
  function grouped() {
    const groups = [];
    const byKey = new Map();
    for (const f of view.report.flags) {
      const k = (f.file || '') + '|' + (f.page || 0);
      if (!byKey.has(k)) {
        const g = { file: f.file, page: f.page, flags: [] };
        byKey.set(k, g);
        groups.push(g);
      }
      byKey.get(k).flags.push(f);
    }
    const order = (g) => (g.file === null ? -1 : view.report.documents.findIndex((d) => d.file === g.file));
    return groups.sort((a, b) => order(a) - order(b) || (a.page || 0) - (b.page || 0));
  }

  function renderGroups() {
    groupsEl.replaceChildren();
    if (!view.report) {
      groupsEl.append(el('section', { class: 'card' }, el('p', { class: 'muted' }, '预审尚未完成，请稍后刷新。')));
      return;
    }
    let lastFile;
    let section;
    for (const g of grouped()) {
      if (g.file !== lastFile || !section) {
        lastFile = g.file;
        const doc = g.file ? docOf(g.file) : null;
        section = el('section', { class: 'card doc-group' }, el('h2', {}, g.file ? g.file : '申请整体', doc ? el('span', { class: 'muted' }, ' · ' + doc.kindName + ' · ' + doc.pageCount + '页') : null));
        groupsEl.append(section);
      }
      const page = pageOf(g.file, g.page);
      const row = el('div', { class: 'page-group' });
      if (page) row.append(thumbnail(g, page));
      const list = el('div', { class: 'flag-list' }, g.page ? el('h3', {}, '第' + g.page + '页') : null);
      for (const f of g.flags) list.append(flagCard(f, page));
      row.append(list);
      section.append(row);
    }
  }

  function marksOf(g, page) {
    const out = [];
    for (const f of g.flags) for (const m of window.ReviewerBoxes(f, page)) out.push(m);
    return out;
  }

  function thumbnail(g, page) {
    const doc = docOf(g.file);
    const fig = window.ReviewerFigure(el, page, marksOf(g, page), { class: 'thumb' });
    const button = el('button', { type: 'button', class: 'thumb-button', title: '查看原尺寸' }, fig.wrap);
    if (doc && doc.id) {
      P.image('/api/cases/' + id + '/documents/' + doc.id + '/pages/' + page.page + '/image?width=480').then(function (url) {
        if (url) fig.img.src = url;
      });
      button.addEventListener('click', function () {
        openFull(doc, page, marksOf(g, page));
      });
    }
    return button;
  }

  async function openFull(doc, page, marks) {
    const fig = window.ReviewerFigure(el, page, marks, { class: 'full' });
    dialog.querySelector('.full-wrap').replaceChildren(el('p', {}, doc.file + ' 第' + page.page + '页'), fig.wrap);
    dialog.showModal();
    const url = await P.image('/api/cases/' + id + '/documents/' + doc.id + '/pages/' + page.page + '/image?width=1600');
    if (url) fig.img.src = url;
  }

  function flagCard(f, page) {
    const ev = f.evidence || {};
    const marks = window.ReviewerBoxes(f, page);
    const card = el(
      'article',
      { class: 'flag ' + f.severity + (f.decision ? ' decided ' + f.decision.outcome : ''), 'data-key': f.key || '' },
      el(
        'header',
        {},
        el('span', { class: 'sev ' + f.severity }, W.severity[f.severity]),
        el('span', { class: 'code' }, f.code),
        el('span', { class: 'muted' }, window.ReviewerCodes[f.code] || ''),
        f.decision ? el('span', { class: 'decision-tag ' + f.decision.outcome }, W.outcome[f.decision.outcome]) : null,
      ),
      el('p', { class: 'message' }, f.message),
      el(
        'dl',
        { class: 'evidence' },
        el('dt', {}, '指南条款'), el('dd', {}, f.rule),
        ev.text ? el('dt', {}, '识别文字') : null, ev.text ? el('dd', { class: 'read' }, ev.text) : null,
        ev.value !== null && ev.value !== undefined ? el('dt', {}, '识别值') : null,
        ev.value !== null && ev.value !== undefined ? el('dd', {}, show(ev.value)) : null,
        ev.expected !== null && ev.expected !== undefined ? el('dt', {}, '应为') : null,
        ev.expected !== null && ev.expected !== undefined ? el('dd', {}, show(ev.expected)) : null,
        marks.length ? el('dt', {}, '位置') : null,
        marks.length ? el('dd', {}, [...new Set(marks.map((m) => W.mark[m.kind]))].join('、')) : null,
      ),
    );
    if (f.decision) {
      card.append(el('p', { class: 'decision-note' }, W.outcome[f.decision.outcome] + '：' + f.decision.comment, el('span', { class: 'muted' }, ' · ' + new Date(f.decision.at).toLocaleString('zh-CN'))));
    }
    if (f.key) card.append(decisionForm(f));
    return card;
  }

  function decisionForm(f) {
    const form = el(
      'form',
      { class: 'decide' },
      el('textarea', { name: 'comment', rows: 2, required: true, maxlength: 2000, placeholder: '处理意见（必填）' }),
      el('div', { class: 'actions' },
        el('button', { type: 'submit', name: 'outcome', value: 'confirmed', class: 'confirm' }, '确认问题'),
        el('button', { type: 'submit', name: 'outcome', value: 'dismissed', class: 'dismiss' }, '驳回（误报）'),
        el('span', { class: 'error', role: 'alert', hidden: true }),
      ),
    );
    if (f.decision) form.elements.comment.value = f.decision.comment;
    form.addEventListener('submit', async function (e) {
      e.preventDefault();
      const outcome = e.submitter && e.submitter.value;
      const comment = form.elements.comment.value.trim();
      const error = form.querySelector('.error');
      if (!comment) {
        error.textContent = '请填写处理意见';
        error.hidden = false;
        return;
      }
      const r = await P.api('PUT', '/api/cases/' + id + '/flags/' + f.key + '/decision', { outcome: outcome, comment: comment });
      if (r.status !== 200) {
        error.textContent = '保存失败（' + r.status + '）';
        error.hidden = false;
        return;
      }
      f.decision = r.body.decision;
      renderSummary();
      renderGroups();
    });
    return form;
  }

  load();
});
