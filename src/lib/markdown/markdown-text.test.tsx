// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MarkdownText } from './markdown-text';

afterEach(cleanup);

const comment = `**Won** on *revenue*; see [the readout](https://docs.example.com/r) and <img src=x onerror=alert(1)>.

| Variant | Revenue |
|:--|--:|
| \`control\` | 10 |
| \`carousel\` | 12 |

> Check the ~~old~~ new funnel
- ship it
  1. nested step

\`\`\`sql
select **1** <b>x</b>
\`\`\`
[bad](javascript:alert(1))`;

describe('MarkdownText', () => {
  it('renders emphasis, tables, quotes, nested lists and fenced code as elements', () => {
    const { container } = render(<MarkdownText source={comment} />);
    expect(container.querySelector('strong')).toHaveTextContent('Won');
    expect(container.querySelector('em')).toHaveTextContent('revenue');
    expect(container.querySelector('del')).toHaveTextContent('old');
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Variant', 'Revenue']);
    expect(within(table).getByText('carousel', { selector: 'code' })).toBeVisible();
    expect(container.querySelector('blockquote')).toHaveTextContent('Check the old new funnel');
    expect(container.querySelector('ul ol li')).toHaveTextContent('nested step');
    expect(container.querySelector('pre code')).toHaveTextContent('select **1** <b>x</b>');
  });

  it('opens safe links in a new tab and never renders HTML or other schemes', () => {
    const { container } = render(<MarkdownText source={comment} />);
    const link = screen.getByRole('link', { name: 'the readout' });
    expect(link).toHaveAttribute('href', 'https://docs.example.com/r');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(container.querySelector('img, b, script')).toBeNull();
    expect(container).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(container).toHaveTextContent('[bad](javascript:alert(1))');
  });
});
