import { benchDelivery } from './delivery.bench';
import { benchResults } from './results.bench';
import { benchSubmit } from './submit.bench';
import { benchUtility } from './utility.bench';
import { benchWorker } from './worker.bench';

/**
 * `npm run bench`: speed goals as ratios against baselines measured in the same run, on this machine.
 * Pass a name to run one part: utility, results, submit, delivery, worker (a size may follow).
 */
async function main() {
  const only = process.argv[2];
  const print = (line: string) => console.log(line);
  if (!only || only === 'utility') await benchUtility(print);
  if (!only || only === 'results') await benchResults(print);
  if (!only || only === 'submit') await benchSubmit(print, Number(process.argv[3] ?? 20_000));
  if (!only || only === 'delivery') await benchDelivery(print, Number(process.argv[3] ?? 100_000));
  if (!only || only === 'worker') await benchWorker(print, Number(process.argv[3] ?? 100_000), Number(process.argv[4] ?? 0.6));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
