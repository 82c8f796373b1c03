// The action harness against tiny entry scripts that speak the runner's protocol the way @actions/core does
// (file commands as ghadelimiter heredocs, ::add-mask:: with escaped data), so the harness is proven before the
// real action exists.
import { randomUUID } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createJob, type Job, type JobOptions, parseKeyValueFile } from '../../support/action-harness.js';
import { assertNoLeaks, discardOutputs, registerSecret } from '../../support/leak-guard.js';
import { canSwitchUser, NOBODY } from '../../support/runner-user.js';
import { waitForExit } from '../../support/wait-for.js';

// What @actions/core 3 does: issueFileCommand with prepareKeyValueMessage, and escapeData for command data.
const PRELUDE = `
import fs from 'node:fs';
import os from 'node:os';
import crypto from 'node:crypto';
const put = (file, name, value) => {
  const d = 'ghadelimiter_' + crypto.randomUUID();
  fs.appendFileSync(process.env[file], name + '<<' + d + os.EOL + value + os.EOL + d + os.EOL);
};
const append = (file, text) => fs.appendFileSync(process.env[file], text);
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\\r/g, '%0D').replace(/\\n/g, '%0A');
const setSecret = (s) => process.stdout.write('::add-mask::' + escapeData(s) + os.EOL);
`;

const SCRIPTS: Record<string, string> = {
  report: `put('GITHUB_OUTPUT', 'report', JSON.stringify({
    cwd: process.cwd(), env: process.env, event: JSON.parse(fs.readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8')) }));`,
  heredocs: `
    put('GITHUB_OUTPUT', 'multi', 'line one\\nname=value\\nx<<EOF\\n\\nlast');
    put('GITHUB_OUTPUT', 'empty', '');
    append('GITHUB_OUTPUT', 'plain=a=b<<c\\n');
    append('GITHUB_OUTPUT', 'trailing=  spaces  \\n');
    append('GITHUB_STEP_SUMMARY', '## Summary\\n\\n| a | b |\\n');`,
  malformed: `append('GITHUB_OUTPUT', 'ok=1\\nthis line has no separator\\n');`,
  main: `
    put('GITHUB_STATE', 'lease', 'holder\\nexpires=soon');
    append('GITHUB_STATE', 'pid=42\\n');
    process.exit(3);`,
  post: `put('GITHUB_OUTPUT', 'seen', JSON.stringify(Object.fromEntries(
    Object.entries(process.env).filter(([k]) => k.startsWith('STATE_') || k.startsWith('INPUT_')))));`,
  setenv: `
    append('GITHUB_ENV', 'FIRST=one\\n');
    put('GITHUB_ENV', 'MULTI', 'a\\nb');
    append('GITHUB_PATH', '/opt/first/bin\\n');
    process.exitCode = 1;`,
  setpath: `append('GITHUB_PATH', '/opt/second/bin\\n/opt/first/bin\\n'); append('GITHUB_ENV', 'FIRST=again\\n');`,
  printThenMask: `console.log('token: ' + process.env.SECRET); setSecret(process.env.SECRET);`,
  stderrThenMask: `
    process.stderr.write('oops ' + process.env.SECRET + '\\n');
    setTimeout(() => setSecret(process.env.SECRET), 200);`,
  maskThenWork: `console.log('starting'); setSecret(process.env.SECRET); setSecret('100%\\r\\nsure'); console.log('working');`,
  maskThenPrint: `setSecret(process.env.SECRET); console.log('token: ' + process.env.SECRET);`,
  stopCommands: `
    console.log('::stop-commands::tok123');
    setSecret(process.env.SECRET);
    console.log('::tok123::');`,
  hang: `console.log('waiting'); setInterval(() => {}, 1000);`,
  commands: `
    process.stderr.write('warn from stderr ##[warning]mid-line\\r::set-output name=late::1\\n');
    console.log('::save-state name=s::v');
    console.log('::set-env name=A::1');
    append('GITHUB_STATE', 's=from-file\\n');`,
  whoami: `put('GITHUB_OUTPUT', 'uid', String(process.getuid()));
    fs.writeFileSync(process.env.RUNNER_TEMP + '/written-by-step', 'x');`,
  orphan: `
    import('node:child_process').then(({ spawn }) => {
      const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
      child.unref();
      append('GITHUB_OUTPUT', 'pid=' + child.pid + '\\n');
    });`,
};

