/**
 * The project's remote config as PostHog serves it to posthog-js (`/array/{token}/config`, also merged into
 * `/decide/` and `/flags/?config=true`): the compressions capture reads (posthog-js then gzips its
 * batches), the analytics endpoint, and every optional feature the embedded server does not have
 * (recordings, surveys, heatmaps, site apps) switched off so the SDK loads nothing for them.
 */
export function remoteConfig(token: string, hasFeatureFlags: boolean) {
  return {
    token,
    supportedCompression: ['gzip', 'gzip-js'],
    hasFeatureFlags,
    analytics: { endpoint: '/i/v0/e/' },
    defaultIdentifiedOnly: true,
    elementsChainAsString: true,
    autocapture_opt_out: false,
    autocaptureExceptions: false,
    captureDeadClicks: false,
    capturePerformance: false,
    heatmaps: false,
    sessionRecording: false,
    surveys: false,
    siteApps: [],
  };
}

/** The script form posthog-js loads first; the token is written as a JSON string, never as code. */
export function remoteConfigScript(token: string, hasFeatureFlags: boolean): string {
  const config = JSON.stringify({ config: remoteConfig(token, hasFeatureFlags), siteApps: [] });
  return `(function(){window._POSTHOG_REMOTE_CONFIG=window._POSTHOG_REMOTE_CONFIG||{};window._POSTHOG_REMOTE_CONFIG[${JSON.stringify(token)}]=${config};})();`;
}
