// Runs every test file with uvu (through tsx) and ends with one plain summary line,
// "N passed, N failed", that CI systems read; the exit code is uvu's.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// uvu's package exports do not list its CLI, so address the file directly.
const uvu = fileURLToPath(new URL('../node_modules/uvu/bin.js', import.meta.url));
const child = spawn(process.execPath, [uvu, 'test', '\\.test\\.ts$', '-r', 'tsx'], { stdio: ['ignore', 'pipe', 'inherit'] });
let out = '';
child.stdout.on('data', (chunk) => {
  out += chunk;
  process.stdout.write(chunk);
});
child.on('close', (code) => {
  const plain = out.replace(/\u001b\[[0-9;]*m/g, '');
  const total = Number(/Total:\s+(\d+)/.exec(plain)?.[1] ?? 0);
  const passed = Number(/Passed:\s+(\d+)/.exec(plain)?.[1] ?? 0);
  process.stdout.write(`\n${passed} passed, ${total - passed} failed\n`);
  process.exitCode = code ?? 1;
  if (total === 0) process.exitCode = 1;
});
