import { promises as fs, realpathSync } from 'node:fs';
import path from 'node:path';
import { writeCodexConfig } from '../codex/codex-home.js';
import { probeSeal, type SealProbeResult } from './seal-probe.js';
import { fixUserNamespaces } from './userns-fix.js';
import { SealError, UsageError } from '../core/errors.js';
import { findPersistedCheckoutToken, persistedTokenWarning } from '../github/persisted-credentials.js';
import type { Logger, SecretSink } from '../core/logger.js';
import { projectDirs } from './project-trust.js';
import {
  chooseSandbox,
  probeOptions,
  type SandboxChoice,
  type SandboxMode,
  sealConfig,
  type SealedConfig,
} from './seal-config.js';
import type { SealRequest } from '../core/seal-request.js';
import { checkUnsealed, type IsolationPlan, needsIsolation, unsealedNote } from './isolated-access.js';
import { networkNote, networkSealedByBroker, socketsToClose } from './network-seal.js';
import { probeFailureMessage } from './seal-probe-message.js';

/** What a front end decides about sealing; the round trip does the rest. */
export interface SealReport {
  /** True when the probe proved the agent's commands run and cannot read any credential. */
  readonly sealed: boolean;
  readonly mode: SandboxMode;
  /** The permission profile Codex applies; null for an unsandboxed run. */
  readonly profile: string | null;
  /** How long the probe took (null when none ran). */
  readonly probeMs: number | null;
  /**
   * How long the run waited for the probe once the store was open (it runs while the lock is taken and the store
   * read): the probe's share of the run's wall time. Null where nothing ran alongside it.
   */
  readonly waitMs: number | null;
  /** What the tool changed on the machine so that the sandbox works (the AppArmor profile, or the sysctl). */
  readonly machineChange: string | null;
  /** Why the run is not sealed, when it is not. */
  readonly reason: string | null;
}

export interface SealHomeInput {
  readonly home: string;
  readonly userConfig: string | undefined;
  readonly codexArgs: readonly string[];
  readonly codexPath: string;
  /** The environment Codex gets; the probe runs with the same one. */
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** Besides CODEX_HOME: the file store's directory and the like. */
  readonly extraDeny: readonly string[];
  /** Denied only when the agent's commands may write somewhere (workspace-write): files whose writing matters. */
  readonly denyIfWritable?: readonly string[] | undefined;
  /**
   * false: CODEX_HOME holds nothing secret (the token broker's placeholders and its public CA), so it is not
   * denied. Default true (the real auth.json).
   */
  readonly homeHoldsSecret?: boolean | undefined;
  readonly seal: SealRequest;
  /** false: write the profile but do not probe (restore when no codex was given to probe with). Default true. */
  readonly probe?: boolean;
  /** Settles once every secret the probe's report is searched for is known (see SealProbeRequest). */
  readonly secretsKnown?: Promise<unknown> | undefined;
  /** Codex runs as a separate user (run with codex-user); absent: as this process's user. */
  readonly isolation?: IsolationPlan | undefined;
  /** Called with Codex's arguments once config.toml is written and only the probe is left to run. */
  readonly onProving?: ((args: string[]) => void) | undefined;
}

const NOT_ISOLATED: IsolationPlan = { requested: false, brokerHoldsLogin: false };

/** What sealing will do, decided before anything runs: the sandbox, the deny list and the config.toml. */
export interface SealPlan {
  readonly choice: SandboxChoice;
  readonly deny: readonly string[];
  readonly config: SealedConfig;
  /** workspace-write with network, sealed by the broker: the root daemon sockets the probe must find closed. */
  readonly sockets: readonly string[] | null;
}

/**
 * Chooses the sandbox and builds the profile; throws SealError at once for an unsandboxed run the user did not
 * accept, so that refusal comes before the lock is taken or the store is read.
 */
