import { runPersist } from '../action/persist.js';
import { runEntry } from './run-entry.js';

await runEntry(() => runPersist());
