import { stringify } from 'smol-toml';
import { UsageError } from '../core/errors.js';
import type { SealInputNames } from '../core/seal-request.js';
import { parseUserConfig, refuseProfileSandboxModes } from './user-config.js';

// The seal: Codex's permission profiles make paths unreadable (and unwritable) to the commands the agent runs,
// while Codex itself, which is not sandboxed, keeps reading and refreshing auth.json. A profile is ignored as soon
// as `--sandbox`/`-s`, `--full-auto` or `sandbox_mode` is given (Codex's docs, and measured on 0.169.0), so those
// are translated into the profile's base here instead of being passed on.
//
// Deny entries are directories wherever we can: bubblewrap masks a denied path with an empty mount when the
// command starts, and a FILE mask no longer covers auth.json once Codex renames a refreshed copy over it (a command
// still running then reads the new tokens; measured on 0.169.0 and 0.171.0). A denied directory survives the
// rename. Codex's own apply_patch tool keeps working with CODEX_HOME denied (measured); only the `apply_patch`
// shell alias Codex puts under CODEX_HOME/tmp does not.

import { type SandboxMode, sandboxMode } from '../core/sandbox-mode.js';
import {
  isProjectKey,
  PROJECT_TRUST_LABEL,
  trustedProjects,
  UNSEALING_FLAGS,
  UNSEALING_LABELS,
  untrustProjects,
} from './project-trust.js';
import {
  type OutsideSandbox,
  outsideSandboxArg,
  outsideSandboxConfig,
  switchOffAccountFeatures,
  unsealedReason,
} from './outside-sandbox.js';

export { SANDBOX_MODES, type SandboxMode, sandboxMode } from '../core/sandbox-mode.js';

/** The profile we add; a user's own `default_permissions` profile gets our entries instead. */
export const SEALED_PROFILE = 'codex-auth-sealed';

const BASE_PROFILE: Record<Exclude<SandboxMode, 'danger-full-access'>, string> = {
  'read-only': ':read-only',
  'workspace-write': ':workspace',
};

export interface SandboxChoice {
  /** The sandbox asked for by flag or input; undefined: the config's sandbox_mode, else read-only (Codex's default). */
  readonly mode: SandboxMode | undefined;
  /** The host's network (and so its loopback) is reachable from commands. */
  readonly network: boolean;
  /** The Codex arguments with every sandbox flag removed. */
  readonly args: readonly string[];
  /** What in the arguments would load configuration over the profile or run commands outside it (why, each). */
  readonly unsealing: readonly string[];
  /** A short name for each of `unsealing` that is not in `outside`, for the run's `seal.reason`. */
  readonly labels: readonly string[];
  /** What in the arguments starts a process outside the sandbox (MCP servers, notify, hooks...). */
  readonly outside: readonly OutsideSandbox[];
  /** `-C/--cd`: the agent's working root, when the arguments name one. */
  readonly cd: string | undefined;
}

const SANDBOX_FLAGS = new Set(['--sandbox', '-s']);
const DANGER_FLAGS = new Set(['--dangerously-bypass-approvals-and-sandbox', '--yolo']);

/**
 * Pulls the sandbox out of `codex exec` arguments (`--sandbox X`, `--sandbox=X`, `-s X`, `--full-auto`,
 * `--dangerously-bypass-approvals-and-sandbox`, `-c sandbox_mode=X`, `-c sandbox_workspace_write.network_access=B`).
 * `fallback` is the front end's own choice (the Action's sandbox input); two different choices are refused.
 */
