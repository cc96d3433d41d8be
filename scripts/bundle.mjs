// Part of `npm run build`, after tsc: each command in dist/commands becomes one bundled ES module (shared code
// in dist/chunks), libraries included, so a start resolves and reads a handful of files instead of hundreds
// (module resolution and package.json reads were about a quarter of a build's time). @oclif/core stays
// external: oclif loads the commands and must share its classes (Command, ExitError) with them.
// esbuild reads the compiled JavaScript, so the semantics are tsc's; the bytes the CLI writes do not change.
import { build } from 'esbuild';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

function jsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsFiles(path) : name.endsWith('.js') ? [path] : [];
  });
}

const commands = jsFiles(join(dist, 'commands'));
const result = await build({
  entryPoints: commands,
  outdir: join(dist, 'commands'),
  outbase: join(dist, 'commands'),
  chunkNames: '../chunks/[name]-[hash]',
  allowOverwrite: true,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['@oclif/core', '@oclif/core/*'],
  // The bundled CommonJS libraries (ejs, xmlbuilder2) call require() for Node's own modules.
  banner: { js: "import { createRequire as __t1559CreateRequire } from 'node:module'; const require = __t1559CreateRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
});
const outputs = Object.keys(result.metafile.outputs);
console.log(`bundle: ${commands.length} commands, ${outputs.length} files in ${relative(root, dist)}/commands and ${relative(root, dist)}/chunks`);
