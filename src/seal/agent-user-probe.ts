import { existsSync, readFileSync } from 'node:fs';
import { readStat, uidOf } from '../codex/processes.js';
import { SealError } from '../core/errors.js';
import { firstLine, runAsUser, type UserIdentity } from './agent-commands.js';
import { presentSockets, type PtraceScope, readPtraceScope, rootDaemonSockets } from './agent-user-facts.js';

// The isolation is proven on the machine, as the agent user, before Codex starts: each check is the very
// operation an attacker would try, reduced to its permission test so that nothing is changed (opening
// /proc/<pid>/environ and /mem is the kernel's ptrace check; `kill -0` is the signal check SIGUSR1 would pass;
// access(2) answers for writes without writing). One failed check refuses the run.

export interface ProbeTargets {
  /** Processes the agent must not read or signal: ours and our same-user ancestors (the runner's worker). */
  readonly pids: readonly number[];
  /** Files and directories the agent must not read: the envelope key file, the state dir, our private homes. */
  readonly secrets: readonly string[];
  /** Files the runner runs or reads after this step (the action's dist/, file-command files): not writable. */
  readonly runnerFiles: readonly string[];
  /** Root daemon sockets present on this machine: not writable. */
  readonly sockets: readonly string[];
  /** The workspace, which the agent must be able to write (a run that cannot work proves nothing). */
  readonly workspace: string;
}

export interface ProbeCheck {
  readonly check: string;
  readonly target: string;
  readonly ok: boolean;
}

export interface ProbeReport {
  readonly user: string;
  readonly checks: readonly ProbeCheck[];
  readonly failures: readonly ProbeCheck[];
  readonly ptraceScope: PtraceScope;
  readonly ms: number;
}

// Arguments are `kind:target`; every one gets exactly one answer line, then `end`. A check whose answer is
// missing counts as failed, so a probe that died half-way never passes.
export const PROBE_SCRIPT = `
for spec in "$@"; do
  kind=\${spec%%:*}; t=\${spec#*:}
  case $kind in
    pid)
      if ( : < "/proc/$t/environ" ) 2>/dev/null; then r=FAIL; else r=ok; fi; echo "$r environ $t"
      if ( : < "/proc/$t/mem" ) 2>/dev/null; then r=FAIL; else r=ok; fi; echo "$r mem $t"
      if kill -0 "$t" 2>/dev/null; then r=FAIL; else r=ok; fi; echo "$r signal $t" ;;
    read)
      if [ -r "$t" ] || { [ -d "$t" ] && [ -x "$t" ]; }; then r=FAIL; else r=ok; fi; echo "$r read $t" ;;
    write)
      d=$(dirname -- "$t")
      if [ -w "$t" ] || [ -w "$d" ]; then r=FAIL; else r=ok; fi; echo "$r write $t" ;;
    work)
      if [ -d "$t" ] && [ -w "$t" ] && [ -x "$t" ]; then r=ok; else r=FAIL; fi; echo "$r work $t" ;;
  esac
done
if sudo -n true >/dev/null 2>&1; then echo "FAIL sudo -"; else echo "ok sudo -"; fi
echo end
`;

/** The pids the agent must not reach: this process and every same-user ancestor (the runner's processes). */
export function ourProcessChain(): number[] {
  const me = process.getuid?.() ?? -1;
  const chain: number[] = [];
  for (let pid: number | undefined = process.pid; pid !== undefined && pid > 1;) {
    if (uidOf(pid) !== me) break;
    chain.push(pid);
    pid = readStat(pid)?.ppid;
  }
  return chain;
}

/** Root daemon sockets that exist on this machine. */
export function socketsHere(): string[] {
  return presentSockets(rootDaemonSockets(process.getuid?.() ?? 0), (file) => existsSync(file));
}

function readScope(): PtraceScope {
  try {
    return readPtraceScope(readFileSync('/proc/sys/kernel/yama/ptrace_scope', 'utf8'));
  } catch {
    return readPtraceScope(null);
  }
}

