import { afterEach } from 'vitest';
import { assertNoLeaks } from './leak-guard.js';

afterEach(() => {
  assertNoLeaks();
});
