/* global window, document, location, fetch */
/** The admin page: trades the token for the dashboard's cookie session, then opens the dashboard. */
document.addEventListener('DOMContentLoaded', function () {
  const P = window.Precheck;
  const button = document.getElementById('open-queues');
  const error = button.parentElement.querySelector('.error');
  button.addEventListener('click', async function () {
    error.hidden = true;
    const res = await fetch('/api/admin/queues-session', { method: 'POST', headers: { authorization: 'Bearer ' + P.token() } });
    if (res.status === 201) return void (location.href = '/admin/queues');
    error.textContent = '无法打开（' + res.status + '）';
    error.hidden = false;
  });
});
