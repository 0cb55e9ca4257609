// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { shellHandlers } from '@/app/testing/app-stubs';
import { renderApp } from '@/app/testing/render-app';
import { editorCompanionHandlers } from '@/features/editor/testing/editor-stubs';
import { stubFetch } from '@/lib/testing/fetch-stub';

// The save flow's code comes with the editor's on-demand chunk: here that download fails (offline).
vi.mock('@/features/editor/components/load-editor-parts', () => ({
  preloadEditorParts: () =>
    Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
}));

import './new';

describe('saving when the save step cannot be downloaded', { timeout: 30_000 }, () => {
  it('says so at the top of the form, sends nothing and keeps what was typed', async () => {
    const fetchMock = stubFetch({ ...shellHandlers, ...editorCompanionHandlers });
    renderApp('/experiments/new');
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await userEvent.type(name, 'Checkout CTA');
    await userEvent.click(screen.getByRole('button', { name: 'Create experiment' }));

    expect(await screen.findByText(/Not saved: Could not reach the server/)).toBeVisible();
    expect(name).toHaveValue('Checkout CTA');
    const methods = fetchMock.mock.calls.map(([, init]) => (init as RequestInit).method ?? 'GET');
    expect(methods).not.toContain('POST');
  });
});
