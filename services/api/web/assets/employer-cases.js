/* global window, document, location */
/** 我的申请: the employer's cases and the form that creates one. */
document.addEventListener('DOMContentLoaded', function () {
  const P = window.Precheck;
  const el = P.el;
  const STATUS = { open: '待上传', processing: '预审中', ready: '预审完成' };
  const form = document.getElementById('new-case');
  const error = form.querySelector('.error');
  form.elements.applicationDate.value = new Date().toISOString().slice(0, 10);
  form.elements.ref.value = 'SQ-' + new Date().toISOString().slice(0, 10).replace(/-/g, '') + '-' + Math.floor(Math.random() * 9000 + 1000);

  async function load() {
    const r = await P.api('GET', '/api/cases');
    const tbody = document.querySelector('#case-list tbody');
    tbody.replaceChildren();
    const cases = (r.body && r.body.cases) || [];
    document.querySelector('.empty').hidden = cases.length > 0;
    for (const c of cases) {
      tbody.append(
        el('tr', {},
          el('td', {}, el('a', { href: '/employer/cases/' + encodeURIComponent(c.id) }, c.caseId)),
          el('td', {}, el('span', { class: 'status' }, STATUS[c.status] || c.status)),
          el('td', {}, c.status === 'ready' ? String(c.rejects) : '—'),
          el('td', {}, c.status === 'ready' ? String(c.reviews) : '—'),
          el('td', {}, new Date(c.createdAt).toLocaleString('zh-CN')),
        ),
      );
    }
  }

  form.addEventListener('submit', async function (e) {
    e.preventDefault();
    error.hidden = true;
    const f = form.elements;
    const body = {
      id: f.ref.value.trim(),
      applicationType: f.applicationType.value,
      applicationDate: f.applicationDate.value,
      employer: { name: f.employer.value.trim(), category: f.category.value },
    };
    if (f.applicant.value.trim()) body.applicant = { name: f.applicant.value.trim() };
    if (f.condition.value) body.condition = f.condition.value;
    const button = form.querySelector('button');
    button.disabled = true;
    const r = await P.api('POST', '/api/cases', body).catch(() => null);
    button.disabled = false;
    if (!r || r.status !== 201) {
      error.textContent = r && r.status === 400 ? '请检查填写的内容后再提交。' : '暂时无法创建，请稍后再试。';
      error.hidden = false;
      return;
    }
    location.href = '/employer/cases/' + encodeURIComponent(r.body.id);
  });

  load();
});
