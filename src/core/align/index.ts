export { compareArticles, DEFAULT_BUDGET } from './compare';
export type * from './types';
