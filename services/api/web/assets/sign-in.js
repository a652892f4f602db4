/* global window, document, sessionStorage, location */
/** Sign-in: the token is checked against /api/session and kept in this tab's sessionStorage. */
document.addEventListener('DOMContentLoaded', function () {
  const P = window.Precheck;
  const form = document.getElementById('sign-in');
  const error = form.querySelector('.error');
  const HOME = { employer: '/employer/cases', reviewer: '/reviewer/cases', admin: '/admin' };
  form.addEventListener('submit', async function (e) {
    e.preventDefault();
    error.hidden = true;
    const value = form.elements.token.value.trim();
    sessionStorage.setItem(P.KEY, value);
    let res;
    try {
      res = await window.fetch('/api/session', { headers: { authorization: 'Bearer ' + value } });
    } catch {
      res = null;
    }
    if (!res || res.status !== 200) {
      sessionStorage.removeItem(P.KEY);
      error.textContent = res && res.status === 401 ? '令牌无效或已停用，请向管理员确认。' : '暂时无法登录，请稍后再试。';
      error.hidden = false;
      return;
    }
    const session = await res.json();
    sessionStorage.setItem(P.ROLE, session.role);
    location.href = HOME[session.role] || '/';
  });
});
