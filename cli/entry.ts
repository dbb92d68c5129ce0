import { isMainThread, workerData } from 'node:worker_threads';
import { runAnalyseWorker } from './analyse-files';
import { main } from './main';

// The same bundle runs ingest's worker threads (analyse-files.ts).
if (!isMainThread && (workerData as { role?: string } | null)?.role === 'analyse') runAnalyseWorker();
else runCommand();

function runCommand() {
  // Run by bin/parallax.js with a larger heap: when that parent is killed, stop too.
  if (process.env.PARALLAX_CHILD && process.connected) {
    process.on('disconnect', () => process.exit(1));
    process.channel?.unref(); // the channel alone does not keep the process alive
  }
  // A reader that stops early (`parallax entities --jsonl < big | head -1`) closes the pipe:
  // that is the end of the job, not a crash.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    process.stderr.write(`parallax: cannot write output: ${e.message}\n`);
    process.exit(1);
  });

  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`parallax: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
