// Runs every test file with uvu (through tsx) and ends with one plain summary line,
// "N passed, N failed, N skipped", that CI systems read; the exit code is uvu's.
// The PowerShell behaviour tests (test/powershell) print marker lines "[t1559-pwsh] <file> run|skipped <n>";
// they are summed into one "PowerShell: ..." line, and skipped tests count in the summary, never as passed.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MARKER = '[t1559-pwsh] ';
const INSTALL = 'install: dotnet tool install PowerShell --version 7.6.10 --tool-path .tools/pwsh, or set T1559_PWSH';

// uvu's package exports do not list its CLI, so address the file directly.
const uvu = fileURLToPath(new URL('../node_modules/uvu/bin.js', import.meta.url));
const child = spawn(process.execPath, [uvu, 'test', '\\.test\\.ts$', '-r', 'tsx'], { stdio: ['ignore', 'pipe', 'inherit'] });
let out = '';
let pending = '';
let psRun = 0;
let psSkipped = 0;
child.stdout.on('data', (chunk) => {
  out += chunk;
  pending += chunk;
  const lines = pending.split('\n');
  pending = lines.pop() ?? '';
  for (const line of lines) {
    const plain = line.replace(/\u001b\[[0-9;]*m/g, '');
    const at = plain.indexOf(MARKER);
    if (at >= 0) {
      const m = /(\S+) (run|skipped) (\d+)/.exec(plain.slice(at + MARKER.length));
      if (m) m[2] === 'run' ? (psRun += Number(m[3])) : (psSkipped += Number(m[3]));
      const rest = plain.slice(0, at);
      if (rest.trim()) process.stdout.write(`${rest}\n`);
      continue;
    }
    process.stdout.write(`${line}\n`);
  }
});
child.on('close', (code) => {
  if (pending) process.stdout.write(pending);
  const plain = out.replace(/\u001b\[[0-9;]*m/g, '');
  const total = Number(/Total:\s+(\d+)/.exec(plain)?.[1] ?? 0);
  const passed = Number(/Passed:\s+(\d+)/.exec(plain)?.[1] ?? 0);
  const psLine =
    psSkipped > 0
      ? `PowerShell: ${psRun} run, ${psSkipped} skipped \u2014 pwsh not found; ${INSTALL}`
      : `PowerShell: ${psRun} run, 0 skipped`;
  process.stdout.write(`\n${psLine}\n${passed} passed, ${total - passed} failed, ${psSkipped} skipped\n`);
  process.exitCode = code ?? 1;
  if (total === 0) process.exitCode = 1;
});
