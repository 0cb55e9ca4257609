import { expect, type APIRequestContext, type Page } from '@playwright/test';
import {
  createExperimentViaApi,
  experimentAction,
  EXPERIMENTS_API,
} from '../support/experiments-api';

export { EXPERIMENTS_API };

export interface ApiExperiment {
  id: number;
  name: string;
  status: string;
  start_date: string | null;
  end_date: string | null;
  archived: boolean;
  conclusion: string | null;
  conclusion_comment: string | null;
  feature_flag_key: string;
  feature_flag: {
    active: boolean;
    filters: { multivariate: { variants: { key: string; rollout_percentage: number }[] } };
  };
}

/** An experiment of this spec's own (tests share one database); the name and flag key are unique. */
export const createExperiment = (
  request: APIRequestContext,
  label: string,
  steps: ('launch' | 'end')[] = [],
) => createExperimentViaApi<ApiExperiment>(request, label, steps);

export const apiAction = (request: APIRequestContext, id: number, action: string) =>
  experimentAction<ApiExperiment>(request, id, action);

export async function fromApi(request: APIRequestContext, id: number): Promise<ApiExperiment> {
  const response = await request.get(`${EXPERIMENTS_API}${id}/`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as ApiExperiment;
}

export async function listIds(request: APIRequestContext, query: string): Promise<number[]> {
  const response = await request.get(`${EXPERIMENTS_API}?${query}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { results: ApiExperiment[] }).results.map((e) => e.id);
}

/** The experiment page as a person sees it: header, actions, menu, dialogs, tabs and notices. */
export function experimentPage(page: Page) {
  const actions = page.getByRole('group', { name: 'Experiment actions' });
  return {
    goto: (id: number, query = '') => page.goto(`/experiments/${id}${query}`),
    heading: page.getByRole('heading', { level: 1 }),
    /** The status chip carries its status as a stable attribute (its text is the label). */
    status: page.locator('main [data-status]').first(),
    archivedMarker: page.locator('main').getByText('Archived', { exact: true }),
    action: (name: string) => actions.getByRole('button', { name, exact: true }),
    editLink: actions.getByRole('link', { name: 'Edit', exact: true }),
    async openMenu() {
      await actions.getByRole('button', { name: 'More actions' }).click();
      return page.getByRole('menu');
    },
    menuItem: (name: string) => page.getByRole('menuitem', { name, exact: true }),
    dialog: (name: string) => page.getByRole('dialog', { name }),
    notice: (text: string | RegExp) => page.getByRole('alert').filter({ hasText: text }),
    conclusionCard: page.getByRole('region', { name: 'Conclusion' }),
    tab: (name: 'Overview' | 'History') => page.getByRole('tab', { name }),
    history: page.getByRole('list', { name: 'History, newest first' }),
  };
}
