/** The HTML every page of the web interface shares: header, one stylesheet, its own small scripts. */

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface PageShell {
  /** Shown in the tab and as the page's heading. */
  title: string;
  /** The page's own markup (trusted: written in this folder, never built from input). */
  body: string;
  /** Script names under /assets/, loaded after common.js, in order. */
  scripts?: string[];
  /** The role the page is for: the header shows it and common.js sends other roles to sign-in. */
  role?: 'employer' | 'reviewer' | 'admin';
  /** A cache-busting tag for the assets (the service's start time). */
  version: string;
}

const ROLE_NAMES = { employer: '用人单位经办人', reviewer: '审核人员', admin: '运维管理员' } as const;

/**
 * A whole page. Data never goes into this HTML: each page's script reads it from /api with the
 * token from sessionStorage, so the HTML is the same for everyone and may be cached.
 */
export function renderPage(p: PageShell): string {
  const scripts = ['common.js', ...(p.scripts ?? [])]
    .map((s) => `<script src="/assets/${esc(s)}?v=${esc(p.version)}" defer></script>`)
    .join('');
  const who = p.role
    ? `<span class="who">${ROLE_NAMES[p.role]}</span><button type="button" id="sign-out" class="link">退出</button>`
    : '';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(p.title)} · 工作居住证材料预审</title>
<link rel="stylesheet" href="/assets/app.css?v=${esc(p.version)}">${scripts}
</head><body${p.role ? ` data-role="${p.role}"` : ''}>
<header class="top"><a class="brand" href="/">北京市工作居住证 · 材料预审</a><nav>${who}</nav></header>
<main><h1>${esc(p.title)}</h1>${p.body}</main>
<footer>材料要求依据《昌平区北京市工作居住证办理指南》（2021年8月1日起执行）；预审结果仅供参考，以审核部门意见为准。</footer>
</body></html>`;
}
