// Writes oclif.manifest.json (part of `npm run build`, after tsc): the flags, args and help text of every
// command, read once here from dist/commands. Without it oclif imports every command module, and so every
// library they use, on each start just to list them; with it a run imports only the command it runs.
// This is what `oclif manifest` writes (same Plugin API), without adding the oclif CLI as a dependency.
import { Plugin } from '@oclif/core';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const plugin = new Plugin({ root, type: 'core', isRoot: true, ignoreManifest: true, errorOnManifestCreate: true, respectNoCacheDefault: true });
await plugin.load();
writeFileSync(new URL('../oclif.manifest.json', import.meta.url), `${JSON.stringify(plugin.manifest, null, 2)}\n`);
console.log(`oclif.manifest.json: ${Object.keys(plugin.manifest.commands).length} commands`);
