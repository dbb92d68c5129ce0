export { compareArticles } from './compare';
export type * from './types';
