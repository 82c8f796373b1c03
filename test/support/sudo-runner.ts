// A realistic runner user for the isolation tests: a non-root user with passwordless sudo, as GitHub-hosted
// runners have (`runner ALL=(ALL) NOPASSWD: ALL`). Tests here run as root, so they create it (idempotently) and
// start the code under test as that user. The sudo rule is per user, not through the sudo group: a child started
// with spawn's uid/gid has no supplementary groups.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const TEST_RUNNER_USER = 'codex-test-runner';

export interface SudoRunner {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
  readonly home: string;
}

function id(flag: string, name: string): string | null {
  try {
    return execFileSync('id', [flag, name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** Why the runner user cannot be made here, or null when it can. */
export function sudoRunnerUnavailable(): string | null {
  if (process.platform !== 'linux') return 'not Linux';
  if (process.getuid?.() !== 0) return 'the tests do not run as root (cannot create users)';
  if (!existsSync('/usr/bin/sudo')) return 'sudo is not installed (.ci/run installs it)';
  if (!existsSync('/usr/bin/setfacl')) return 'setfacl is not installed (.ci/run installs the acl package)';
  return null;
}

/** A self-hosted runner's user: no root sudo, only `sudo -u <agent>` (the rule an admin adds for codex-user). */
export const TEST_SELF_HOSTED_USER = 'codex-test-selfhost';

/** Creates (once) the runner user and its sudo rule, and returns it. */
export function ensureSudoRunner(): SudoRunner {
  return ensureUser(TEST_RUNNER_USER, 'ALL=(ALL:ALL) NOPASSWD: ALL');
}

/**
 * The self-hosted runner's own agent user. Not `codex-agent`: another runner user's runs with the same agent user
 * are not serialized by the agent-user lock (it is per runner user), and a run's end stops the agent user's new
 * processes, so the tests of other files (which use `codex-agent` at the same time) would lose their agents.
 */
export const TEST_SELF_HOSTED_AGENT = 'codex-selfhost-agent';

/** Creates (once) a user allowed to run commands as the agent users only (which must exist), and returns it. */
export function ensureSelfHostedRunner(agent: string): SudoRunner {
  if (id('-u', agent) === null) {
    try {
      execFileSync('useradd', ['--create-home', '--user-group', agent]);
    } catch (error) {
      if (id('-u', agent) === null) throw error;
    }
  }
  return ensureUser(TEST_SELF_HOSTED_USER, `ALL=(codex-agent,${TEST_SELF_HOSTED_AGENT}) NOPASSWD: ALL`);
}

function ensureUser(name: string, sudoRule: string): SudoRunner {
  if (id('-u', name) === null) {
    try {
      execFileSync('useradd', ['--create-home', '--user-group', '--shell', '/bin/bash', name]);
    } catch (error) {
      // A parallel test file created it first (useradd exit 9).
      if (id('-u', name) === null) throw error;
    }
  }
  const rule = `/etc/sudoers.d/${name}`;
  // Rewritten when it says something else (an older rule of this test support).
  if (!existsSync(rule) || readFileSync(rule, 'utf8') !== `${name} ${sudoRule}\n`) {
    const tmp = `${rule}.tmp-${process.pid}`;
    writeFileSync(tmp, `${name} ${sudoRule}\n`, { mode: 0o440 });
    execFileSync('visudo', ['-c', '-q', '-f', tmp]);
    execFileSync('mv', [tmp, rule]);
  }
  const home =
    execFileSync('getent', ['passwd', name], { encoding: 'utf8' }).split(':')[5] ?? `/home/${name}`;
  return { name, uid: Number(id('-u', name)), gid: Number(id('-g', name)), home };
}
