// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { IsolatedList } from './isolated';

afterEach(cleanup);

describe('isolated lists', () => {
  it('puts every article-supplied string in its own <bdi>, separators outside', () => {
    const { container } = render(
      <IsolatedList items={['\u202EReuters', 'Kyiv Independent']} separator=" · " />,
    );
    const bdis = [...container.querySelectorAll('bdi')].map((b) => b.textContent);
    expect(bdis).toEqual(['\u202EReuters', 'Kyiv Independent']);
    expect(container.textContent).toBe('\u202EReuters · Kyiv Independent');
  });
});