export function planSeal(input: SealHomeInput): SealPlan {
  const { names } = input.seal;
  const choice = chooseSandbox(input.codexArgs, input.seal.sandbox, names);
  const untrusted = projectDirs(workingRoots(input, choice));
  const always = [...(input.homeHoldsSecret === false ? [] : [input.home]), ...input.extraDeny];
  let deny = outermost(always);
  let config = sealConfig(input.userConfig, choice, deny, names, untrusted);
  // The mode can come from the user's config.toml too: known only once it is read.
  if (config.mode !== 'read-only' && (input.denyIfWritable ?? []).length > 0) {
    deny = outermost([...always, ...(input.denyIfWritable ?? [])]);
    config = sealConfig(input.userConfig, choice, deny, names, untrusted);
  }
  const sockets = networkSealedByBroker(config, input.seal, input.isolation) ? socketsToClose() : null;
  if (sockets !== null && sockets.length > 0) {
    deny = outermost([...deny, ...sockets]);
    config = sealConfig(input.userConfig, choice, deny, names, untrusted);
  }
  if (!input.seal.allowUnsealed && config.unsealedBy.length > 0) {
    throw new SealError(
      `refused before Codex ran: ${config.unsealedBy.join('; ')}. Remove it (settings that keep the sandbox can go in ${names.codexConfig}), or set ${names.optIn} if you accept that the agent's commands and tools may read the ChatGPT login (the run is then reported not sealed).`,
    );
  }
  if (sockets === null) checkUnsealed(config, input.seal, input.isolation ?? NOT_ISOLATED);
  return { choice, deny, config, sockets };
}

/** The directories Codex takes as the project: the working directory (or -C's), as given and as resolved. */
function workingRoots(input: SealHomeInput, choice: SandboxChoice): string[] {
  const root = path.resolve(input.cwd, choice.cd ?? '.');
  const roots = [root];
  try {
    roots.push(realpathSync(root));
  } catch {
    // A working directory that does not exist: Codex fails on it itself.
  }
  return roots;
}

/** A seal started alongside other work: `done` settles with sealHome's answer. */
export interface StartedSeal {
  readonly done: Promise<{ args: string[]; report: SealReport }>;
  /** Call once every secret the probe's report must be searched for is registered (the login is loaded). */
  readonly secretsKnown: () => void;
  readonly plan: SealPlan;
  /** Codex's arguments once only the probe is left (config.toml written); null if no probe runs or it failed. */
  readonly proving: Promise<string[] | null>;
}

/**
 * Plans the seal (throwing SealError at once for a refused run) and starts the probe, whose report is searched
 * only after `secretsKnown()`: the round trip probes while it takes the lock and opens the store.
 */
export function startSeal(input: SealHomeInput, log: Logger, secrets: SecretSink): StartedSeal {
  const plan = planSeal(input);
  let secretsKnown = (): void => undefined;
  const known = new Promise<void>((resolve) => (secretsKnown = resolve));
  let onProving = (_args: string[] | null): void => undefined;
  const proving = new Promise<string[] | null>((resolve) => (onProving = resolve));
  const done = sealHome({ ...input, secretsKnown: known, onProving }, log, secrets, plan);
  done.then(
    () => onProving(null),
    () => onProving(null),
  ); // awaited by the caller, or settled before the home is removed
  return { done, secretsKnown, plan, proving };
}

/**
 * Writes config.toml with the profile that denies the agent every credential path, then proves it in the real
 * Codex sandbox before any model call. Returns the Codex arguments without sandbox flags (they would switch the
 * profile off). Throws SealError when the run cannot be sealed and the user did not opt in.
 */
