import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodexEvent } from '../../../src/codex/codex-runner.js';
import {
  CodexEventReducer,
  type JsonlItem,
  JsonlParser,
  LineSplitter,
  parseJsonlLine,
  summarizeEvents,
} from '../../../src/codex/jsonl-events.js';
import {
  buildExecArgs,
  createCodexRunner,
  runCodex,
  runCodexDetailed,
} from '../../../src/codex/run-codex.js';
import { UsageError } from '../../../src/core/errors.js';
import { recordOutput } from '../../support/leak-guard.js';
import { waitForExit } from '../../support/wait-for.js';

// Part 1: the JSONL parser and reducer. Part 2: runCodex, which streams a process's stdout through them (its
// process handling is tested here, with a fake codex script, because it is the parser's only producer).

// A transcript shaped like `codex exec --json` 0.169.0 output (see notes/codex-cli-auth-facts.md).
const TRANSCRIPT = [
  { type: 'thread.started', thread_id: '0199a213-81c0-7800-8aa1-bbab2a035a53' },
  { type: 'turn.started' },
  {
    type: 'item.started',
    item: { id: 'item_0', type: 'command_execution', command: 'ls', status: 'in_progress' },
  },
  { type: 'item.completed', item: { id: 'item_1', type: 'agent_message', text: 'first answer' } },
  { type: 'item.completed', item: { id: 'item_2', type: 'reasoning', text: 'thinking' } },
  { type: 'item.completed', item: { id: 'item_3', type: 'agent_message', text: 'final answer' } },
  {
    type: 'turn.completed',
    usage: {
      input_tokens: 24763,
      cached_input_tokens: 24448,
      output_tokens: 122,
      reasoning_output_tokens: 64,
    },
  },
];

function events(items: readonly JsonlItem[]): CodexEvent[] {
  return items.flatMap((item) => (item.kind === 'event' ? [item.event] : []));
}

function texts(items: readonly JsonlItem[]): string[] {
  return items.flatMap((item) => (item.kind === 'text' ? [item.line] : []));
}

describe('parseJsonlLine', () => {
  it.each([
    { line: '{"type":"turn.started"}', expected: { kind: 'event', event: { type: 'turn.started' } } },
    { line: '{"type":"turn.started"}\r', expected: { kind: 'event', event: { type: 'turn.started' } } },
    { line: '  {"type":"x","a":1}', expected: { kind: 'event', event: { type: 'x', a: 1 } } },
    {
      line: 'Reading prompt from stdin...',
      expected: { kind: 'text', line: 'Reading prompt from stdin...' },
    },
    { line: '{"no_type":true}', expected: { kind: 'text', line: '{"no_type":true}' } },
    { line: '{"type":42}', expected: { kind: 'text', line: '{"type":42}' } },
    { line: '[1,2]', expected: { kind: 'text', line: '[1,2]' } },
    { line: '{"type":"cut', expected: { kind: 'text', line: '{"type":"cut' } },
    { line: 'null', expected: { kind: 'text', line: 'null' } },
    { line: '', expected: null },
    { line: '   \r', expected: null },
  ])('$line', ({ line, expected }) => {
    expect(parseJsonlLine(line)).toEqual(expected);
  });
});

describe('JsonlParser', () => {
  const stream = `${TRANSCRIPT.map((event) => JSON.stringify(event)).join('\n')}\nplain text line\n`;

  it.each([1, 2, 3, 7, 64, stream.length])('yields the same items for chunks of %i characters', (size) => {
    const parser = new JsonlParser();
    const items: JsonlItem[] = [];
    for (let at = 0; at < stream.length; at += size) items.push(...parser.push(stream.slice(at, at + size)));
    items.push(...parser.end());
    expect(events(items)).toEqual(TRANSCRIPT);
    expect(texts(items)).toEqual(['plain text line']);
  });

  it('keeps a multi-byte character that is split between two Buffer chunks', () => {
    const bytes = Buffer.from(
      `${JSON.stringify({ type: 'item.completed', item: { type: 'agent_message', text: 'héllo ✓ 🚀' } })}\n`,
    );
    const parser = new JsonlParser();
    const items: JsonlItem[] = [];
    for (let at = 0; at < bytes.length; at += 1) items.push(...parser.push(bytes.subarray(at, at + 1)));
    items.push(...parser.end());
    expect(events(items)).toEqual([
      { type: 'item.completed', item: { type: 'agent_message', text: 'héllo ✓ 🚀' } },
    ]);
  });

  it('flushes a last line without a newline at end()', () => {
    const parser = new JsonlParser();
    expect(parser.push('{"type":"a"}\n{"type":"b"}')).toEqual([{ kind: 'event', event: { type: 'a' } }]);
    expect(parser.end()).toEqual([{ kind: 'event', event: { type: 'b' } }]);
    expect(parser.end()).toEqual([]);
  });

  it('handles CRLF line ends', () => {
    const parser = new JsonlParser();
    const items = [...parser.push('{"type":"a"}\r\nnote\r\n'), ...parser.end()];
    expect(items).toEqual([
      { kind: 'event', event: { type: 'a' } },
      { kind: 'text', line: 'note' },
    ]);
  });
});

