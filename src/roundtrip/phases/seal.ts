import { runnerFileCommandPaths } from '../../codex/codex-env.js';
import type { SealRequest } from '../../core/seal-request.js';
import type { IsolationPlan } from '../../seal/isolated-access.js';
import {
  type SealHomeInput,
  sealHome,
  type SealReport,
  type StartedSeal,
  startSeal,
} from '../../seal/seal-home.js';
import { holdsRealLogin } from '../broker-deny.js';
import { type PhaseContext, required, type RunState } from './run-state.js';

/** What a front end asks of the seal, the same for run, restore and the token modes. */
export interface SealedRequest {
  /** config.toml for the private CODEX_HOME. */
  readonly codexConfig?: string | undefined;
  readonly baseEnv: NodeJS.ProcessEnv;
  readonly cwd?: string | undefined;
  /** More paths to deny the agent (the Action: the directory of every job's private home under RUNNER_TEMP). */
  readonly sealPaths?: readonly string[] | undefined;
  /** How the agent is kept from the login (permission profile + probe); see seal/seal-home.ts. */
  readonly seal: SealRequest;
}

export interface SealTarget {
  readonly codexPath: string;
  readonly codexArgs: readonly string[];
  /** The store's own files on this machine (the file store's directory); the token modes have none. */
  readonly storePaths: readonly string[];
  /** The environment the probe runs with; default Codex's own. */
  readonly env?: NodeJS.ProcessEnv;
  /** false: write the profile, do not probe (restore without a codex to probe with). */
  readonly probe?: boolean;
  /** The token broker holds the login: deny only what is still secret on disk (broker-deny.ts). */
  readonly broker?: boolean;
  /** A seed file on this machine: a real login on disk, denied whatever else is. */
  readonly seedFile?: string | undefined;
  /** run with codex-user: Codex runs as a separate user. */
  readonly isolation?: IsolationPlan;
}

/** What the agent is denied: this home (or every private home), the caller's paths, the store's, the runner's. */
export function sealInputFor(
  state: RunState<PhaseContext>,
  request: SealedRequest,
  target: SealTarget,
): SealHomeInput {
  const home = required(state.home, 'the home');
  const homesDirs = [home.sealRoot, ...(request.sealPaths ?? [])];
  const seed = target.seedFile ? [target.seedFile] : [];
  const writable = [...target.storePaths, ...runnerFileCommandPaths(request.baseEnv)];
  return {
    home: home.dir,
    userConfig: request.codexConfig,
    codexArgs: target.codexArgs,
    codexPath: target.codexPath,
    env: target.env ?? required(state.codexEnv, "Codex's environment"),
    cwd: request.cwd ?? process.cwd(),
    ...(target.broker
      ? {
          homeHoldsSecret: false,
          extraDeny: [...seed, ...homesDirs.filter((dir) => holdsRealLogin(dir))],
          denyIfWritable: [...homesDirs, ...writable],
        }
      : { extraDeny: [...seed, ...homesDirs, ...writable] }),
    seal: request.seal,
    ...(target.probe === undefined ? {} : { probe: target.probe }),
    ...(target.isolation === undefined ? {} : { isolation: target.isolation }),
  };
}

/**
 * Phase (run): plan the seal (an unsandboxed run the user did not accept is refused here, before the lock) and
 * start its probe, which runs while the lock is taken and the store read; its report is searched for secrets once
 * the login is loaded.
 */
export async function startSealing(state: RunState, target: SealedRequest & SealTarget): Promise<void> {
  state.sealing = startSeal(sealInputFor(state, target, target), state.ctx.log, state.ctx.secrets);
}

/**
 * Phase (run): wait for the probe started alongside the lock and the load; its wait is the seal's cost.
 * With the token broker holding the login and no deny entry, Codex may start while the probe still runs: the
 * broker relays nothing until the probe passed (its gate is the seal's proof, startRunBroker), so no request
 * reaches the model, and the agent gets no command to run, before the seal is proven; a failed probe ends the
 * run with its refusal (settleProof). Codex's own start touches no sandbox then (no deny entry: no sandboxed file
 * helpers), so a probe that first has to fix user namespaces cannot fail it.
 */
export async function awaitSeal(state: RunState): Promise<void> {
  const sealing = required(state.sealing, 'the seal started');
  const waitFrom = performance.now();
  const overlap = state.broker !== null && sealing.plan.deny.length === 0 && state.isolating === null;
  const args = overlap ? await sealing.proving : null;
  if (args !== null) {
    state.sealed = { args, report: pendingReport(sealing.plan) };
    state.proof = sealing.done;
    state.result.seal = null;
    return;
  }
  state.sealed = await sealing.done;
  // The probe's share of this run's wall time: what was left of it once the store was open.
  state.result.seal = { ...state.sealed.report, waitMs: Math.round(performance.now() - waitFrom) };
}

/** Until the proof is in, the report says the run is not (yet) proven sealed. */
function pendingReport(plan: StartedSeal['plan']): SealReport {
  return {
    sealed: false,
    mode: plan.config.mode,
    profile: plan.config.profile,
    probeMs: null,
    waitMs: null,
    machineChange: null,
    reason: 'the seal probe had not finished',
  };
}

/**
 * Once Codex exited (exec): the proof Codex started alongside. Throws the seal's error (the run is refused; the
 * broker relayed nothing); else records the report, with the time Codex's exit still waited for the probe.
 */
export async function settleProof(state: RunState<PhaseContext>): Promise<void> {
  const proof = state.proof;
  if (proof === null) return;
  const waitFrom = performance.now();
  state.proof = null;
  state.sealed = await proof;
  state.result.seal = { ...state.sealed.report, waitMs: Math.round(performance.now() - waitFrom) };
}

/** Phase (restore, token modes): write the profile and prove it now, nothing running alongside. */
export async function sealNow(
  state: RunState<PhaseContext>,
  request: SealedRequest,
  target: SealTarget,
): Promise<void> {
  state.sealed = await sealHome(sealInputFor(state, request, target), state.ctx.log, state.ctx.secrets);
  state.result.seal = state.sealed.report;
}
