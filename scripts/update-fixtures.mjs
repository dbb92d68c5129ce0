// `npm run fixtures:update`: bundles and runs scripts/update-fixtures.ts (TypeScript importing the core).
import { runTs } from './bundle-ts.mjs';

await runTs('scripts/update-fixtures.ts', 'parallax-fixtures/update-fixtures.mjs');