let scripts: string;
const jobs: Job[] = [];

beforeAll(() => {
  scripts = mkdtempSync(join(tmpdir(), 'action-scripts-'));
  for (const [name, body] of Object.entries(SCRIPTS))
    writeFileSync(join(scripts, `${name}.mjs`), PRELUDE + body);
});
afterAll(() => rmSync(scripts, { recursive: true, force: true }));
afterEach(() => {
  for (const job of jobs.splice(0)) job.cleanup();
});

const entry = (name: string): string => join(scripts, `${name}.mjs`);
const newJob = (options: Partial<JobOptions> = {}): Job => {
  const job = createJob({ event: { name: 'push', payload: { ref: 'refs/heads/main' } }, ...options });
  jobs.push(job);
  return job;
};
// A killed orphan stays a zombie where PID 1 does not reap (as in some containers): that is not running.
const running = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = process.platform === 'linux' ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
  return !/^\d+ \(.*\) Z/.test(stat);
};
const report = (
  outputs: Record<string, string>,
): { cwd: string; env: Record<string, string>; event: object } => JSON.parse(outputs.report ?? 'null');

describe('action harness: the runner environment', () => {
  it('runs node <entry> in the workspace with the runner variables, INPUT_ names keeping hyphens', async () => {
    process.env.HARNESS_TEST_PROCESS_ONLY = 'must not reach the action';
    const job = newJob({
      repository: 'acme/widgets',
      event: { name: 'schedule', payload: { schedule: '0 * * * *' } },
    });
    const step = await job.step(entry('report'), {
      inputs: { 'lock-timeout': '30', 'Auth File': 'a.json', stream: 'main' },
      env: { STEP_ONLY: 'yes' },
    });
    expect(step.code).toBe(0);
    const { cwd, env, event } = report(step.outputs);
    expect(realpathSync(cwd)).toBe(realpathSync(job.workspace));
    expect(env).toMatchObject({
      'INPUT_LOCK-TIMEOUT': '30',
      INPUT_AUTH_FILE: 'a.json',
      INPUT_STREAM: 'main',
      STEP_ONLY: 'yes',
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_REPOSITORY: 'acme/widgets',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_WORKSPACE: job.workspace,
      RUNNER_TEMP: job.runnerTemp,
      HOME: job.home,
      PATH: process.env.PATH,
    });
    expect(env.GITHUB_RUN_ID).toMatch(/^\d+$/);
    expect(env).not.toHaveProperty('INPUT_LOCK_TIMEOUT');
    expect(env).not.toHaveProperty('GITHUB_API_URL');
    expect(env).not.toHaveProperty('HARNESS_TEST_PROCESS_ONLY');
    expect(event).toEqual({ schedule: '0 * * * *' });
    delete process.env.HARNESS_TEST_PROCESS_ONLY;

    // Fresh file-command files for each step; the run id is the job's; a relative entry is taken from our cwd.
    const again = report((await job.step(relative(process.cwd(), entry('report')))).outputs);
    for (const name of [
      'GITHUB_OUTPUT',
      'GITHUB_STATE',
      'GITHUB_ENV',
      'GITHUB_PATH',
      'GITHUB_STEP_SUMMARY',
    ]) {
      expect(again.env[name]).toMatch(/_runner_file_commands/);
      expect(again.env[name]).not.toBe(env[name]);
    }
    expect(again.env.GITHUB_RUN_ID).toBe(env.GITHUB_RUN_ID);
    expect(again.env).not.toHaveProperty('INPUT_STREAM');
  });

  it('passes GITHUB_API_URL only when the caller gives it', async () => {
    const job = newJob({ env: { GITHUB_API_URL: 'http://127.0.0.1:9' } });
    expect(report((await job.step(entry('report'))).outputs).env.GITHUB_API_URL).toBe('http://127.0.0.1:9');
  });

  it('kills a step that outlives its timeout; cleanup removes the temp root', async () => {
    const job = newJob();
    const step = await job.step(entry('hang'), { timeoutMs: 300 });
    expect(step).toMatchObject({ timedOut: true, signal: 'SIGKILL', code: null, stdout: 'waiting\n' });
    job.cleanup();
    expect(existsSync(job.root)).toBe(false);
  });

  it('leaves what a step started running for later steps, and kills it at cleanup (as the runner at job end)', async () => {
    const job = newJob();
    const pid = Number((await job.step(entry('orphan'))).outputs.pid);
    expect(running(pid)).toBe(true);
    job.cleanup();
    await waitForExit(pid); // not our child: no exit event reaches us, so /proc is polled with a deadline
    expect(running(pid)).toBe(false);
  });
});

