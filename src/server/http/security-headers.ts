import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

/** sha256 sources for each inline <script> (no src) of a page, as CSP's script-src takes them. */
export function inlineScriptHashes(html: string): string[] {
  const scripts = html.matchAll(/<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi);
  return [...scripts].map(
    ([, body]) =>
      `'sha256-${createHash('sha256')
        .update(body ?? '')
        .digest('base64')}'`,
  );
}

/**
 * The console's Content-Security-Policy: its own scripts and the inline ones whose hashes are given (the
 * colour-scheme snippet in index.html), nothing else. Styles allow 'unsafe-inline' because MUI's emotion
 * inserts <style> elements at run time and React sets style attributes; a nonce would need a per-request
 * index.html and emotion's cache built with it, for styles only: scripts, the real risk, stay hash-only.
 * `frame-ancestors 'none'`: no page may frame the console (a framed "Archive" could be clicked for you).
 */
export function contentSecurityPolicy(scriptHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * On every response (pages, assets, API, proxied answers): the CSP, X-Frame-Options for browsers that
 * predate frame-ancestors, nosniff so nothing is read as another type than it says, and a referrer that
 * never leaves the origin (experiment URLs name what a team is testing).
 */
export function securityHeaders(csp: string): MiddlewareHandler {
  const headers: [string, string][] = [
    ['Content-Security-Policy', csp],
    ['X-Frame-Options', 'DENY'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'same-origin'],
  ];
  return async (c, next) => {
    await next();
    try {
      for (const [name, value] of headers) c.res.headers.set(name, value);
    } catch {
      // Immutable headers (a Response straight from fetch): copy it once, then set them.
      c.res = new Response(c.res.body, c.res);
      for (const [name, value] of headers) c.res.headers.set(name, value);
    }
  };
}
