import { runMain } from '../action/main.js';
import { runEntry } from './run-entry.js';

await runEntry(() => runMain());