describe('LineSplitter', () => {
  it('splits across chunks and keeps the unterminated tail for end()', () => {
    const splitter = new LineSplitter();
    expect(splitter.push('ab')).toEqual([]);
    expect(splitter.push('c\nde\r\nf')).toEqual(['abc', 'de']);
    expect(splitter.end()).toEqual(['f']);
  });
});

describe('CodexEventReducer', () => {
  it('keeps the last agent message and the usage of turn.completed', () => {
    expect(summarizeEvents(TRANSCRIPT)).toEqual({
      finalMessage: 'final answer',
      usage: {
        input_tokens: 24763,
        cached_input_tokens: 24448,
        output_tokens: 122,
        reasoning_output_tokens: 64,
      },
      errorMessages: [],
      eventCount: TRANSCRIPT.length,
    });
  });

  const refresh = 'Your access token could not be refreshed. Please log out and sign in again.';
  it.each<{ name: string; events: CodexEvent[]; expected: unknown }>([
    { name: 'no events', events: [], expected: { finalMessage: null, usage: null, errorMessages: [] } },
    {
      name: 'error and turn.failed, in order',
      events: [
        { type: 'error', message: refresh },
        { type: 'turn.failed', error: { message: `${refresh} (turn)` } },
      ],
      expected: { finalMessage: null, usage: null, errorMessages: [refresh, `${refresh} (turn)`] },
    },
    {
      name: 'malformed fields are ignored',
      events: [
        { type: 'error' },
        { type: 'error', message: 7 },
        { type: 'turn.failed', error: 'flat string' },
        { type: 'turn.failed' },
        { type: 'item.completed' },
        { type: 'item.completed', item: { type: 'agent_message' } },
        { type: 'item.completed', item: { type: 'agent_message', text: ['x'] } },
        { type: 'turn.completed', usage: 'lots' },
      ],
      expected: { finalMessage: null, usage: null, errorMessages: [] },
    },
    {
      name: 'an updated (not completed) agent message does not count; non-numeric usage fields are dropped',
      events: [
        { type: 'item.completed', item: { type: 'agent_message', text: 'done' } },
        { type: 'item.updated', item: { type: 'agent_message', text: 'partial' } },
        { type: 'turn.completed', usage: { input_tokens: 5, output_tokens: '6', extra: 1 } },
      ],
      expected: { finalMessage: 'done', usage: { input_tokens: 5 }, errorMessages: [] },
    },
    {
      name: 'the last turn.completed wins',
      events: [
        { type: 'turn.completed', usage: { input_tokens: 1 } },
        { type: 'turn.completed', usage: { input_tokens: 2 } },
      ],
      expected: { finalMessage: null, usage: { input_tokens: 2 }, errorMessages: [] },
    },
  ])('$name', ({ events: input, expected }) => {
    const reducer = new CodexEventReducer();
    for (const event of input) reducer.add(event);
    // Every event counts, known or not: zero means nothing that speaks Codex's JSONL ran.
    expect(reducer.summary()).toEqual({ ...(expected as object), eventCount: input.length });
  });
});

// ---- Part 2: runCodex process handling ----

// A stand-in for the codex executable, ONLY to test process handling (the real Codex CLI is exercised by the e2e
// tests). It records its argv and behaves according to FAKE_MODE.
const FAKE_CODEX = String.raw`#!/bin/sh
printf '%s\n' "$@" > "$FAKE_DIR/args"
case "$FAKE_MODE" in
  events)
    echo '{"type":"thread.started","thread_id":"t1"}'
    echo 'not json: a banner line'
    printf '{"type":"item.completed","item":{"type":"agent_'
    sleep 0.05
    printf 'message","text":"hello"}}\n'
    echo 'warning: from stderr' >&2
    printf 'partial stderr ' >&2; sleep 0.05; echo 'line' >&2
    echo '{"type":"error","message":"Your access token could not be refreshed because your refresh token was already used. Please log out and sign in again."}'
    echo '{"type":"turn.failed","error":{"message":"Your access token could not be refreshed. Please log out and sign in again."}}'
    echo '{"type":"turn.completed","usage":{"input_tokens":3,"output_tokens":4}}'
    printf '{"type":"last"}'
    exit 3 ;;
  env)
    echo "home=$CODEX_HOME"
    echo "cwd=$(pwd)" ;;
  hang)
    sleep 300 & echo $! > "$FAKE_DIR/grandchild"
    echo $$ > "$FAKE_DIR/pid"
    echo '{"type":"turn.started"}'
    wait ;;
  stubborn)
    trap '' TERM INT
    sleep 300 & echo $! > "$FAKE_DIR/grandchild"
    echo $$ > "$FAKE_DIR/pid"
    echo '{"type":"turn.started"}'
    while :; do sleep 1; done ;;
  orphan)
    sleep 300 & echo $! > "$FAKE_DIR/grandchild"
    echo '{"type":"turn.started"}'
    exit 0 ;;
  signal)
    trap 'echo "got INT"; exit 130' INT
    trap 'echo "got TERM"; exit 143' TERM
    echo ready
    while :; do sleep 0.05; done ;;
esac
`;

