// Bundles a TypeScript bench entry (which imports the real sources) into node_modules/.cache,
// for the bench runners. Returns the bundle's path.
import { bundleTs, root } from '../scripts/bundle-ts.mjs';

export { root };

export function bundle(entry, name) {
  return bundleTs(`bench/${entry}`, `parallax-bench/${name}`);
}
