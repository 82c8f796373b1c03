import { runKeepFresh } from '../action/keep-fresh.js';
import { runEntry } from './run-entry.js';

await runEntry(() => runKeepFresh());
