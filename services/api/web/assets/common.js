/* global window, document, sessionStorage, fetch, location, URL, TextDecoder, setTimeout */
/**
 * Shared by every page: the token (sessionStorage, sent as a bearer header by fetch, never put in a
 * URL or a cookie), JSON calls, page images fetched with the token into blob: URLs, and the case's
 * server-sent events read with fetch (EventSource cannot send a header).
 */
(function () {
  const KEY = 'precheck.token';
  const ROLE = 'precheck.role';

  function token() {
    return sessionStorage.getItem(KEY);
  }
  function signOut() {
    sessionStorage.removeItem(KEY);
    sessionStorage.removeItem(ROLE);
    location.href = '/';
  }
  function headers(extra) {
    return Object.assign({ authorization: 'Bearer ' + token() }, extra || {});
  }

  /** JSON in, JSON out; 401 ends the session. Resolves { status, body }. */
  async function api(method, path, body) {
    const init = { method: method, headers: headers(body === undefined ? {} : { 'content-type': 'application/json' }) };
    if (body !== undefined) init.body = JSON.stringify(body);
    const res = await fetch(path, init);
    if (res.status === 401) signOut();
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  }

  /** A page image as a blob: URL (the route wants the bearer token), or null when not allowed. */
  async function image(path) {
    const res = await fetch(path, { headers: headers() });
    if (!res.ok) return null;
    return URL.createObjectURL(await res.blob());
  }

  /**
   * Server-sent events over fetch: onEvent(name, data) per event; reconnects after a dropped
   * stream (the server starts each stream with a status snapshot). Returns a stop function.
   */
  function events(path, onEvent) {
    let stopped = false;
    let controller = null;
    async function run() {
      while (!stopped) {
        controller = new window.AbortController();
        try {
          const res = await fetch(path, { headers: headers({ accept: 'text/event-stream' }), signal: controller.signal });
          if (res.status === 401) return signOut();
          if (!res.ok || !res.body) throw new Error('stream ' + res.status);
          const reader = res.body.getReader();
          const decoder = new TextDecoder();
          let buf = '';
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            buf += decoder.decode(value, { stream: true });
            let cut;
            while ((cut = buf.indexOf('\n\n')) >= 0) {
              const block = buf.slice(0, cut);
              buf = buf.slice(cut + 2);
              let name = 'message';
              let data = '';
              for (const line of block.split('\n')) {
                if (line.startsWith('event: ')) name = line.slice(7);
                else if (line.startsWith('data: ')) data += line.slice(6);
              }
              if (data) onEvent(name, JSON.parse(data));
            }
          }
        } catch {
          // dropped or refused: try again shortly
        }
        if (!stopped) await new Promise((r) => setTimeout(r, 2000));
      }
    }
    run();
    return function stop() {
      stopped = true;
      if (controller) controller.abort();
    };
  }

  /** Builds DOM from data without innerHTML: el('p', { class: 'x' }, 'text', child). */
  function el(tag, attrs) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (let i = 2; i < arguments.length; i++) {
      const c = arguments[i];
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof window.Node ? c : String(c));
    }
    return node;
  }

  // A page for a role needs a token of that role; anything else goes back to sign-in.
  document.addEventListener('DOMContentLoaded', function () {
    const wanted = document.body.dataset.role;
    if (wanted && (!token() || sessionStorage.getItem(ROLE) !== wanted)) return signOut();
    const out = document.getElementById('sign-out');
    if (out) out.addEventListener('click', signOut);
  });

  window.Precheck = { token: token, signOut: signOut, api: api, image: image, events: events, el: el, KEY: KEY, ROLE: ROLE };
})();
