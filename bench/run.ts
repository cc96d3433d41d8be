/** Benchmarks: `npm run bench`. Each module prints its own results. */
import { benchPol } from './pol.js';

benchPol();
