// `npm run tune:cluster -- --data DIR`: sweeps the story grouping's merge threshold and date
// span over a folder of gold stories, scoring B-cubed on a tuning half and a check half of the
// stories (a seeded split). See scripts/tune-cluster/main.ts.
import { runTs } from './bundle-ts.mjs';

await runTs('scripts/tune-cluster/main.ts', 'parallax-tune/tune-cluster.mjs');
