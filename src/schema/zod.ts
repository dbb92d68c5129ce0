/**
 * zod, configured once for the whole app: without its JIT, which probes `new Function` and
 * would break the strict Content-Security-Policy (no eval). Every schema imports `z` from here.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