let root: string;
let codex: string;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'run-codex-'));
  codex = path.join(root, 'codex');
  await fs.writeFile(codex, FAKE_CODEX, { mode: 0o755 });
});

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

async function scenario(mode: string) {
  const dir = await fs.mkdtemp(path.join(root, `${mode}-`));
  const events: CodexEvent[] = [];
  const output: string[] = [];
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', FAKE_DIR: dir, FAKE_MODE: mode };
  const request = {
    codexPath: codex,
    env,
    onEvent: (event: CodexEvent) => events.push(event),
    onOutput: (line: string) => output.push(line),
  };
  const readLines = async (name: string) =>
    (await fs.readFile(path.join(dir, name), 'utf8')).trim().split('\n');
  const record = () => recordOutput(`fake codex (${mode}) output`, output.join('\n'));
  return { dir, events, output, env, request, readLines, record };
}

/** Alive and not a zombie (a reparented child may stay a zombie when PID 1 does not reap). */
async function expectDead(pid: number): Promise<void> {
  // A grandchild is not our child: no exit event reaches us, so poll /proc with a deadline.
  await waitForExit(pid);
}

describe('buildExecArgs', () => {
  it.each([
    { args: [], expected: ['exec', '--json'] },
    { args: ['say hi'], expected: ['exec', '--json', 'say hi'] },
    { args: ['--json', 'say hi'], expected: ['exec', '--json', 'say hi'] },
    { args: ['-m', 'o3', 'say hi', '--json'], expected: ['exec', '-m', 'o3', 'say hi', '--json'] },
    { args: ['--experimental-json', 'x'], expected: ['exec', '--experimental-json', 'x'] },
    { args: ['resume', '--last'], expected: ['exec', '--json', 'resume', '--last'] },
    { args: ['exec'], expected: ['exec', '--json', 'exec'] },
    { args: ['--', '--json'], expected: ['exec', '--json', '--', '--json'] },
  ])('$args', ({ args, expected }) => {
    expect(buildExecArgs(args)).toEqual(expected);
  });
});

