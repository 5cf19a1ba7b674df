// `wrangler dev` through wrangler's own API (the code behind the command), with two things the command cannot turn
// off: the DevTools inspector and the file watcher. Used by the Workers bench (bench/worker.bench.ts), whose runs
// are too long for them:
// - wrangler's inspector proxy keeps every DevTools message of the runtime until a DevTools window attaches — with
//   each D1 result in it — so over 60,000 requests it holds gigabytes, and the runtime spends its time serialising;
// - the bench has no files to watch.
// Usage: node test/e2e/wrangler-dev.mjs <wrangler.toml> <port> <persist dir>
import process from 'node:process';
import { unstable_startWorker } from 'wrangler';

const [config, port, persist] = process.argv.slice(2);
const worker = await unstable_startWorker({
  config,
  dev: {
    inspector: false,
    watch: false,
    remote: false,
    server: { hostname: '127.0.0.1', port: Number(port) },
    persist,
    testScheduled: true,
    logLevel: 'log',
  },
});
await worker.ready;
const stop = async () => {
  await worker.dispose();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
