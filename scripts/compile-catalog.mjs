// Part of `npm run build`, after tsc: validates the shipped catalog (policies/catalog) in full, once, and
// writes dist/catalog.json with the hashes that src/catalog/compiled.ts checks at every start.
import { writeFileSync } from 'node:fs';
import { compiledCatalogText } from '../dist/catalog/compiled.js';
import { COMPILED_CATALOG_PATH, validateCatalogDir } from '../dist/catalog/load.js';
import { packagePath } from '../dist/lib/paths.js';

const dir = packagePath('policies', 'catalog');
const catalog = validateCatalogDir(dir);
writeFileSync(COMPILED_CATALOG_PATH, compiledCatalogText(catalog, dir));
console.log(`dist/catalog.json: ${catalog.controls.length} controls, validated`);