describe('action harness: file commands', () => {
  it('parses name=value lines and @actions/core heredocs, and the step summary', async () => {
    const step = await newJob().step(entry('heredocs'));
    expect(step.outputs).toEqual({
      multi: 'line one\nname=value\nx<<EOF\n\nlast',
      empty: '',
      plain: 'a=b<<c',
      trailing: '  spaces  ',
    });
    expect(step.summary).toBe('## Summary\n\n| a | b |\n');
  });

  it('rejects a malformed file naming the file and line, never the content', async () => {
    const failure = newJob()
      .step(entry('malformed'))
      .then(
        () => '',
        (error: Error) => error.message,
      );
    const message = await failure;
    expect(message).toMatch(/GITHUB_OUTPUT line 2: neither name=value nor name<<DELIMITER/);
    expect(message).not.toContain('separator');
    expect(() => parseKeyValueFile('a<<EOF\nnever closed\n')).toThrow(
      /line 1: heredoc delimiter never closed/,
    );
    expect(() => parseKeyValueFile('=value\n')).toThrow(/line 1/);
  });

  it('carries state from main to post, and runs post although main failed', async () => {
    const { main, post } = await newJob().mainAndPost(entry('main'), entry('post'), {
      inputs: { 'lock-timeout': '5' },
    });
    expect(main.code).toBe(3);
    expect(main.state).toEqual({ lease: 'holder\nexpires=soon', pid: '42' });
    expect(post.code).toBe(0);
    // Post gets the same inputs as main, as on the runner.
    expect(JSON.parse(post.outputs.seen ?? '')).toEqual({
      STATE_lease: 'holder\nexpires=soon',
      STATE_pid: '42',
      'INPUT_LOCK-TIMEOUT': '5',
    });
  });

  it('carries GITHUB_ENV and GITHUB_PATH to later steps, even from a failed step; step env wins', async () => {
    const job = newJob();
    const first = await job.step(entry('setenv'));
    expect(first).toMatchObject({ code: 1, env: { FIRST: 'one', MULTI: 'a\nb' }, path: ['/opt/first/bin'] });

    const seen = report((await job.step(entry('report'))).outputs).env;
    expect(seen).toMatchObject({ FIRST: 'one', MULTI: 'a\nb', PATH: `/opt/first/bin:${process.env.PATH}` });

    await job.step(entry('setpath'));
    const later = report((await job.step(entry('report'), { env: { MULTI: 'from step env' } })).outputs).env;
    // Re-added entries move to the front, without duplicates; the newest comes first.
    expect(later.PATH).toBe(`/opt/first/bin:/opt/second/bin:${process.env.PATH}`);
    expect(later).toMatchObject({ FIRST: 'again', MULTI: 'from step env' });
  });
});

