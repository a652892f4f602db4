/* global window, document, location, URLSearchParams */
/** The reviewer queue: filters in the URL (a filtered queue can be bookmarked), rows from /api/review/cases. */
document.addEventListener('DOMContentLoaded', function () {
  const P = window.Precheck;
  const el = P.el;
  const form = document.getElementById('filters');
  const body = document.querySelector('#queue tbody');
  const params = new URLSearchParams(location.search);

  const codes = form.elements.code;
  for (const [code, name] of Object.entries(window.ReviewerCodes)) codes.append(el('option', { value: code }, name + ' · ' + code));
  for (const k of ['code', 'status', 'employer', 'tenant']) if (params.get(k)) form.elements[k].value = params.get(k);

  function waited(iso) {
    const h = Math.max(0, (Date.now() - new Date(iso).getTime()) / 3600000);
    return h < 1 ? '不到1小时' : h < 48 ? Math.floor(h) + '小时' : Math.floor(h / 24) + '天';
  }

  async function load() {
    const q = new URLSearchParams();
    for (const k of ['code', 'status', 'employer', 'tenant']) if (form.elements[k].value.trim()) q.set(k, form.elements[k].value.trim());
    const r = await P.api('GET', '/api/review/cases?' + q.toString());
    body.replaceChildren();
    const rows = (r.body && r.body.cases) || [];
    document.getElementById('count').textContent = r.status === 200 ? '共 ' + rows.length + ' 件' : '加载失败（' + r.status + '）';
    document.querySelector('.empty').hidden = rows.length > 0;
    for (const c of rows) {
      const tr = el(
        'tr',
        { class: 'row' + (c.openRejects ? ' has-reject' : c.openReviews ? ' has-review' : ''), 'data-id': c.id },
        el('td', {}, el('a', { href: '/reviewer/cases/' + c.id }, c.caseRef || c.id.slice(0, 8))),
        el('td', {}, c.employer || '—', el('div', { class: 'muted small' }, c.tenant)),
        el('td', {}, el('span', { class: 'status' }, window.ReviewerWords.status[c.status] || c.status)),
        el('td', { class: c.openRejects ? 'num bad' : 'num' }, String(c.openRejects)),
        el('td', { class: c.openReviews ? 'num unsure' : 'num' }, String(c.openReviews)),
        el('td', { class: 'num' }, c.decided + ' / ' + c.flags),
        el('td', {}, waited(c.createdAt)),
      );
      tr.addEventListener('click', function (e) {
        if (e.target.tagName !== 'A') location.href = '/reviewer/cases/' + c.id;
      });
      body.append(tr);
    }
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    const q = new URLSearchParams();
    for (const k of ['code', 'status', 'employer', 'tenant']) if (form.elements[k].value.trim()) q.set(k, form.elements[k].value.trim());
    window.history.replaceState(null, '', '?' + q.toString());
    load();
  });
  load();
});
