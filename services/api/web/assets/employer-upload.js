/* global window, FormData */
/**
 * Upload slots, one per material kind: drop files on a slot or pick several at once; each file is
 * sent on its own (kind = the slot) and its pages' quick checks come back in the answer.
 */
(function () {
  const P = window.Precheck;
  const el = P.el;
  const ERRORS = {
    413: '文件过大，请压缩后重新上传',
    415: '只能上传PDF文件',
    400: '文件无法识别为PDF，请上传原件的PDF扫描件',
    429: '上传过于频繁，请稍后再试',
    503: '服务繁忙，请稍后重试',
  };

  async function send(caseId, kind, file) {
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', file, file.name);
    const res = await window.fetch('/api/cases/' + caseId + '/documents', { method: 'POST', headers: { authorization: 'Bearer ' + P.token() }, body: form });
    if (res.status === 401) return P.signOut();
    const body = await res.json().catch(() => null);
    return { status: res.status, body: body };
  }

  /** A slot element; onUploaded(slotKind, answer) for each file accepted. */
  function slot(caseId, s, onUploaded) {
    const input = el('input', { type: 'file', accept: 'application/pdf,.pdf', multiple: true, 'data-kind': s.kind });
    const status = el('div', { class: 'muted upload-status', role: 'status' });
    const hint = s.marks ? '每页需加盖公章、经办人手写标注并签字' : '无需盖章或标注';
    const node = el(
      'section',
      { class: 'slot', 'data-kind': s.kind },
      el('div', { class: 'slot-head' }, el('h3', {}, s.name, s.required !== 'no' ? el('span', { class: 'muted' }, s.required === 'yes' ? '（必需）' : '（住所证明，任选其一）') : null), el('span', { class: 'hint' }, hint), el('button', { type: 'button', class: 'pick', onclick: () => input.click() }, '选择文件')),
      el('div', { class: 'muted' }, '可将PDF文件拖到此处'),
      input,
      status,
      el('div', { class: 'docs' }),
    );
    async function take(files) {
      for (const file of files) {
        status.textContent = '正在上传并检查“' + file.name + '”…';
        let r;
        try {
          r = await send(caseId, s.kind, file);
        } catch {
          r = null;
        }
        if (r && r.status === 202) {
          status.textContent = '';
          onUploaded(s.kind, r.body, file.name);
        } else status.textContent = '“' + file.name + '”上传失败：' + ((r && ERRORS[r.status]) || '请稍后重试');
      }
    }
    input.addEventListener('change', () => take(Array.from(input.files)).then(() => (input.value = '')));
    node.addEventListener('dragover', (e) => (e.preventDefault(), node.classList.add('over')));
    node.addEventListener('dragleave', () => node.classList.remove('over'));
    node.addEventListener('drop', (e) => {
      e.preventDefault();
      node.classList.remove('over');
      take(Array.from(e.dataTransfer.files));
    });
    return node;
  }

  window.EmployerUpload = { slot: slot };
})();
