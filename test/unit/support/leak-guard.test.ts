import { describe, expect, it } from 'vitest';
import { assertNoLeaks, discardOutputs, recordOutput, registerSecret } from '../../support/leak-guard.js';

describe('leak guard', () => {
  it('fails when a registered secret appears in recorded output, without printing the secret', () => {
    const secret = `rt_${Math.random().toString(36).slice(2)}${Date.now()}`;
    registerSecret(secret);
    recordOutput('stderr of something', `hello ${secret} bye`);
    let message = '';
    try {
      assertNoLeaks();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/appeared in stderr of something/);
    expect(message).not.toContain(secret);
    discardOutputs();
  });

  it('passes clean output', () => {
    registerSecret(`at_${Date.now()}_long_enough`);
    recordOutput('stdout', 'nothing to see');
    expect(() => assertNoLeaks()).not.toThrow();
  });
});
