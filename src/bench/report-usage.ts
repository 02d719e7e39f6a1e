// Preloaded (`node --import`) into each process the benchmark times: when the process exits, writes
// its peak memory and CPU time, all threads included, as JSON to the file named by CLAIMCHECK_BENCH_USAGE.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const target = process.env.CLAIMCHECK_BENCH_USAGE;
if (isMainThread && target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ maxRssKb: usage.maxRSS, userUs: usage.userCPUTime, systemUs: usage.systemCPUTime }));
  });
}
