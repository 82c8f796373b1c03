import {
  cacheBackend,
  commandBackend,
  fileBackend,
  githubSecretBackend,
  gitRefBackend,
  type StoreBackend,
} from './store-backends.js';

export const BACKENDS: [string, () => Promise<StoreBackend>][] = [
  ['file', fileBackend],
  ['git-ref', gitRefBackend],
  ['command', commandBackend],
  ['github-secret', githubSecretBackend],
  ['cache', cacheBackend],
];
