import { runPost } from '../action/post.js';
import { runEntry } from './run-entry.js';

await runEntry(() => runPost());
