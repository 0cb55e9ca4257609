import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { EXPERIMENTS_API } from '../support/experiments-api';

/** A seeded demo experiment's id, by its exact name (archived ones included). */
export async function demoExperimentId(request: APIRequestContext, name: string): Promise<number> {
  for (const archived of ['false', 'true']) {
    const search = new URLSearchParams({ search: name, archived, limit: '100' });
    const response = await request.get(`${EXPERIMENTS_API}?${search.toString()}`);
    expect(response.ok()).toBe(true);
    const { results } = (await response.json()) as { results: { id: number; name: string }[] };
    const found = results.find((e) => e.name === name);
    if (found) return found.id;
  }
  throw new Error(`No demo experiment named "${name}"`);
}

/** The Results tab of the experiment page, as a person reads it. */
export function resultsPage(page: Page) {
  return {
    goto: (id: number, query = '') => page.goto(`/experiments/${id}${query}`),
    tab: page.getByRole('tab', { name: 'Results' }),
    /** One metric's table; its heading (the metric's name) names it. */
    metric: (name: string) => page.getByRole('table', { name, exact: true }),
    variant: (table: Locator, key: string) =>
      table.getByRole('row', {
        name: new RegExp(`^${key.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&')}\\b`),
      }),
    exposuresChart: page.getByRole('figure', { name: 'Cumulative exposures per day' }),
    exposuresByDay: page.getByRole('table', { name: 'Cumulative exposures by day' }),
    totals: page.getByRole('table', { name: 'Total exposures' }),
    mismatch: page.getByRole('alert', { name: /Sample ratio mismatch/ }),
    refresh: page.getByRole('button', { name: 'Refresh' }),
    /** Every metric has answered (no skeleton left) and the exposures are drawn or said to be empty. */
    async settled() {
      await expect(page.getByText(/^Computing results for /)).toHaveCount(0);
      await expect(page.getByText(/^Computed /)).toBeVisible();
    },
  };
}
