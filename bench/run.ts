/** Benchmarks: `npm run bench` (after `npm run build`: start-up runs the compiled CLI). Each module prints its own results. */
import { benchAssess } from './assess.js';
import { benchBuild } from './build.js';
import { benchLgpo } from './lgpo.js';
import { benchPol } from './pol.js';
import { benchStartup } from './startup.js';

benchStartup();
benchPol();
benchLgpo();
benchBuild();
benchAssess();
