import { runRestore } from '../action/restore.js';
import { runEntry } from './run-entry.js';

await runEntry(() => runRestore());
