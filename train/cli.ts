// The entry point `npm run train` bundles and runs.
import { main } from './main.js';

process.exitCode = main(process.argv.slice(2));