describe('runCodex', () => {
  it('streams events and non-JSON lines, and reduces them into the result', async () => {
    const s = await scenario('events');
    const result = await runCodexDetailed({ ...s.request, args: ['-m', 'o3', 'two words'] });
    s.record();
    expect(await s.readLines('args')).toEqual(['exec', '--json', '-m', 'o3', 'two words']);
    expect(s.events.map((event) => event.type)).toEqual([
      'thread.started',
      'item.completed',
      'error',
      'turn.failed',
      'turn.completed',
      'last',
    ]);
    expect([...s.output].sort()).toEqual([
      'not json: a banner line',
      'partial stderr line',
      'warning: from stderr',
    ]);
    expect(result).toEqual({
      exitCode: 3,
      signal: null,
      finalMessage: 'hello',
      usage: { input_tokens: 3, output_tokens: 4 },
      errorMessages: [
        'Your access token could not be refreshed because your refresh token was already used. Please log out and sign in again.',
        'Your access token could not be refreshed. Please log out and sign in again.',
      ],
      refreshFailure: 'refresh_token_reused',
      eventCount: s.events.length,
      timedOut: false,
      aborted: false,
      forwardedSignal: null,
    });
  });

  it('does not add --json twice', async () => {
    const s = await scenario('env');
    await runCodex({ ...s.request, args: ['prompt', '--json'] });
    expect(await s.readLines('args')).toEqual(['exec', 'prompt', '--json']);
  });

  it('passes the given environment and cwd, with stdin closed', async () => {
    const s = await scenario('env');
    const cwd = await fs.realpath(s.dir);
    const result = await runCodex({
      ...s.request,
      env: { ...s.env, CODEX_HOME: '/private/home' },
      cwd,
      args: [],
    });
    s.record();
    expect(result.exitCode).toBe(0);
    expect(s.output).toEqual(['home=/private/home', `cwd=${cwd}`]);
  });

  it('on timeout, stops the whole process group with SIGTERM', async () => {
    const s = await scenario('hang');
    const started = performance.now();
    const result = await runCodexDetailed({ ...s.request, args: [], timeoutMs: 300 });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(result).toMatchObject({ exitCode: null, signal: 'SIGTERM', timedOut: true, aborted: false });
    const [pid] = await s.readLines('pid');
    const [grandchild] = await s.readLines('grandchild');
    await expectDead(Number(pid));
    await expectDead(Number(grandchild));
  });

  it('escalates to SIGKILL when the group ignores SIGTERM', async () => {
    const s = await scenario('stubborn');
    const runner = createCodexRunner({ killGraceMs: 300 });
    const started = performance.now();
    const result = await runner({ ...s.request, args: [], timeoutMs: 200 });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(result).toMatchObject({ exitCode: null, signal: 'SIGKILL', timedOut: true });
    await expectDead(Number((await s.readLines('pid'))[0]));
    await expectDead(Number((await s.readLines('grandchild'))[0]));
  });

  it('on abort, stops the group and says so', async () => {
    const s = await scenario('hang');
    const controller = new AbortController();
    const result = await runCodexDetailed({
      ...s.request,
      args: [],
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type === 'turn.started') controller.abort();
      },
    });
    expect(result).toMatchObject({ exitCode: null, signal: 'SIGTERM', aborted: true, timedOut: false });
    await expectDead(Number((await s.readLines('grandchild'))[0]));
  });

  it('does not start Codex when the signal has already aborted', async () => {
    const s = await scenario('env');
    const result = await runCodexDetailed({ ...s.request, args: [], signal: AbortSignal.abort() });
    expect(result).toMatchObject({ exitCode: null, signal: null, aborted: true });
    await expect(fs.stat(path.join(s.dir, 'args'))).rejects.toThrow(/ENOENT/);
  });

  it('does not hang when something Codex started keeps its stdout open after Codex exits', async () => {
    const s = await scenario('orphan');
    const runner = createCodexRunner({ drainGraceMs: 300 });
    const started = performance.now();
    const result = await runner({ ...s.request, args: [] });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(result).toMatchObject({ exitCode: 0, signal: null });
    expect(s.events).toEqual([{ type: 'turn.started' }]);
    await expectDead(Number((await s.readLines('grandchild'))[0]));
  });

  it.each([
    { signal: 'SIGTERM' as const, line: 'got TERM', exitCode: 143 },
    { signal: 'SIGINT' as const, line: 'got INT', exitCode: 130 },
  ])(
    'forwards $signal received by this process to Codex, then removes its handler',
    async ({ signal, line, exitCode }) => {
      const s = await scenario('signal');
      const before = process.listenerCount(signal);
      const result = await runCodexDetailed({
        ...s.request,
        args: [],
        onOutput: (text) => {
          s.output.push(text);
          if (text === 'ready') process.kill(process.pid, signal);
        },
      });
      s.record();
      // (dash may also print "Terminated" for its foreground `sleep`, which got the signal with the group.)
      expect(s.output[0]).toBe('ready');
      expect(s.output).toContain(line);
      expect(result).toMatchObject({ exitCode, forwardedSignal: signal, timedOut: false, aborted: false });
      expect(process.listenerCount(signal)).toBe(before);
    },
  );

  it('lets Codex finish when a callback throws, then rejects with that error', async () => {
    const s = await scenario('events');
    const error = await runCodex({
      ...s.request,
      args: [],
      onEvent: (event) => {
        s.events.push(event);
        if (event.type === 'thread.started') throw new Error('consumer bug');
      },
    }).catch((e) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('consumer bug');
    expect(s.events.at(-1)).toEqual({ type: 'last' });
  });

  it('leaves no signal handlers behind after a normal run', async () => {
    const s = await scenario('env');
    const before = [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];
    await runCodex({ ...s.request, args: [] });
    expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual(before);
  });

  it.each([
    { name: 'missing', file: 'no-such-codex', message: /codex executable was not found at .*no-such-codex/ },
    { name: 'not executable', file: 'not-executable', message: /cannot be run \(permission denied\)/ },
  ])(
    'rejects with a UsageError naming --codex PATH when the executable is $name',
    async ({ file, message }) => {
      await fs.writeFile(path.join(root, 'not-executable'), '#!/bin/sh\n', { mode: 0o644 });
      const before = process.listenerCount('SIGTERM');
      const error = await runCodex({ codexPath: path.join(root, file), args: [], env: {} }).catch((e) => e);
      expect(error).toBeInstanceOf(UsageError);
      expect(error.message).toMatch(message);
      expect(error.message).toContain('--codex PATH');
      expect(error.message).toContain('npm install -g @openai/codex@0.169.0');
      expect(process.listenerCount('SIGTERM')).toBe(before);
    },
  );
});