export function chooseSandbox(
  args: readonly string[],
  fallback: SandboxMode | undefined,
  names: SealInputNames,
): SandboxChoice {
  const end = args.indexOf('--');
  const options = end === -1 ? [...args] : args.slice(0, end);
  const tail = end === -1 ? [] : args.slice(end);
  const kept: string[] = [];
  const chosen = new Set<SandboxMode>();
  const unsealing: string[] = [];
  const labels: string[] = [];
  const outside: OutsideSandbox[] = [];
  let network = false;
  let cd: string | undefined;
  for (let i = 0; i < options.length; i += 1) {
    const arg = options[i] ?? '';
    const [flag, inline] = splitInline(arg);
    const unsealingWhy = UNSEALING_FLAGS[flag];
    if (unsealingWhy !== undefined) {
      unsealing.push(`${flag} in ${names.codexArgs} ${unsealingWhy}`);
      labels.push(UNSEALING_LABELS[flag] ?? flag);
    }
    if (flag === '-C' || flag === '--cd') cd = inline ?? options[i + 1];
    const found = outsideSandboxArg(flag, inline ?? options[i + 1] ?? '', names.codexArgs);
    if (found !== null && !outside.some((seen) => seen.why === found.why)) outside.push(found);
    if (SANDBOX_FLAGS.has(flag)) {
      const value = inline ?? options[(i += 1)];
      chosen.add(sandboxMode(value, `${flag} in ${names.codexArgs}`));
    } else if (flag === '--full-auto') {
      chosen.add('workspace-write');
    } else if (DANGER_FLAGS.has(flag)) {
      chosen.add('danger-full-access');
    } else if (flag === '-c' || flag === '--config') {
      const value = inline ?? options[i + 1] ?? '';
      const override = sandboxOverride(value, names);
      if (override !== null && 'project' in override) {
        labels.push(PROJECT_TRUST_LABEL);
        unsealing.push(
          `-c ${override.project} in ${names.codexArgs} sets project trust above the tool's own config, so Codex may load the checkout's .codex/config.toml (sandbox_mode, permissions, MCP servers) over the profile that keeps the login from the agent`,
        );
      }
      if (override === null || 'project' in override) {
        kept.push(arg);
        if (inline === undefined && i + 1 < options.length) kept.push(options[(i += 1)] ?? '');
        continue;
      }
      if (inline === undefined) i += 1;
      if (override.mode) chosen.add(override.mode);
      if (override.network !== undefined) network = override.network;
    } else {
      kept.push(arg);
    }
  }
  if (chosen.size > 1) {
    throw new UsageError(
      `${names.codexArgs} asks for more than one sandbox (${[...chosen].join(', ')}); give one, in ${names.sandbox}.`,
    );
  }
  const fromArgs = [...chosen][0];
  if (fromArgs !== undefined && fallback !== undefined && fromArgs !== fallback && names.sandbox !== '') {
    throw new UsageError(
      `${names.codexArgs} asks for the sandbox ${fromArgs} but ${names.sandbox} is ${fallback}; set it in ${names.sandbox} only.`,
    );
  }
  return {
    mode: fromArgs ?? fallback,
    network,
    args: [...kept, ...tail],
    unsealing: [...unsealing, ...outside.map((o) => o.why)],
    labels,
    outside,
    cd,
  };
}

// Options of `codex exec` that `codex sandbox` takes too, with the same meaning: the configuration layers (-c,
// features, a profile file) and the working root. The probe gets exactly these, so it proves the profile that
// `codex exec` will apply, from the directory where it applies it.
const PROBE_OPTIONS = new Set(['-c', '--config', '--enable', '--disable', '-p', '--profile', '-C', '--cd']);

/** The options of `codex exec` arguments (already stripped of sandbox flags) that the seal probe must get too. */
export function probeOptions(args: readonly string[]): string[] {
  const end = args.indexOf('--');
  const options = end === -1 ? args : args.slice(0, end);
  const kept: string[] = [];
  for (let i = 0; i < options.length; i += 1) {
    const arg = options[i] ?? '';
    const [flag, inline] = splitInline(arg);
    if (!PROBE_OPTIONS.has(flag)) continue;
    kept.push(arg);
    if (inline === undefined && i + 1 < options.length) kept.push(options[(i += 1)] ?? '');
  }
  return kept;
}

function splitInline(arg: string): [string, string | undefined] {
  if (!arg.startsWith('--')) return [arg, undefined];
  const at = arg.indexOf('=');
  return at === -1 ? [arg, undefined] : [arg.slice(0, at), arg.slice(at + 1)];
}

function sandboxOverride(
  value: string,
  names: SealInputNames,
): { mode?: SandboxMode; network?: boolean } | { project: string } | null {
  const at = value.indexOf('=');
  if (at === -1) return null;
  const key = value.slice(0, at).trim();
  const raw = value
    .slice(at + 1)
    .trim()
    .replace(/^"(.*)"$/, '$1');
  if (isProjectKey(key)) return { project: key };
  if (key === 'sandbox_mode') return { mode: sandboxMode(raw, `-c sandbox_mode in ${names.codexArgs}`) };
  if (key === 'sandbox_workspace_write.network_access') return { network: raw === 'true' };
  if (key === 'default_permissions' || key.startsWith('permissions.')) {
    throw new UsageError(
      `${names.codexArgs} sets ${key}, which would replace the profile that keeps the login from the agent; put permission profiles in ${names.codexConfig}, where the tool adds its entries to them.`,
    );
  }
  return null;
}

