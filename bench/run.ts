/** Benchmarks: `npm run bench`. Each module prints its own results. */
import { benchAssess } from './assess.js';
import { benchBuild } from './build.js';
import { benchLgpo } from './lgpo.js';
import { benchPol } from './pol.js';

benchPol();
benchLgpo();
benchBuild();
benchAssess();
