// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '@/lib/testing/fetch-stub';
import { actionsLikePostHog, editorCompanionHandlers } from '../../testing/editor-stubs';
import { renderEditorPart } from '../../testing/render-editor-part';
import { ExposureSection } from './exposure-section';

const picker = () => screen.getByRole('combobox', { name: 'Exposure event or action' });
// The custom exposure's fields load on demand (with the editor's other on-demand parts): wait for them once.
const pickerLoaded = () => screen.findByRole('combobox', { name: 'Exposure event or action' });

// MUI autocompletes are slow to drive in jsdom: the steps are many, not the waits.
describe('ExposureSection', { timeout: 30_000 }, () => {
  it('counts exposure by a PostHog action picked beside the events', async () => {
    stubFetch({
      ...editorCompanionHandlers,
      '/api/projects/@current/actions/': actionsLikePostHog,
    });
    const { values } = renderEditorPart(<ExposureSection />);
    expect(screen.queryByRole('combobox', { name: 'Exposure event or action' })).toBeNull();
    await userEvent.click(screen.getByRole('radio', { name: /^A custom event or action/ }));

    await userEvent.type(await pickerLoaded(), 'pricing');
    const listbox = await screen.findByRole('listbox');
    await userEvent.click(
      await within(listbox).findByRole('option', { name: /^Visited pricing page.*Action$/ }),
    );
    expect(picker()).toHaveValue('Visited pricing page');
    expect(picker()).toHaveAccessibleDescription(/PostHog action #1/);
    expect(values()).toMatchObject({
      customExposure: true,
      exposureEvent: '',
      exposureAction: { id: 1, name: 'Visited pricing page' },
    });

    // Typing makes it an event again.
    await userEvent.type(picker(), 'x');
    expect(values()).toMatchObject({ exposureAction: null });
  });

  it('shows the action an exposure uses, also to a viewer', async () => {
    stubFetch(editorCompanionHandlers);
    renderEditorPart(<ExposureSection />, {
      values: { customExposure: true, exposureAction: { id: 4, name: 'Signed up' } },
      mode: { readOnly: true },
    });
    expect(screen.getByRole('radio', { name: /^A custom event or action/ })).toBeChecked();
    expect(await pickerLoaded()).toHaveValue('Signed up');
    expect(picker()).toHaveAttribute('readonly');
  });
});
