// Types of bench/story-fixture.mjs for the TypeScript e2e tests that build the same fixtures.
export interface BuiltFixture {
  readonly dir: string;
  /** The corpus files `parallax ingest` wrote. */
  readonly outDir: string;
  readonly storyId: string;
  readonly articles: readonly { id: string; words: number; paragraphs: number }[];
  readonly links: { quoteGroups: number; passages: number; entityGroups: number };
}
export function buildFixture(
  texts: readonly { name: string; text: string; meta: Record<string, string> }[],
  prefix: string,
): BuiltFixture;
export function buildStoryFixture(root: string): BuiltFixture;
export function buildSixStory(root: string): BuiltFixture;
export function buildSeedCorpus(root: string): Omit<BuiltFixture, 'dir'>;
export function words(s: string): number;
