// `npm run train:ner -- --data PATH …`: bundles the trainer (TypeScript, importing the core's
// own tokenizer, features and decoder) and runs it. See scripts/train-ner/main.ts.
import { runTs } from './bundle-ts.mjs';

await runTs('scripts/train-ner/main.ts', 'parallax-train/train-ner.mjs', ['--max-old-space-size=8192']);
