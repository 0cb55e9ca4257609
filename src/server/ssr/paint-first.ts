/** The entry script Vite writes into index.html. */
const ENTRY_SCRIPT = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"><\/script>/;

/**
 * A rendered page's rows are in its HTML, but a module script runs before the browser's first paint when it
 * is already cached (a reload): Chromium evaluated the whole bundle and began hydrating before it showed the
 * rows it had parsed (bench: first rows, reload, ~2.4× the static page against ~1.5× cold). Here the entry
 * is imported one frame later, after that paint. The inline script's hash is in the page's CSP
 * (server-app.ts). In a background tab, where frames wait, it waits too: nobody is looking.
 */
export function scriptAfterFirstPaint(html: string): string {
  return html.replace(
    ENTRY_SCRIPT,
    (_, src: string) =>
      `<script type="module">requestAnimationFrame(() => setTimeout(() => import(${JSON.stringify(src)})));</script>`,
  );
}
