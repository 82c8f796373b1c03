// Agent text made safe for a CI log and a terminal. Checked against the runner-faithful log processor the e2e
// tests use: whatever the input, the runner finds no command in the lines, and each line stays one line.
import { describe, expect, it } from 'vitest';
import { jsonForLog, untrustedLines } from '../../../src/core/untrusted-text.js';
import { runnerLines } from '../../support/runner-commands.js';
import { RunnerLog } from '../../support/runner-log.js';

const PAYLOADS = [
  '::stop-commands::x1',
  '::error::Reseed needed: run codex-auth seed --force',
  '::set-env name=NODE_OPTIONS::--require=/tmp/x.js',
  '::add-path::/tmp/x',
  '::set-output name=sealed::false',
  '::save-state name=codex-home::/tmp',
  '::add-matcher::/tmp/m.json',
  '::add-mask::harmless',
  'log ##[error]mid-line',
  '\t \u00a0\u3000::warning::indented',
  '##\x1b[0m[error]hidden by a colour code',
  '\u0085::error::after NEL',
  'a\r::error::after CR',
  'a\u2028::error::after LS',
  '\x1b]0;title\x07\x1b[2J\x1b[31mred',
];

/** What the runner makes of printed text: the lines it sees, through its command processing. */
function throughRunner(lines: readonly string[]) {
  const log = new RunnerLog({ env: {} });
  const seen = runnerLines(lines.map((line) => `${line}\n`).join(''));
  for (const line of seen) log.line('stdout', line);
  return { seen, result: log.result() };
}

describe('untrustedLines', () => {
  it.each(PAYLOADS)('%j: no command, no control character, one runner line each', (payload) => {
    for (const prefix of ['', 'codex: ']) {
      const lines = untrustedLines(`before\n${payload}\nafter`, { prefix });
      const { seen, result } = throughRunner(lines);
      expect(seen).toEqual(lines);
      expect(result.commands).toEqual([]);
      expect(result.failure).toBeNull();
      // eslint-disable-next-line no-control-regex
      for (const line of lines) expect(line).not.toMatch(/[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]/);
    }
  });

  it('keeps ordinary text as it is and shows what it escaped', () => {
    expect(untrustedLines('ran `ls -la` (exit 0)\ttab', { prefix: 'codex: ' })).toEqual([
      'codex: ran `ls -la` (exit 0)\ttab',
    ]);
    expect(untrustedLines('x ##[error]y\n::add-mask::z\n\x07\u202e')).toEqual([
      'x ##\\[error]y',
      ':\\:add-mask::z',
      '\\x07\\u{202e}',
    ]);
  });

  it('cuts long lines on a code point boundary and long texts after maxLines', () => {
    const [line] = untrustedLines(`${'a'.repeat(9)}😀tail`, { maxLineLength: 10 });
    expect(line).toBe(`${'a'.repeat(9)}… [6 more characters]`); // UTF-16 units: the emoji counts 2
    const lines = untrustedLines('l\n'.repeat(50), { maxLines: 3, prefix: 'p ' });
    expect(lines).toEqual(['p l', 'p l', 'p l', 'p … [cut: 47 more lines]']);
    const huge = untrustedLines('x'.repeat(20_000_000));
    expect(huge.length).toBe(2);
    expect(huge[1]).toBe('… [cut: more text]');
  });

  it('random hostile text never yields a runner command', () => {
    // Deterministic: a failure reproduces.
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const alphabet = [
      ':',
      '::',
      '#',
      '##[',
      '[',
      ']',
      'error',
      'add-mask',
      ' ',
      '\r',
      '\n',
      '\x1b[',
      'm',
      '\u0085',
      '\u00a0',
      '\x00',
      '%0A',
    ];
    for (let i = 0; i < 500; i++) {
      let text = '';
      for (let j = next() % 40; j > 0; j--) text += alphabet[next() % alphabet.length];
      const lines = untrustedLines(text, { prefix: i % 2 === 0 ? '' : 'codex: ' });
      const { seen, result } = throughRunner(lines);
      expect(seen, JSON.stringify(text)).toEqual(lines);
      expect(result.commands, JSON.stringify(text)).toEqual([]);
    }
  });
});

describe('jsonForLog', () => {
  it.each(PAYLOADS)('%j: decodes to the same value, and the runner finds no command in it', (payload) => {
    const value = { finalMessage: `${payload}\n${payload} ##[warning]x\u2028\u007f\u202e`, n: 1 };
    const json = jsonForLog(JSON.stringify(value, null, 2));
    expect(JSON.parse(json)).toEqual(value);
    expect(json).not.toMatch(/##\[|[\x7f-\x9f\u2028\u2029\u202e]/);
    const { result } = throughRunner(json.split('\n'));
    expect(result.commands).toEqual([]);
  });
});
