import { useSyncExternalStore } from 'react';

/**
 * The locale and time zone dates are written in. In the browser that is the browser's own; a page rendered
 * on the server must be written in the same one, or hydration finds other text than the server sent. The
 * browser tells the server in a cookie, written by rememberDisplayZone once the app has taken over a page
 * (not in index.html's head: the first use of Intl, 30–120 ms in a new tab, would hold up the first paint).
 * On a first visit, before that cookie exists, the server cannot know, so dates are left blank until the
 * browser has taken over (never written in the wrong zone).
 */
export interface DisplayZone {
  locale: string;
  timeZone: string;
}

/** `encodeURIComponent(locale) + "|" + encodeURIComponent(timeZone)`; rememberDisplayZone writes it. */
export const ZONE_COOKIE = 'console_zone';

/** Keeps the browser's locale and zone in the cookie for the server's next rendering (a year, every load). */
export function rememberDisplayZone(): void {
  try {
    const { locale, timeZone } = Intl.DateTimeFormat().resolvedOptions();
    document.cookie = `${ZONE_COOKIE}=${encodeURIComponent(locale)}|${encodeURIComponent(timeZone)}; path=/; max-age=31536000; samesite=lax`;
  } catch {
    // No cookie (blocked, or an odd runtime): the server leaves dates blank and the browser writes them.
  }
}

/** A date held back: a figure space keeps the line's height, and no wrong date is ever shown. */
export const PENDING_DATE = '\u2007';

/** undefined: the runtime's own locale and zone (the browser). null: not known yet (dates wait). */
let current: DisplayZone | null | undefined;

const listeners = new Set<() => void>();

export function setDisplayZone(zone: DisplayZone | null | undefined): void {
  current = zone;
  listeners.forEach((notify) => notify());
}

const subscribe = (notify: () => void) => {
  listeners.add(notify);
  return () => listeners.delete(notify);
};
const known = () => current !== null;

/**
 * Components that write dates call this, so they write them again when the zone becomes known (after the
 * browser has taken over a page rendered without it). It reads the same value while hydrating as the
 * server rendered with, so the two agree.
 */
export function useDisplayZoneKnown(): boolean {
  return useSyncExternalStore(subscribe, known, known);
}

export function displayZoneKnown(): boolean {
  return current !== null;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached formatter in the display zone, or null while the zone is not known. */
export function dateFormatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat | null {
  if (current === null) return null;
  const key = `${current?.locale ?? ''}|${current?.timeZone ?? ''}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(current?.locale, {
      ...options,
      ...(current ? { timeZone: current.timeZone } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

const LOCALE = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

/** Reads the cookie; anything the runtime does not accept as a locale or zone counts as not known. */
export function parseZoneCookie(cookieHeader: string | null | undefined): DisplayZone | null {
  const raw = cookieHeader
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${ZONE_COOKIE}=`))
    ?.slice(ZONE_COOKIE.length + 1);
  if (!raw) return null;
  try {
    const [locale, timeZone] = raw.split('|').map(decodeURIComponent);
    if (!locale || !timeZone || !LOCALE.test(locale)) return null;
    new Intl.DateTimeFormat(locale, { timeZone }); // throws on an unknown zone or locale
    return { locale, timeZone };
  } catch {
    return null;
  }
}
