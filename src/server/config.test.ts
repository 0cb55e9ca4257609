import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to the embedded server on loopback port 4400', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4400,
      host: '127.0.0.1',
      posthog: undefined,
      embeddedApiKey: undefined,
    });
    expect(config.databaseFile).toMatch(/\.data\/experiment-console\.sqlite$/);
  });

  it('reads PostHog mode and trims the host', () => {
    const config = loadConfig({
      POSTHOG_HOST: 'https://us.posthog.com/',
      POSTHOG_PERSONAL_API_KEY: 'phx_1',
      POSTHOG_PROJECT_ID: '42',
    });
    expect(config.posthog).toEqual({
      host: 'https://us.posthog.com',
      apiKey: 'phx_1',
      projectId: 42,
    });
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ POSTHOG_HOST: 'https://us.posthog.com' }, /POSTHOG_PERSONAL_API_KEY is required/],
    [{ POSTHOG_PERSONAL_API_KEY: 'phx_1' }, /POSTHOG_HOST is required/],
    [
      { POSTHOG_HOST: 'us.posthog.com', POSTHOG_PERSONAL_API_KEY: 'phx_1' },
      /POSTHOG_HOST must be an http\(s\) URL/,
    ],
    [
      {
        POSTHOG_HOST: 'https://x.example',
        POSTHOG_PERSONAL_API_KEY: 'k',
        POSTHOG_PROJECT_ID: 'abc',
      },
      /POSTHOG_PROJECT_ID/,
    ],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('refuses to bind off loopback unless the API needs a key or ALLOW_UNAUTHENTICATED=true says so', () => {
    for (const host of ['127.0.0.1', '127.8.0.1', '::1', 'localhost'])
      expect(loadConfig({ HOST: host }).unauthenticatedOffLoopback).toBe(false);
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(
      /HOST 0\.0\.0\.0 is not a loopback address.*change every experiment.*ALLOW_UNAUTHENTICATED=true/,
    );
    expect(() =>
      loadConfig({
        HOST: '10.0.0.5',
        POSTHOG_HOST: 'https://us.posthog.com',
        POSTHOG_PERSONAL_API_KEY: 'phx_1',
      }),
    ).toThrow(/act with your PostHog key/);
    // An embedded API that requires a bearer key is not open; a proxy's key does not protect the proxy.
    expect(loadConfig({ HOST: '0.0.0.0', EMBEDDED_API_KEY: 'k' }).unauthenticatedOffLoopback).toBe(
      false,
    );
    expect(
      loadConfig({ HOST: '0.0.0.0', ALLOW_UNAUTHENTICATED: 'true' }).unauthenticatedOffLoopback,
    ).toBe(true);
    expect(() => loadConfig({ HOST: '0.0.0.0', ALLOW_UNAUTHENTICATED: 'yes' })).toThrow(
      /ALLOW_UNAUTHENTICATED must be true or false/,
    );
  });

  it('AUTH=personal-key turns sign-in on, needs SESSION_SECRET, and may listen off loopback', () => {
    const secret = 's'.repeat(32);
    expect(
      loadConfig({ AUTH: 'personal-key', SESSION_SECRET: secret, HOST: '0.0.0.0' }),
    ).toMatchObject({
      signIn: { secret, idleMs: 12 * 3_600_000, absoluteMs: 30 * 86_400_000 },
      unauthenticatedOffLoopback: false,
    });
    expect(
      loadConfig({
        AUTH: 'personal-key',
        SESSION_SECRET: secret,
        SESSION_IDLE_HOURS: '1',
        SESSION_MAX_DAYS: '7',
      }).signIn,
    ).toMatchObject({ idleMs: 3_600_000, absoluteMs: 7 * 86_400_000 });
    expect(loadConfig({}).signIn).toBeUndefined();
    expect(() => loadConfig({ AUTH: 'password' })).toThrow(/AUTH must be personal-key/);
    expect(() => loadConfig({ AUTH: 'personal-key' })).toThrow(
      /SESSION_SECRET is required with AUTH=personal-key/,
    );
    expect(() => loadConfig({ AUTH: 'personal-key', SESSION_SECRET: 'short' })).toThrow(
      /SESSION_SECRET must be at least 32 characters/,
    );
    expect(() =>
      loadConfig({ AUTH: 'personal-key', SESSION_SECRET: secret, EMBEDDED_API_KEY: 'k' }),
    ).toThrow(/choose one/);
    // PostHog mode: each person's key, so no server-wide one, which would act for people who have not.
    expect(
      loadConfig({
        AUTH: 'personal-key',
        SESSION_SECRET: secret,
        POSTHOG_HOST: 'https://us.posthog.com',
        HOST: '0.0.0.0',
      }),
    ).toMatchObject({ signIn: { secret }, posthog: { host: 'https://us.posthog.com' } });
    expect(() =>
      loadConfig({
        AUTH: 'personal-key',
        SESSION_SECRET: secret,
        POSTHOG_HOST: 'https://us.posthog.com',
        POSTHOG_PERSONAL_API_KEY: 'phx_1',
      }),
    ).toThrow(/POSTHOG_PERSONAL_API_KEY must not be set with AUTH=personal-key/);
  });

  it('refuses sign-in settings that would break it', () => {
    const signIn = { AUTH: 'personal-key', SESSION_SECRET: 's'.repeat(32) };
    // Browsers keep a cookie 400 days at most.
    expect(() => loadConfig({ ...signIn, SESSION_MAX_DAYS: '500' })).toThrow(/SESSION_MAX_DAYS/);
    // Behind a TLS proxy the cookie must be Secure, which PUBLIC_URL's scheme decides.
    expect(() => loadConfig({ ...signIn, TRUST_PROXY: 'true' })).toThrow(
      /PUBLIC_URL must be the https:\/\/ address/,
    );
    expect(
      loadConfig({ ...signIn, TRUST_PROXY: 'true', PUBLIC_URL: 'https://experiments.example.com' })
        .trustProxy,
    ).toBe(true);
  });

  it('PUBLIC_URL and TRUST_PROXY describe a reverse proxy in front', () => {
    expect(
      loadConfig({ PUBLIC_URL: 'https://console.example.com', TRUST_PROXY: 'true' }),
    ).toMatchObject({ publicUrl: new URL('https://console.example.com'), trustProxy: true });
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(() => loadConfig({ PUBLIC_URL: 'console.example.com' })).toThrow(/PUBLIC_URL must be/);
    expect(() => loadConfig({ TRUST_PROXY: '1' })).toThrow(/TRUST_PROXY must be true or false/);
  });

  it('never puts the key in an error message', () => {
    expect(() => loadConfig({ POSTHOG_PERSONAL_API_KEY: 'phx_very_secret' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('phx_very_secret') }),
    );
  });
});
