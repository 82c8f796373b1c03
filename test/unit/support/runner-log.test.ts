// The runner-faithful log processing the harnesses use, against the rules read in actions/runner's source
// (ActionCommand.cs, ActionCommandManager.cs, OutputManager.cs, ProcessInvoker.cs's StreamReader.ReadLine).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  parseCommand,
  RUNNER_COMMANDS,
  RunnerLineSplitter,
  runnerLines,
} from '../../support/runner-commands.js';
import { type OutputStream, RunnerLog, type RunnerLogOptions } from '../../support/runner-log.js';

const KNOWN = new Set<string>(RUNNER_COMMANDS);

function processLines(lines: readonly (string | [OutputStream, string])[], options?: RunnerLogOptions) {
  const log = new RunnerLog(options);
  for (const line of lines) {
    if (typeof line === 'string') log.line('stdout', line);
    else log.line(line[0], line[1]);
  }
  return log.result();
}

describe('splitting lines the way the runner reads them', () => {
  it.each([
    ['a\nb\n', ['a', 'b']],
    ['a\r\nb', ['a', 'b']],
    ['a\rb\r', ['a', 'b']], // a lone CR ends a line too (StreamReader.ReadLine)
    ['a\r\r\nb', ['a', '', 'b']],
    ['a\n\nb', ['a', '', 'b']],
    ['a\u2028b\u0085c', ['a\u2028b\u0085c']], // only CR and LF
  ])('%j -> %j', (text, lines) => {
    expect(runnerLines(text)).toEqual(lines);
  });

  it('keeps a CR at a chunk end until it knows whether LF follows', () => {
    const splitter = new RunnerLineSplitter();
    expect(splitter.push('one\r')).toEqual([]);
    expect(splitter.push('\ntwo\r')).toEqual(['one']);
    expect(splitter.push('three')).toEqual(['two']);
    expect(splitter.end()).toEqual(['three']);
  });
});

describe('parsing a command', () => {
  it.each([
    ['::error::boom', { name: 'error', data: 'boom', form: '::' }],
    ['  \t::warning file=a.ts,line=3::careful', { name: 'warning', properties: { file: 'a.ts', line: '3' } }],
    ['\u00a0\u3000::notice::x', { name: 'notice', data: 'x' }], // .NET's TrimStart trims these
    ['::ERROR::loud', { name: 'error', data: 'loud' }],
    ['::set-output name=a::1%0A2%25', { name: 'set-output', properties: { name: 'a' }, data: '1\n2%' }],
    ['::add-mask::lower%0aescape', { data: 'lower%0aescape' }], // unescaping is case-sensitive
    ['text before ##[error]mid-line', { name: 'error', data: 'mid-line', form: '##[' }],
    [
      'x ##[set-env name=A;other=b]v%5D',
      { name: 'set-env', properties: { name: 'A', other: 'b' }, data: 'v]' },
    ],
  ])('%j', (line, expected) => {
    expect(parseCommand(line, KNOWN)).toMatchObject(expected);
  });

  it.each([
    'text ::error::not at the start',
    '::unknown::x',
    '::error',
    '\ufeff::error::BOM is no space',
    '##[error',
  ])('no command in %j', (line) => expect(parseCommand(line, KNOWN)).toBeNull());
});

describe('what the runner does with the commands', () => {
  it('masks only the lines processed after ::add-mask::, on both streams', () => {
    const log = processLines(['secret-one early', '::add-mask::secret-one', ['stderr', 'late secret-one']]);
    expect(log.rendered).toEqual(['secret-one early', 'late ***']);
    expect(log.masks).toMatchObject([{ value: 'secret-one', stream: 'stdout', index: 1, renderedIndex: 1 }]);
  });

  it('stop-commands: an ::add-mask:: inside is plain output, the token resumes (also as ##[token])', () => {
    const log = processLines([
      '::stop-commands::pause1',
      '::add-mask::hidden-value',
      '::error::not an annotation',
      'x ##[pause1]',
      '::add-mask::hidden-value',
      'hidden-value',
    ]);
    expect(log.rendered).toEqual([
      '::stop-commands::pause1',
      '::add-mask::hidden-value',
      '::error::not an annotation',
      'x ##[pause1]',
      '***',
    ]);
    expect(log.annotations).toEqual([]);
    expect(log.commands.map((c) => c.name)).toEqual(['stop-commands', 'pause1', 'add-mask']);
  });

  it('an empty stop token never resumes', () => {
    const log = processLines(['::stop-commands::', '::', '::error::x', '::::']);
    expect(log.annotations).toEqual([]);
    expect(log.rendered).toEqual(['::stop-commands::', '::', '::error::x', '::::']);
  });

  it('set-env and add-path fail the step unless unsecure commands are allowed; NODE_OPTIONS never', () => {
    const refused = processLines(['::set-env name=A::1', '##[add-path]/tmp/x']);
    expect(refused.failure).toMatch(/set-env: The `set-env` command is disabled/);
    expect(refused.env).toEqual({});
    expect(refused.path).toEqual([]);
    expect(refused.annotations.map((a) => [a.type, a.source])).toEqual([
      ['error', 'runner'],
      ['error', 'runner'],
      ['error', 'runner'],
      ['error', 'runner'],
    ]);
    const allowed = processLines(
      ['::set-env name=A::1', '::add-path::/tmp/x', '::set-env name=NODE_OPTIONS::-r x'],
      {
        env: { ACTIONS_ALLOW_UNSECURE_COMMANDS: 'true' },
      },
    );
    expect(allowed).toMatchObject({ failure: null, env: { A: '1' }, path: ['/tmp/x'] });
    expect(allowed.annotations[0]?.message).toMatch(/Can't update NODE_OPTIONS/);
  });

  it('annotations, outputs, state and groups; commands are not echoed unless echo is on', () => {
    const log = processLines([
      '::error title=T::Reseed needed',
      'log ##[warning]mid-line',
      '::set-output name=sealed::false',
      '::save-state name=codex-home::/tmp',
      '::group::Title',
      '::endgroup::',
      '::echo::on',
      '::save-state name=b::2',
      '::add-mask::abcdef',
    ]);
    expect(log.annotations).toEqual([
      { type: 'error', message: 'Reseed needed', properties: { title: 'T' }, source: 'command' },
      { type: 'warning', message: 'mid-line', properties: {}, source: 'command' },
    ]);
    expect(log.outputs).toEqual({ sealed: 'false' });
    expect(log.state).toEqual({ 'codex-home': '/tmp', b: '2' });
    expect(log.rendered).toEqual([
      '##[error]Reseed needed',
      '##[warning]mid-line',
      '##[group]Title',
      '##[endgroup]',
      '::save-state name=b::2',
      '::add-mask::***',
    ]);
    expect(log.failure).toBeNull();
  });

  const dir = mkdtempSync(join(tmpdir(), 'runner-log-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('add-matcher loads its file (a missing one fails the step); empty masks only warn', () => {
    writeFileSync(join(dir, 'm.json'), JSON.stringify({ problemMatcher: [] }));
    const log = processLines(['::add-matcher::m.json', '::add-mask:: ', '::remove-matcher owner=x::'], {
      workspace: dir,
    });
    expect(log).toMatchObject({ matchers: ['m.json'], failure: null, masks: [] });
    expect(log.annotations.map((a) => a.type)).toEqual(['warning']);
    expect(processLines(['::add-matcher::/nonexistent/m.json']).failure).toMatch(/Could not find file/);
    expect(processLines(['::echo::maybe']).failure).toMatch(/Invalid echo command value/);
  });
});
