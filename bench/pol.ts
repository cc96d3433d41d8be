/**
 * Registry.pol codec throughput: a deterministic 100,000-entry file with mixed types
 * (SZ, EXPAND_SZ, DWORD, QWORD, MULTI_SZ, BINARY, deletes). Warm-up, then best of N.
 * Target: >= 500,000 entries/s for both encode and decode (to objects).
 */
import { decodePol, encodePol, type PolEntry } from '../src/formats/registry-pol.js';
import { bestOf } from './measure.js';

const ENTRIES = 100_000;
const WARMUP = 3;
const RUNS = 7;
const TARGET = 500_000;

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeEntries(n = ENTRIES): PolEntry[] {
  const r = rng(1559);
  const out: PolEntry[] = [];
  let key = '';
  for (let i = 0; i < n; i++) {
    // A new key every ~8 entries, as in real files (values grouped under their key).
    if (i % 8 === 0) key = `Software\\Policies\\Microsoft\\Office\\16.0\\App${i % 97}\\Security\\Section${i}`;
    const name = `Value${i}`;
    const x = r();
    if (x < 0.3) out.push({ action: 'set', key, valueName: name, value: { type: 'REG_DWORD', data: Math.floor(r() * 0xffffffff) } });
    else if (x < 0.5)
      out.push({ action: 'set', key, valueName: name, value: { type: 'REG_SZ', data: `text ${i} ; ] [ with some length` } });
    else if (x < 0.58)
      out.push({ action: 'set', key, valueName: name, value: { type: 'REG_EXPAND_SZ', data: `%ProgramFiles%\\Vendor\\${i}` } });
    else if (x < 0.64) out.push({ action: 'set', key, valueName: name, value: { type: 'REG_QWORD', data: BigInt(i) * 0x100000001n } });
    else if (x < 0.72) out.push({ action: 'set', key, valueName: name, value: { type: 'REG_MULTI_SZ', data: [`a${i}`, 'bb;]', 'ccc'] } });
    else if (x < 0.8) {
      const data = new Uint8Array(16 + (i % 48));
      for (let j = 0; j < data.length; j++) data[j] = (i * 31 + j * 7) & 0xff;
      out.push({ action: 'set', key, valueName: name, value: { type: 'REG_BINARY', data } });
    } else if (x < 0.9) out.push({ action: 'deleteValue', key, valueName: name });
    else if (x < 0.95) out.push({ action: 'deleteAllValues', key: `${key}\\List${i}` });
    else out.push({ action: 'createKey', key: `${key}\\Sub${i}` });
  }
  return out;
}

const best = (fn: () => void) => bestOf(fn, { warmup: WARMUP, runs: RUNS });

export function benchPol(): { encodePerSec: number; decodePerSec: number; canonicalPerSec: number; bytes: number } {
  const entries = makeEntries();
  const bytes = encodePol(entries, { order: 'asGiven' });
  const decoded = decodePol(bytes);
  if (decoded.length !== entries.length) throw new Error('bench: round trip lost entries');

  const tEnc = best(() => void encodePol(entries, { order: 'asGiven' }));
  const tCanon = best(() => void encodePol(entries));
  const tDec = best(() => void decodePol(bytes));
  const perSec = (ms: number) => Math.round((entries.length / ms) * 1000);
  const res = { encodePerSec: perSec(tEnc), decodePerSec: perSec(tDec), canonicalPerSec: perSec(tCanon), bytes: bytes.length };
  const fmt = (name: string, ms: number, eps: number, target: boolean) =>
    `  ${name.padEnd(28)} ${ms.toFixed(1).padStart(8)} ms  ${eps.toLocaleString('en-US').padStart(12)} entries/s${target ? (eps >= TARGET ? '  ok' : `  BELOW TARGET ${TARGET.toLocaleString('en-US')}`) : ''}`;
  console.log(
    `registry.pol: ${entries.length.toLocaleString('en-US')} entries, ${(bytes.length / 1e6).toFixed(1)} MB (best of ${RUNS} after ${WARMUP} warm-up)`,
  );
  console.log(fmt('encode (asGiven)', tEnc, res.encodePerSec, true));
  console.log(fmt('encode (canonical, sorts)', tCanon, res.canonicalPerSec, true));
  console.log(fmt('decode (to objects)', tDec, res.decodePerSec, true));
  return res;
}