export interface SealedConfig {
  readonly toml: string;
  readonly mode: SandboxMode;
  readonly network: boolean;
  /** The profile Codex will apply; null when the run is unsandboxed. */
  readonly profile: string | null;
  /** What in the arguments or the user's config switches the profile off or runs outside it; empty when nothing. */
  readonly unsealedBy: readonly string[];
  /** The part of unsealedBy that starts processes outside the sandbox (arguments and config). */
  readonly outside: readonly OutsideSandbox[];
  /** What unseals the run in short, each thing named once (`seal.reason` of a run opted in); null when nothing. */
  readonly reason: string | null;
}

type Table = Record<string, unknown>;

/**
 * The user's config.toml with the deny entries added: a new `codex-auth-sealed` profile on top of the chosen
 * sandbox, or the user's own `default_permissions` profile with our entries merged in. A `sandbox_mode` in the
 * config is translated like the flag (two different choices are refused).
 */
export function sealConfig(
  userToml: string | undefined,
  choice: SandboxChoice,
  denyPaths: readonly string[],
  names: SealInputNames,
  untrusted: readonly string[] = [],
): SealedConfig {
  const doc = parseUserConfig(userToml ?? '', names);
  const trusted = trustedProjects(doc);
  const fromConfig = outsideSandboxConfig(doc, names.codexConfig);
  const outside = [...choice.outside, ...fromConfig];
  const unsealedBy = [
    ...choice.unsealing,
    ...trusted.map(
      (table) =>
        `${table} in ${names.codexConfig} trusts a project, so Codex loads its .codex/config.toml (sandbox_mode, permissions, MCP servers) over the profile that keeps the login from the agent`,
    ),
    ...fromConfig.map((found) => found.why),
  ];
  const reason = unsealedReason(
    [...choice.labels, ...(trusted.length > 0 ? [PROJECT_TRUST_LABEL] : [])],
    outside,
  );
  // A run that asks for project trust is refused or accepted unsealed by the caller; marking the projects
  // untrusted then would only fight the user's explicit choice.
  if (unsealedBy.length === 0) untrustProjects(doc, untrusted);
  switchOffAccountFeatures(doc);
  let mode = choice.mode;
  let network = choice.network;
  const configured = doc.sandbox_mode;
  if (configured !== undefined) {
    const configMode = sandboxMode(String(configured), `sandbox_mode in ${names.codexConfig}`);
    if (mode !== undefined && configMode !== mode) {
      throw new UsageError(
        `sandbox_mode in ${names.codexConfig} is ${configMode} but ${names.sandbox} is ${mode}; set it in one place.`,
      );
    }
    mode = configMode;
    delete doc.sandbox_mode;
  }
  mode ??= 'read-only';
  refuseProfileSandboxModes(doc, names);
  const workspaceWrite = asTable(doc.sandbox_workspace_write);
  if (workspaceWrite?.network_access === true) network = true;

  if (mode === 'danger-full-access') {
    return { toml: stringify(doc), mode, network: true, profile: null, unsealedBy, outside, reason };
  }
  const permissions = asTable(doc.permissions) ?? {};
  const own = typeof doc.default_permissions === 'string' ? doc.default_permissions : null;
  const name = own ?? SEALED_PROFILE;
  const profile: Table = asTable(permissions[name]) ?? { extends: BASE_PROFILE[mode] };
  if (own !== null && asTable(permissions[name]) === undefined) {
    throw new UsageError(
      `default_permissions in ${names.codexConfig} names the profile "${own}", but there is no [permissions.${own}] table.`,
    );
  }
  const profileNetwork = asTable(profile.network);
  if (profileNetwork?.enabled === true) network = true;
  if (network && mode === 'workspace-write' && profileNetwork === undefined) {
    profile.network = { enabled: true };
  }
  const filesystem: Table = asTable(profile.filesystem) ?? {};
  for (const denied of denyPaths) filesystem[denied] = 'none';
  profile.filesystem = filesystem;
  permissions[name] = profile;
  doc.permissions = permissions;
  doc.default_permissions = name;
  return { toml: stringify(doc), mode, network, profile: name, unsealedBy, outside, reason };
}

function asTable(value: unknown): Table | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Table) : undefined;
}
