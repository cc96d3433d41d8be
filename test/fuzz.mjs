// `npm run fuzz`: the reader fuzz tests with many more runs than `npm test` (FUZZ_RUNS, default 5000)
// and a seed of your choice (FUZZ_SEED, default a random one, printed so a failure can be replayed).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const uvu = fileURLToPath(new URL('../node_modules/uvu/bin.js', import.meta.url));
const env = {
  ...process.env,
  FUZZ_RUNS: process.env.FUZZ_RUNS ?? '5000',
  FUZZ_SEED: process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31)),
};
process.stdout.write(`fuzz: FUZZ_RUNS=${env.FUZZ_RUNS} FUZZ_SEED=${env.FUZZ_SEED}\n`);
const child = spawn(process.execPath, [uvu, 'test', 'readers-fuzz\\.test\\.ts$', '-r', 'tsx'], { stdio: 'inherit', env });
child.on('close', (code) => {
  process.exitCode = code ?? 1;
});
