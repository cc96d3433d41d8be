#!/usr/bin/env node
// `t1559 --version` prints oclif's user agent without loading oclif (most of that command's start-up time).
// Same bytes as oclif's `config.userAgent`: name/version platform-arch node-version. oclif names the platform
// "wsl" under WSL (wsl-utils: "microsoft" in the kernel release or /proc/version); there, and for anything
// else, oclif answers.
import { readFileSync } from 'node:fs';
import { arch, platform, release } from 'node:os';

function plainVersionLine() {
  if (process.argv.length !== 3 || process.argv[2] !== '--version') return undefined;
  if (platform() === 'linux') {
    let procVersion = '';
    try {
      procVersion = readFileSync('/proc/version', 'utf8');
    } catch {
      // no /proc: wsl-utils reads it the same way and treats a failure as "not WSL"
    }
    if (`${release()} ${procVersion}`.toLowerCase().includes('microsoft')) return undefined;
  }
  const pjson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return `${pjson.name}/${pjson.version || '0.0.0'} ${platform()}-${arch() === 'ia32' ? 'x86' : arch()} node-${process.version}\n`;
}

const line = plainVersionLine();
if (line !== undefined) process.stdout.write(line);
else {
  const { execute } = await import('@oclif/core');
  await execute({ dir: import.meta.url });
}
