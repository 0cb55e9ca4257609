import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { createExperimentViaApi, EXPERIMENTS_API } from '../support/experiments-api';

const API = EXPERIMENTS_API;

export interface ApiExperiment {
  id: number;
  name: string;
  feature_flag_key: string;
  feature_flag: { id: number; active: boolean };
}
interface ApiPage {
  count: number;
  results: ApiExperiment[];
}

/** The real server's list, for comparing what the page shows with what the API says. */
export async function listFromApi(request: APIRequestContext, query: string): Promise<ApiPage> {
  const response = await request.get(`${API}?${query}`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as ApiPage;
}

/** An experiment of this spec's own, with a unique name a search finds exactly. */
export const createExperiment = (
  request: APIRequestContext,
  label: string,
  steps: ('launch' | 'end')[] = [],
) => createExperimentViaApi<ApiExperiment>(request, label, steps);

/** The dashboard at /experiments, as a person sees it: tabs, filters, table, menus, snackbar. */
export function dashboardPage(page: Page) {
  const table = page.getByRole('table', { name: 'Experiments' });
  const bodyRows = table.locator('tbody tr');
  return {
    table,
    bodyRows,
    search: page.getByRole('searchbox', { name: 'Search by name' }),
    creator: page.getByRole('combobox', { name: 'Created by' }),
    archivedOnly: page.getByRole('switch', { name: 'Archived only' }),
    range: page.getByText(/^\d+–\d+ of \d+$/),
    attentionList: page.getByRole('list', { name: 'Experiments that need attention' }),
    /** The snackbar that reports an action (and offers Undo); error states are alerts too. */
    snackbar: page.getByTestId('notice'),
    tab: (name: string) => page.getByRole('tab', { name: new RegExp(`^${name}( \\S+)?$`) }),
    row: (name: string) =>
      table.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) }),
    columnHeader: (name: string) => table.getByRole('button', { name, exact: true }),

    async goto(query = '') {
      await page.goto(`/experiments${query}`);
      await expect(page.getByRole('heading', { level: 1, name: 'Experiments' })).toBeVisible();
    },
    /** Waits until the table shows a settled page (no skeletons, no pending filter change). */
    async settled() {
      await expect(table).toHaveAttribute('aria-busy', 'false');
    },
    async rowNames(): Promise<string[]> {
      await expect(table).toHaveAttribute('aria-busy', 'false');
      return bodyRows.locator('td:first-child a').allTextContents();
    },
    async openRowMenu(name: string) {
      await this.row(name)
        .getByRole('button', { name: `Actions for ${name}` })
        .click();
      const menu = page.getByRole('menu', { name: `Actions for ${name}` });
      await expect(menu).toBeVisible();
      return menu;
    },
  };
}