/** The expected answer lines, in the order the script prints them. */
function expectedChecks(targets: ProbeTargets): { check: string; target: string }[] {
  const out: { check: string; target: string }[] = [];
  for (const pid of targets.pids) {
    for (const check of ['environ', 'mem', 'signal']) out.push({ check, target: String(pid) });
  }
  for (const target of targets.secrets) out.push({ check: 'read', target });
  for (const target of [...targets.runnerFiles, ...targets.sockets]) out.push({ check: 'write', target });
  out.push({ check: 'work', target: targets.workspace });
  out.push({ check: 'sudo', target: '-' });
  return out;
}

/** Parses the script's answer against what was asked: missing or malformed answers count as failures. */
export function readProbeOutput(
  stdout: string,
  asked: readonly { check: string; target: string }[],
): ProbeCheck[] {
  const lines = stdout.split('\n');
  const complete = lines.includes('end');
  const answers = new Map<string, boolean>();
  for (const line of lines) {
    const match = /^(ok|FAIL) (\S+) (.*)$/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined && match[3] !== undefined) {
      answers.set(`${match[2]} ${match[3]}`, match[1] === 'ok');
    }
  }
  return asked.map(({ check, target }) => ({
    check,
    target,
    ok: complete && answers.get(`${check} ${target}`) === true,
  }));
}

/** The probe script's arguments for `targets`. Paths must not hold a newline (the answer is line-based). */
export function probeArgs(targets: ProbeTargets): string[] {
  const all = [...targets.secrets, ...targets.runnerFiles, ...targets.sockets, targets.workspace];
  if (all.some((file) => file.includes('\n'))) throw new SealError('a probed path holds a newline: refused.');
  return [
    ...targets.pids.map((pid) => `pid:${pid}`),
    ...targets.secrets.map((file) => `read:${file}`),
    ...[...targets.runnerFiles, ...targets.sockets].map((file) => `write:${file}`),
    `work:${targets.workspace}`,
  ];
}

/** The report from the probe script's output (run on its own or after the agent's home was made). */
export function probeReport(
  agent: Pick<UserIdentity, 'name'>,
  targets: ProbeTargets,
  stdout: string,
  ms: number,
): ProbeReport {
  const checks = readProbeOutput(stdout, expectedChecks(targets));
  return {
    user: agent.name,
    checks,
    failures: checks.filter((check) => !check.ok),
    ptraceScope: readScope(),
    ms,
  };
}

/** Runs the probe as the agent, on its own. */
export async function probeAgentUser(agent: UserIdentity, targets: ProbeTargets): Promise<ProbeReport> {
  const started = Date.now();
  const args = probeArgs(targets);
  const result = await runAsUser(agent, ['sh', '-c', PROBE_SCRIPT, 'probe', ...args], { cwd: '/' });
  if (result.code !== 0) {
    throw new SealError(`the isolation probe could not run as ${agent.name}: ${firstLine(result)}`);
  }
  return probeReport(agent, targets, result.stdout, Date.now() - started);
}

const WHY: Record<string, string> = {
  environ: "can read our process's environment",
  mem: "can open our process's memory",
  signal: 'can signal our process (SIGUSR1 opens Node’s inspector)',
  read: 'can read',
  write: 'can write',
  work: 'cannot write the workspace',
  sudo: 'can use sudo',
};

/** Refuses (exit 7) when any check failed, naming each one and what to do. */
export function assertIsolated(report: ProbeReport): void {
  if (report.failures.length === 0) return;
  const lines = report.failures.map((f) => `${report.user} ${WHY[f.check] ?? f.check} ${f.target}`);
  throw new SealError(
    `danger-full-access refused: the agent user is not isolated from this job: ${lines.join('; ')}. ` +
      'Use a dedicated unprivileged user with no sudo rights and no access to these paths.',
  );
}