describe('action harness: masking and the leak guard', () => {
  const secretValue = (): string => `rt_${randomUUID()}`;

  it('fails a step that printed a value on stdout before masking it, without naming the value', async () => {
    const secret = secretValue();
    const message = await newJob()
      .step(entry('printThenMask'), { env: { SECRET: secret } })
      .then(
        () => '',
        (error: Error) => error.message,
      );
    expect(message).toMatch(/masked at stdout line 1 .* printed before its mask, at stdout line 0/);
    expect(message).not.toContain(secret);
    discardOutputs();
  });

  it('fails a step that printed a value on stderr before masking it', async () => {
    const secret = secretValue();
    const message = await newJob()
      .step(entry('stderrThenMask'), { env: { SECRET: secret } })
      .then(
        () => '',
        (error: Error) => error.message,
      );
    expect(message).toMatch(/masked at stdout line 0 .* printed before its mask, at stderr line 0/);
    expect(message).not.toContain(secret);
    discardOutputs();
  });

  it('reports masks and strips the ::add-mask:: lines before the leak guard sees stdout', async () => {
    const secret = secretValue();
    registerSecret(secret);
    const step = await newJob().step(entry('maskThenWork'), { env: { SECRET: secret } });
    expect(step.stdout).toContain(`::add-mask::${secret}`); // the raw output does hold it
    expect(step.stdout).toContain('::add-mask::100%25%0D%0Asure'); // escaped, as core writes it
    expect(step.masks).toEqual([secret, '100%\r\nsure']);
    expect(step.maskLineIndex).toEqual(
      new Map([
        [secret, 1],
        ['100%\r\nsure', 2],
      ]),
    );
    expect(() => assertNoLeaks()).not.toThrow();
  });

  it('still hands the leak guard a secret printed after its mask or inside stop-commands', async () => {
    const secret = secretValue();
    registerSecret(secret);
    const job = newJob();
    await job.step(entry('maskThenPrint'), { env: { SECRET: secret } });
    expect(() => assertNoLeaks()).toThrow(/appeared in action step 1 \(maskThenPrint\.mjs\) stdout/);

    // Inside ::stop-commands:: the runner prints ::add-mask:: lines verbatim: not a mask, and a leak.
    const stopped = await job.step(entry('stopCommands'), { env: { SECRET: secret } });
    expect(stopped.masks).toEqual([]);
    expect(() => assertNoLeaks()).toThrow(/appeared in action step 2 \(stopCommands\.mjs\) stdout/);
    discardOutputs();
  });
});

describe('action harness: the runner reading the log', () => {
  it('processes commands on stderr too, splits on a lone CR, and a refused set-env fails the step', async () => {
    const step = await newJob().step(entry('commands'));
    expect(step.code).toBe(0);
    expect(step.failed).toBe(true);
    expect(step.log.failure).toMatch(/set-env/);
    expect(step.log.annotations.map((a) => [a.type, a.message])).toContainEqual(['warning', 'mid-line']);
    // The command took effect; the file, read after the step, wins for the same name.
    expect(step.log.state).toEqual({ s: 'v' });
    expect(step.state).toEqual({ s: 'from-file' });
    expect(step.outputs).toEqual({ late: '1' });
  });

  it.runIf(canSwitchUser())('runs a step as the runner user, owning the job directories', async () => {
    chmodSync(scripts, 0o755); // a temp dir is 0700: the user must be able to read the entry
    const job = newJob({ user: NOBODY });
    const step = await job.step(entry('whoami'));
    expect(step.code, step.stderr).toBe(0);
    expect(step.outputs.uid).toBe(String(NOBODY.uid));
    expect(statSync(join(job.runnerTemp, 'written-by-step')).uid).toBe(NOBODY.uid);
  });
});
