/** Every UI route, so links are built from one place and never as hand-written strings. */
export const paths = {
  home: {
    path: '/',
    getHref: () => '/',
  },
  experiments: {
    path: '/experiments',
    getHref: () => '/experiments',
  },
  newExperiment: {
    path: '/experiments/new',
    getHref: () => '/experiments/new',
  },
  /** What this browser deleted lately; PostHog itself cannot list deleted experiments. */
  recentlyDeleted: {
    path: '/experiments/deleted',
    getHref: () => '/experiments/deleted',
  },
  experiment: {
    path: '/experiments/:id',
    getHref: (id: number | string) => `/experiments/${encodeURIComponent(String(id))}`,
  },
  editExperiment: {
    path: '/experiments/:id/edit',
    getHref: (id: number | string) => `/experiments/${encodeURIComponent(String(id))}/edit`,
  },
} as const;

/** A route id must be a positive whole number; anything else is a page that does not exist. */
export function parseExperimentId(raw: string | undefined): number | null {
  if (!raw || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** A pathname without its trailing slashes: "/experiments/" is the same page as "/experiments". */
export function routePath(pathname: string): string {
  return pathname.replace(/(.)\/+$/, '$1');
}
