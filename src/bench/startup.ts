import { spawnSync } from 'node:child_process';

/** A start-up case: Node.js arguments run in `cwd`, output discarded. */
export interface StartupCase {
  command: string;
  nodeArgs: string[];
  cwd: string;
}

/**
 * Median wall time of each case over `runs` runs, the cases taken in turn within each run so that
 * a change of load on the machine touches them alike.
 */
export function timeStartup(cases: readonly StartupCase[], runs: number): number[] {
  const times = cases.map((): number[] => []);
  for (let run = 0; run < runs; run++) {
    cases.forEach((c, i) => {
      const started = performance.now();
      const result = spawnSync(process.execPath, c.nodeArgs, { cwd: c.cwd, stdio: 'ignore', env: { ...process.env, CI: 'true' } });
      if (result.error || (result.status !== 0 && result.status !== 1)) {
        throw new Error(`bench: ${c.command} failed (exit ${result.status ?? result.signal})`);
      }
      times[i].push(performance.now() - started);
    });
  }
  return times.map((list) => [...list].sort((a, b) => a - b)[list.length >> 1]);
}
