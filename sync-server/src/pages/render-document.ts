// Runs on the server. The HTML document around every public page: one stylesheet, at most one
// deferred module script (with its imports preloaded, and warm-intl.js ahead of one that formats dates), and nothing
// inline, so the strict PAGE_CSP holds.
import { html, jsonForScript, type HtmlValue, type SafeHtml } from './escape-html.ts';
import type { Language } from './i18n/languages.ts';
import { ASSET_URLS, formatsDates, moduleDependencies } from './page-assets.ts';

export interface DocumentParts {
  title: string;
  body: SafeHtml;
  /** The enhancement script, if the page has one. */
  script?: string;
  /** Data for the script: `<script type="application/json" id={id}>`. */
  data?: { id: string; value: unknown };
  /** Pages behind a secret token must not be indexed. */
  noIndex?: boolean;
  /** The page's language, for `<html lang>` (screen readers, hyphenation); English when not given. */
  lang?: Language;
}

export function renderDocument({ title, body, script, data, noIndex = true, lang = 'en' }: DocumentParts): string {
  const head: HtmlValue[] = [
    // The URL is a capability (a link or manage token): never send it to another site.
    html`<meta name="referrer" content="no-referrer">`,
    noIndex && html`<meta name="robots" content="noindex, nofollow">`,
    html`<link rel="icon" href="data:,">`,
    html`<link rel="stylesheet" href="${ASSET_URLS.styles}">`,
    // Async and without imports: it runs as soon as it arrives, before the page's modules (warm-intl.js).
    script !== undefined && formatsDates(script) && html`<script type="module" src="${ASSET_URLS.warmIntl}" async></script>`,
    script !== undefined && html`<script type="module" src="${script}"></script>`,
    // Fetch the script's imports alongside it rather than one after another.
    // (warm-intl.js, which a script may import too, already has its own tag above.)
    script !== undefined && moduleDependencies(script).filter((url) => url !== ASSET_URLS.warmIntl).map((url) => html`<link rel="modulepreload" href="${url}">`),
  ];
  const dataBlock = data && html`<script type="application/json" id="${data.id}">${jsonForScript(data.value)}</script>`;
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${head}
</head>
<body>
${body}
${dataBlock}
</body>
</html>
`.markup;
}
