/** Copies text, and says what happened in the words a notice shows. */
export async function copyToClipboard(
  text: string,
): Promise<{ message: string; severity: 'success' | 'error' }> {
  try {
    await navigator.clipboard.writeText(text);
    return { message: `Copied “${text}” to the clipboard.`, severity: 'success' };
  } catch {
    return {
      message: 'The browser did not allow copying. Select the text and copy it.',
      severity: 'error',
    };
  }
}
