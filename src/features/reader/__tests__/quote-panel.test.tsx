// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { de, kyiv, seedStory } from '../../../testing/seed-story';
import { QuotePanel } from '../components/quote-panel';

afterEach(cleanup);

// The seed story's shared quote, shown as a reader meets it, then with its speaker taken away
// and with outlets that name two speakers.
const group = seedStory.links!.quoteGroups.find((g) => g.members.length === 2)!;
const panel = (g: typeof group) =>
  render(
    <QuotePanel
      groups={[g]}
      ids={['q-test']}
      articles={[de, kyiv]}
      storyArticles={[de, kyiv]}
      selected=""
      onSelect={() => {}}
    />,
  );

describe('quote panel', () => {
  it('heads a group with its speaker', () => {
    const { getByRole } = panel(group);
    expect(getByRole('heading', { level: 3 }).textContent).toBe('Alexander Lukashenko');
  });

  it('says "Speaker not identified" rather than guess', () => {
    const { getByRole } = panel({ ...group, speaker: null, speakerEntity: null });
    expect(getByRole('heading', { level: 3 }).textContent).toBe('Speaker not identified');
  });

  it('says so when the outlets name different speakers', () => {
    const { getByTestId } = panel({ ...group, speakers: ['Alexander Lukashenko', 'Vladimir Putin'] });
    expect(getByTestId('speakers-differ').textContent).toBe(
      'outlets differ: Alexander Lukashenko · Vladimir Putin',
    );
  });
});
