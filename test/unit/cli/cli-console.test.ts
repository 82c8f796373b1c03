// The CLI's stderr lines may quote Codex: they reach a terminal or, with `codex-auth run` as a CI step, the log.
import { describe, expect, it } from 'vitest';
import { stderrLogger } from '../../../src/cli/console.js';
import { Redactor } from '../../../src/core/redactor.js';

describe('stderrLogger', () => {
  it('keeps our lines, escapes what a quote could do to a terminal or a runner, redacts first', () => {
    const lines: string[] = [];
    const redactor = new Redactor();
    redactor.add(['secret-value-123']);
    const log = stderrLogger({ stdout: () => {}, stderr: (text) => lines.push(text) }, redactor, true);
    log.info('stream "x": generation 2');
    log.warn('Codex said: \x1b[2Jboom ##[error]x\r::add-mask::y secret-value-123');
    log.debug('two\nlines');
    expect(lines).toEqual([
      'codex-auth: stream "x": generation 2\n',
      'codex-auth: warning: Codex said: boom ##\\[error]x\n:\\:add-mask::y ***\n',
      'codex-auth: debug: two\nlines\n',
    ]);
  });
});