export async function sealHome(
  input: SealHomeInput,
  log: Logger,
  secrets: SecretSink,
  plan: SealPlan = planSeal(input),
): Promise<{ args: string[]; report: SealReport }> {
  const { choice, deny, config } = plan;
  const unsandboxed = config.profile === null;
  await writeCodexConfig(input.home, config.toml);
  const args = [...choice.args];
  const trusted = config.unsealedBy.length > 0;
  if (unsandboxed || (config.network && plan.sockets === null) || trusted) {
    const isolated = input.isolation?.requested === true && needsIsolation(config);
    const note =
      trusted && !unsandboxed && !config.network ? null : unsealedNote(config, input.seal, isolated);
    const reason = `${config.reason ?? 'project configuration trusted'} (opted in)`;
    log.warn(
      note?.warning ??
        `${config.reason ?? 'project configuration'} with ${input.seal.names.optIn}: the agent's commands can read this job's ChatGPT login and anything else on the machine; the run is not sealed.`,
    );
    return {
      args: unsandboxed ? ['--sandbox', 'danger-full-access', ...args] : args,
      report: {
        sealed: false,
        mode: config.mode,
        profile: config.profile,
        probeMs: null,
        waitMs: null,
        machineChange: null,
        reason: note?.reason ?? reason,
      },
    };
  }
  if (input.probe === false) {
    return { args, report: report(config.mode, config.profile, null, null, null) };
  }

  // The probe's Codex gets a CODEX_HOME of its own (same config.toml, no auth.json): `codex sandbox` loads the
  // login like any Codex start and would refresh a stale one outside the watcher's sight. It sits inside the
  // denied home, so the deny entries it proves are exactly those `codex exec` gets.
  const probeHome = await fs.mkdtemp(path.join(input.home, '.seal-probe-'));
  await writeCodexConfig(probeHome, config.toml);
  const persisted = await findPersistedCheckoutToken(input.cwd);
  if (persisted !== null) log.warn(persistedTokenWarning(persisted));
  const probe = () =>
    probeSeal({
      codexPath: input.codexPath,
      env: { ...input.env, CODEX_HOME: probeHome },
      cwd: input.cwd,
      options: probeOptions(args),
      deniedPaths: deny,
      network: plan.sockets !== null,
      sockets: plan.sockets ?? [],
      containsSecret: (text) => secrets.contains(text),
      secretsKnown: input.secretsKnown,
    });
  try {
    input.onProving?.(args);
    const proven = await proveSeal(probe, input, log);
    log.debug(`seal: probe passed in ${proven.ms} ms (profile ${config.profile})`);
    if (plan.sockets !== null) log.info(networkNote(plan.sockets));
    return { args, report: report(config.mode, config.profile, proven.ms, proven.machineChange, null) };
  } finally {
    await fs.rm(probeHome, { recursive: true, force: true });
  }
}

/**
 * Runs the probe; when the sandbox cannot create user namespaces and the user lets us, fixes that and probes once
 * more. Throws SealError (with the fix) unless the probe passes.
 */
async function proveSeal(
  probe: () => Promise<SealProbeResult>,
  input: SealHomeInput,
  log: Logger,
): Promise<{ ms: number; machineChange: string | null }> {
  const { names } = input.seal;
  const first = await probe();
  if (first.ok) return { ms: first.ms, machineChange: null };
  // A program that is not Codex at all is a wrong --codex / codex-version: a usage error, not an unsealed machine.
  if (first.failure?.kind === 'not-codex') {
    throw new UsageError(probeFailureMessage(first, input.codexPath, names, ''));
  }
  if (first.failure?.kind !== 'no-namespaces') {
    throw new SealError(probeFailureMessage(first, input.codexPath, names, ''));
  }
  if (!input.seal.fixNamespaces) {
    const note = ` (${names.fixNamespaces} is false, so the tool did not try to fix it.)`;
    throw new SealError(probeFailureMessage(first, input.codexPath, names, note));
  }
  const fix = await fixUserNamespaces(input.codexPath);
  if (fix.applied === null) {
    const note = ` The tool did not change the machine: ${fix.why}.`;
    throw new SealError(probeFailureMessage(first, input.codexPath, names, note));
  }
  log.info(`seal: the sandbox could not create user namespaces; ${fix.change}.`);
  const second = await probe();
  if (!second.ok) throw new SealError(probeFailureMessage(second, input.codexPath, names, ''));
  return { ms: first.ms + second.ms, machineChange: fix.change };
}

/**
 * Real paths (bubblewrap cannot mount over a symbolic link: a state dir that links to a volume failed with "Can't
 * mount tmpfs on ..."; denying the target denies every way to it), minus paths inside another denied path:
 * bubblewrap masks the outer one with an empty read-only mount and then cannot create the inner one's mount point
 * ("Can't mkdir ...: Read-only file system"); the outer covers it anyway.
 */
export function outermost(paths: readonly string[]): string[] {
  const unique = [...new Set(paths.map((p) => realPathOfNearest(path.resolve(p))))];
  return unique.filter(
    (candidate) => !unique.some((other) => other !== candidate && candidate.startsWith(other + path.sep)),
  );
}

/** The real path of `target`, resolving what exists of it (a path not created yet keeps its missing tail). */
function realPathOfNearest(target: string): string {
  try {
    return realpathSync.native(target);
  } catch {
    const parent = path.dirname(target);
    return parent === target ? target : path.join(realPathOfNearest(parent), path.basename(target));
  }
}

function report(
  mode: SandboxMode,
  profile: string | null,
  probeMs: number | null,
  machineChange: string | null,
  reason: string | null,
): SealReport {
  return { sealed: probeMs !== null, mode, profile, probeMs, waitMs: null, machineChange, reason };
}
