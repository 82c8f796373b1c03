import { commandBackend, fileBackend, gitRefBackend, type StoreBackend } from './store-backends.js';

export const BACKENDS: [string, () => Promise<StoreBackend>][] = [
  ['file', fileBackend],
  ['git-ref', gitRefBackend],
  ['command', commandBackend],
];
