import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { auditResultJsonSchema, catalogJsonSchema, profileJsonSchema } from '../../src/catalog/schema.js';

const SHIPPED: [string, () => string, string][] = [
  ['profile', profileJsonSchema, 'policies/profile.schema.json'],
  ['catalog', catalogJsonSchema, 'policies/catalog.schema.json'],
  ['audit result', auditResultJsonSchema, 'policies/audit-result.schema.json'],
];

for (const [name, generate, path] of SHIPPED) {
  test(`${path} is in sync with the zod model`, () => {
    assert.is(
      readFileSync(path, 'utf8'),
      generate(),
      `regenerate with: npx t1559 schema${name === 'catalog' ? ' --catalog' : ''} > ${path}`,
    );
  });
}

test.run();
