/**
 * LGPO text codec throughput on 100,000 expressible records (DWORD, SZ, EXSZ, deletes, create key).
 */
import { decodeLgpo, encodeLgpo, type LgpoRecord } from '../src/formats/lgpo-text.js';
import { bestOf } from './measure.js';

const N = 100_000;

function records(): LgpoRecord[] {
  const out: LgpoRecord[] = [];
  for (let i = 0; i < N; i++) {
    const key = `Software\\Policies\\Microsoft\\Office\\16.0\\App${i % 97}\\Security\\Section${i >> 3}`;
    const scope = i % 2 ? 'User' : 'Computer';
    const k = i % 5;
    if (k === 0) out.push({ scope, entry: { action: 'set', key, valueName: `V${i}`, value: { type: 'REG_DWORD', data: i } } });
    else if (k === 1) out.push({ scope, entry: { action: 'set', key, valueName: `V${i}`, value: { type: 'REG_SZ', data: `text ${i}` } } });
    else if (k === 2)
      out.push({ scope, entry: { action: 'set', key, valueName: `V${i}`, value: { type: 'REG_EXPAND_SZ', data: `%SystemRoot%\\${i}` } } });
    else if (k === 3) out.push({ scope, entry: { action: 'deleteValue', key, valueName: `V${i}` } });
    else out.push({ scope, entry: { action: 'createKey', key: `${key}\\K${i}` } });
  }
  return out;
}

export function benchLgpo(): void {
  const recs = records();
  const bytes = encodeLgpo(recs, { encoding: 'utf16le' });
  if (decodeLgpo(bytes).length !== N) throw new Error('bench: LGPO round trip lost records');
  const tEnc = bestOf(() => void encodeLgpo(recs, { encoding: 'utf16le' }));
  const tDec = bestOf(() => void decodeLgpo(bytes));
  const rate = (ms: number) => Math.round((N / ms) * 1000).toLocaleString('en-US');
  console.log(`LGPO text: ${N.toLocaleString('en-US')} records, ${(bytes.length / 1e6).toFixed(1)} MB UTF-16LE`);
  console.log(`  encode ${tEnc.toFixed(1).padStart(8)} ms  ${rate(tEnc).padStart(12)} records/s`);
  console.log(`  decode ${tDec.toFixed(1).padStart(8)} ms  ${rate(tDec).padStart(12)} records/s`);
}
