/* global window */
/**
 * A page's card: its thumbnail (fetched with the token into a blob: URL), five badges and what to
 * do. `feedback` is the server's (case-view/page-feedback.ts): states and sentences, no codes.
 */
(function () {
  const P = window.Precheck;
  const el = P.el;
  const LABELS = { clear: '清晰', whole: '完整', seal: '公章', note: '与原件一致', signature: '签字' };
  const STATE = { ok: '✓', bad: '✗', unsure: '待核对', not_needed: '不需要', pending: '检查中', likely: '初判有' };
  const HINT = { ok: '已检测到', bad: '未通过', unsure: '未能自动确认，将由审核人员核对', not_needed: '此类材料不需要', pending: '正在检查', likely: '初查似有手写，完整分析后确认' };
  const STAGE = { pending: '分析中', quick: '初查结果，完整分析中', full: '', failed: '无法读取' };

  // Thumbnails are fetched when they scroll into view (a 60-page file costs the line what is seen).
  const visible = new window.IntersectionObserver(
    function (entries) {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        const img = e.target;
        visible.unobserve(img);
        P.image(img.dataset.path).then(function (url) {
          if (!url) return;
          img.alt = '第' + img.dataset.page + '页';
          img.src = url;
        });
      }
    },
    { rootMargin: '300px' },
  );

  function badges(feedback) {
    return el(
      'div',
      { class: 'badges' },
      ...Object.keys(LABELS).map(function (k) {
        const s = feedback.badges[k];
        return el('span', { class: 'badge ' + s, 'data-badge': k, 'data-state': s, title: LABELS[k] + '：' + HINT[s] }, LABELS[k] + ' ' + STATE[s]);
      }),
    );
  }

  function advice(feedback) {
    if (!feedback.advice.length) return null;
    return el('ul', { class: 'advice' }, ...feedback.advice.map((a) => el('li', { class: a.severity }, a.text)));
  }

  /** A new card, or `card` updated in place (its thumbnail kept). A full result is never replaced by a quick one. */
  function render(caseId, feedback, card) {
    if (card && card.dataset.stage === 'full' && feedback.stage !== 'full') return card;
    if (!card) {
      card = el('figure', { class: 'page', 'data-page': feedback.page });
      const img = el('img', { class: 'thumb', alt: '' });
      card.append(img, el('figcaption', {}));
      img.dataset.path = '/api/cases/' + caseId + '/documents/' + feedback.documentId + '/pages/' + feedback.page + '/image?width=240';
      img.dataset.page = feedback.page;
      visible.observe(img);
    }
    card.dataset.stage = feedback.stage;
    const caption = card.querySelector('figcaption');
    const stage = STAGE[feedback.stage];
    const parts = [el('div', { class: 'no' }, '第' + feedback.page + '页', stage ? el('span', { class: 'muted' }, ' · ' + stage) : null), badges(feedback), advice(feedback)];
    caption.replaceChildren(...parts.filter(Boolean));
    return card;
  }

  function pending(documentId, page) {
    const b = { clear: 'pending', whole: 'pending', seal: 'pending', note: 'pending', signature: 'pending' };
    return { documentId: documentId, page: page, stage: 'pending', badges: b, advice: [] };
  }

  window.PageBadges = { render: render, pending: pending };
})();
