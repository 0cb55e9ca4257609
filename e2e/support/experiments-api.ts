import { expect, type APIRequestContext } from '@playwright/test';

export const EXPERIMENTS_API = '/api/projects/@current/experiments/';

/**
 * An experiment of the calling spec's own, made through the real API (tests share one database, so none
 * relies on another's changes): a unique name and flag key, control/test 50/50, then the given actions.
 */
export async function createExperimentViaApi<T extends { id: number }>(
  request: APIRequestContext,
  label: string,
  steps: ('launch' | 'end')[] = [],
): Promise<T> {
  const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const response = await request.post(EXPERIMENTS_API, {
    data: {
      name: `${label} ${unique}`,
      feature_flag_key: `e2e-${unique}`,
      parameters: {
        feature_flag_variants: [
          { key: 'control', split_percent: 50 },
          { key: 'test', split_percent: 50 },
        ],
      },
    },
  });
  expect(response.status()).toBe(201);
  let experiment = (await response.json()) as T;
  for (const step of steps) experiment = await experimentAction<T>(request, experiment.id, step);
  return experiment;
}

export async function experimentAction<T>(
  request: APIRequestContext,
  id: number,
  action: string,
): Promise<T> {
  const response = await request.post(`${EXPERIMENTS_API}${id}/${action}/`, { data: {} });
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as T;
}
