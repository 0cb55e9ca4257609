// @vitest-environment jsdom
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { emptyEditorValues } from '../../form/editor-values';
import { renderEditorPart } from '../../testing/render-editor-part';
import { NameField } from './name-field';

// The input keeps its own text while someone types (see controller-text-field.tsx): these check that the form
// and the field still agree both ways.
const nameInput = () => screen.getByRole('textbox', { name: /^Name/ });
const nameLabel = () => screen.getByText(/^Name/, { selector: 'label' });

describe('NameField', () => {
  it('gives what is typed to the form, and keeps it', async () => {
    const { values } = renderEditorPart(<NameField />);
    expect(nameInput()).toBeRequired();
    expect(nameLabel()).toHaveAttribute('data-shrink', 'false');

    await userEvent.type(nameInput(), 'Checkout CTA');
    expect(values().name).toBe('Checkout CTA');
    expect(nameInput()).toHaveValue('Checkout CTA');
    await userEvent.tab();
    expect(nameLabel()).toHaveAttribute('data-shrink', 'true');
    expect(nameInput()).toHaveValue('Checkout CTA');
  });

  it('shows a value the form sets from outside: a restored draft, the saved experiment, an empty form', async () => {
    const { form } = renderEditorPart(<NameField />, { values: { name: 'Old name' } });
    expect(nameInput()).toHaveValue('Old name');
    expect(nameLabel()).toHaveAttribute('data-shrink', 'true');

    act(() => form().reset({ ...emptyEditorValues(), name: 'Restored draft' }));
    expect(nameInput()).toHaveValue('Restored draft');

    act(() => form().reset(emptyEditorValues()));
    expect(nameInput()).toHaveValue('');
    // Empty and not focused: the label sits in the field again, as MUI draws an empty one.
    expect(nameLabel()).toHaveAttribute('data-shrink', 'false');

    await userEvent.type(nameInput(), 'New');
    expect(form().getValues('name')).toBe('New');
  });

  it('says what is wrong, and the form can focus the field', async () => {
    const { form } = renderEditorPart(<NameField />);
    expect(screen.getByText('What people will call this experiment.')).toBeInTheDocument();

    await act(() => form().trigger('name'));
    expect(nameInput()).toBeInvalid();
    expect(nameInput()).toHaveAccessibleDescription('Give the experiment a name.');

    // react-hook-form focuses on the next task.
    act(() => form().setFocus('name'));
    await waitFor(() => expect(nameInput()).toHaveFocus());
    await userEvent.type(nameInput(), 'Fixed');
    await act(() => form().trigger('name'));
    expect(nameInput()).toBeValid();
    expect(nameInput()).toHaveAccessibleDescription('What people will call this experiment.');
  });

  it('is read-only to a viewer', async () => {
    renderEditorPart(<NameField />, { values: { name: 'Shipped' }, mode: { readOnly: true } });
    expect(nameInput()).toHaveAttribute('readonly');
    await userEvent.type(nameInput(), 'x');
    expect(nameInput()).toHaveValue('Shipped');
  });
});
