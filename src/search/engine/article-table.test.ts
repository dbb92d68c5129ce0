import { describe, expect, it } from 'vitest';
import { storyId } from '../../core/types';
import { readArticleTable, type TableRow, writeArticleTable } from './article-table';

const row = (
  id: string,
  story: string,
  storyTitle: string,
  title: string,
  outlet: string | null,
  published: string | null,
): TableRow => ({
  id,
  story: storyId(story),
  storyTitle,
  title,
  outlet,
  published,
});
const ROWS = [
  row('kyiv', 's1', 'Lukashenko urges talks', 'Lukashenko urges talks', 'The Kyiv Independent', '2023-10-29'),
  row('de', 's1', 'Lukashenko urges talks', 'Lukašenko will Verhandlungen', null, '2023-10-29'),
  row('ferry', 's2', 'Ferry resumes', 'Harbour ferry resumes after storm', 'Coastal Courier', null),
  row('zoo', 's3', 'Zoë turns ten', 'Zoë the otter turns ten', 'Coastal Courier', '2022-05-01'),
];

describe('article table', () => {
  it('reads back every article, its card and its story title', () => {
    const t = readArticleTable(JSON.parse(JSON.stringify(writeArticleTable(ROWS))));
    expect(t.docs).toEqual([
      { id: 'kyiv', story: 's1', published: '2023-10-29', outlet: 'the kyiv independent' },
      { id: 'de', story: 's1', published: '2023-10-29', outlet: '' },
      { id: 'ferry', story: 's2', published: null, outlet: 'coastal courier' },
      { id: 'zoo', story: 's3', published: '2022-05-01', outlet: 'coastal courier' },
    ]);
    expect(t.cards.map((c) => [c.title, c.outlet])).toEqual(ROWS.map((r) => [r.title, r.outlet]));
    expect([...t.storyTitles]).toEqual([
      ['s1', 'Lukashenko urges talks'],
      ['s2', 'Ferry resumes'],
      ['s3', 'Zoë turns ten'],
    ]);
  });

  it('keeps each distinct date and outlet once, and a story title that is an article title by reference', () => {
    const w = writeArticleTable(ROWS);
    expect(w.outlets).toEqual(['Coastal Courier', 'The Kyiv Independent']);
    expect(w.dates).toEqual(['2022-05-01', '2023-10-29']);
    expect(w.storyTitles).toEqual([0, 'Ferry resumes', 'Zoë turns ten']);
  });
});
