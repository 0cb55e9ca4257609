// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { exposureResult, mismatchedExposureResult } from '../../testing/fixtures';
import {
  launchedExperiment,
  renderWithResults,
  stubQueries,
  TWO_VARIANTS,
} from '../../testing/render-results';
import { ExposuresSection } from './exposures-section';

// MUI tables in jsdom are slow when test files run side by side.
describe('Exposures section', { timeout: 20_000 }, () => {
  it('warns of a sample ratio mismatch with expected and observed counts, and keeps $multiple apart', async () => {
    stubQueries({ exposures: mismatchedExposureResult });
    renderWithResults(
      <ExposuresSection experiment={launchedExperiment({ parameters: TWO_VARIANTS })} />,
    );

    const warning = await screen.findByRole('alert', { name: /Sample ratio mismatch/ });
    expect(warning).toHaveTextContent('test: 700 exposed (40.6%), about 863 expected (50%)');
    expect(warning).toHaveTextContent('control: 1,025 exposed (59.4%), about 863 expected (50%)');
    expect(warning).toHaveTextContent(/What to check/);
    expect(screen.getByText(/21 people saw more than one variant/)).toBeVisible();
    expect(screen.getByText(/1\.2% of exposed people saw more than one variant/)).toBeVisible();

    const totals = screen.getByRole('table', { name: 'Total exposures' });
    expect(within(totals).queryByText('$multiple')).toBeNull();
    expect(within(totals).getByRole('row', { name: /^Total/ })).toHaveTextContent('1,725');
  });

  it('notes a borderline split without the alarm of a mismatch', async () => {
    const borderline = {
      ...mismatchedExposureResult,
      sample_ratio_mismatch: { expected: { control: 862.5, test: 862.5 }, p_value: 0.0085317 },
    };
    stubQueries({ exposures: borderline });
    renderWithResults(<ExposuresSection experiment={launchedExperiment()} />);

    const note = await screen.findByRole('alert', { name: /The split looks slightly off/ });
    expect(note).toHaveTextContent('p = 0.0085. Not conclusive yet');
    expect(note).toHaveTextContent('test: 700 exposed (40.6%), about 863 expected (50%)');
  });

  it('gives the exposures chart a text alternative: the counts day by day', async () => {
    stubQueries({ exposures: exposureResult });
    renderWithResults(<ExposuresSection experiment={launchedExperiment()} />);

    const byDay = await screen.findByRole('table', { name: 'Cumulative exposures by day' });
    const rows = within(byDay).getAllByRole('row');
    expect(rows).toHaveLength(13);
    // The day is in the reader's locale ("Mar 6" or "6 Mar").
    expect(rows.at(-1)).toHaveTextContent(/(Mar 6|6 Mar).*1,025.*975/);
    expect(screen.getByRole('figure', { name: 'Cumulative exposures per day' })).toBeVisible();
    const totals = screen.getByRole('table', { name: 'Total exposures' });
    expect(within(totals).getByRole('row', { name: /^control/ })).toHaveTextContent('51.3%');
  });
});
