import type { Context } from 'hono';
import { generateCookie, getCookie } from 'hono/cookie';

export interface CookieSettings {
  /** Over HTTPS (PUBLIC_URL=https://…): `Secure`, and the `__Host-` prefix, which forbids a Domain. */
  secure: boolean;
  maxAgeSeconds: number;
}

const nameOf = ({ secure }: CookieSettings) => (secure ? '__Host-ec_session' : 'ec_session');

/**
 * The session cookie's Set-Cookie value: the opaque id, HttpOnly (no script reads it), SameSite=Lax (another
 * site's requests do not carry it), Path=/. An empty id with Max-Age=0 clears it.
 */
export function sessionCookie(settings: CookieSettings, id = ''): string {
  return generateCookie(nameOf(settings), id, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: settings.secure,
    path: '/',
    maxAge: id ? settings.maxAgeSeconds : 0,
  });
}

/** The id a request's cookie carries, if it has the shape of one (32 random bytes, base64url). */
export function readSessionCookie(c: Context, settings: CookieSettings): string | undefined {
  const value = getCookie(c, nameOf(settings));
  return value && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
}
