import { afterEach, describe, expect, it } from 'vitest';
import { formatDate } from './format-date';
import { parseZoneCookie, PENDING_DATE, setDisplayZone } from './display-zone';

describe('the display zone', () => {
  afterEach(() => setDisplayZone(undefined));

  it('reads the locale and zone index.html writes, and nothing else', () => {
    const cookie = `a=1; console_zone=${encodeURIComponent('en-GB')}|${encodeURIComponent('Asia/Tokyo')}; b=2`;
    expect(parseZoneCookie(cookie)).toEqual({ locale: 'en-GB', timeZone: 'Asia/Tokyo' });
    expect(parseZoneCookie(undefined)).toBeNull();
    expect(parseZoneCookie('console_zone=en-GB|Mars/Olympus')).toBeNull();
    expect(parseZoneCookie('console_zone=<script>|UTC')).toBeNull();
    expect(parseZoneCookie('console_zone=%E0%A4%A|UTC')).toBeNull();
  });

  it('writes dates in the given zone, and holds them back while the zone is not known', () => {
    const iso = '2026-03-01T20:00:00Z';
    setDisplayZone({ locale: 'en-US', timeZone: 'Asia/Tokyo' });
    expect(formatDate(iso)).toBe('Mar 2, 2026');
    setDisplayZone({ locale: 'en-US', timeZone: 'America/New_York' });
    expect(formatDate(iso)).toBe('Mar 1, 2026');
    setDisplayZone(null);
    expect(formatDate(iso)).toBe(PENDING_DATE);
    expect(formatDate(null)).toBeNull();
  });
});
