import path from 'node:path';

// Codex loads a checkout's `.codex/config.toml` (and its hooks, rules and MCP servers) once the project is
// trusted, and that layer sits above the user's config.toml: a checked-in `sandbox_mode = "danger-full-access"`,
// `default_permissions`, `[permissions.*]` or `network_access` then wins over the profile that keeps the login from
// the agent (measured on 0.169.0 and 0.171.0: the agent printed auth.json). A sealed run therefore names the
// working directory and each of its parents `untrusted` in the config we write: Codex keys trust by the working
// directory or its repository root (a parent), and `--trust` does not override a project marked untrusted.
// Whatever still asks for trust (the flag, a `-c projects...` override, which sits above our file, or a
// `[projects]` table in the user's config) is refused unless the user accepts an unsealed run, and so are the flags
// that route commands past the profile another way (an automatic approval review, a remote app server).

type Table = Record<string, unknown>;

/** Flags of `codex exec` that load configuration we cannot see, or run commands outside our profile. */
export const UNSEALING_FLAGS: Readonly<Record<string, string>> = {
  '--trust':
    'trusts the checkout, so Codex loads its .codex/config.toml (sandbox_mode, permissions, MCP servers) over the profile that keeps the login from the agent',
  // Measured on 0.169.0 and 0.171.0: the review is a model call, so a hostile model answered {"outcome":"allow"}
  // for its own escalated command, which then ran outside the sandbox and printed auth.json.
  '--approve-for-me':
    "lets an automatic review, a model call the agent's own model answers, approve commands that run outside the sandbox",
  // Measured on 0.169.0: the agent printed auth.json while the run reported sealed (the probe does not get it).
  '--ignore-user-config':
    'makes Codex skip the config.toml this tool writes, and with it the profile that keeps the login from the agent',
  // Hooks are commands Codex runs outside the sandbox, fed the agent's tool input; this runs them untrusted.
  '--dangerously-bypass-hook-trust':
    "runs hook commands outside the sandbox without their trust being recorded, with the agent's tool input on stdin",
  '--remote':
    'runs the agent through another Codex app server, whose sandbox is not the one this tool set up and proved',
};

/**
 * Each unsealing flag's short name for the run's `seal.reason` (a run opted in may carry several, each said).
 * Project trust, by flag, `-c projects...` or a `[projects]` table, is PROJECT_TRUST_LABEL.
 */
export const UNSEALING_LABELS: Readonly<Record<string, string>> = {
  '--trust': 'project configuration trusted',
  '--approve-for-me': 'commands approved by an automatic review',
  '--ignore-user-config': 'the sealed config.toml skipped',
  '--dangerously-bypass-hook-trust': 'hooks run without trust',
  '--remote': 'a remote app server',
};
export const PROJECT_TRUST_LABEL = 'project configuration trusted';

/** True for a `-c` key that names project trust (`projects`, `projects."<dir>".trust_level`, ...). */
export function isProjectKey(key: string): boolean {
  return key === 'projects' || key.startsWith('projects.');
}

/** The projects the user's config trusts, as `[projects."<dir>"]` names for a message. */
export function trustedProjects(doc: Table): string[] {
  const projects = asTable(doc.projects) ?? {};
  return Object.entries(projects)
    .filter(([, body]) => asTable(body)?.trust_level !== 'untrusted')
    .map(([dir]) => `[projects.${JSON.stringify(dir)}]`);
}

/** Every directory from `dir` up to the root: Codex may key trust by any of them (the repository root). */
export function projectDirs(dirs: readonly string[]): string[] {
  const all = new Set<string>();
  for (const start of dirs) {
    for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
      all.add(dir);
      if (path.dirname(dir) === dir) break;
    }
  }
  return [...all];
}

/** Marks each directory untrusted (the user's own `[projects]` entries were refused or accepted before). */
export function untrustProjects(doc: Table, dirs: readonly string[]): void {
  if (dirs.length === 0) return;
  const projects = asTable(doc.projects) ?? {};
  for (const dir of dirs) projects[dir] = { ...(asTable(projects[dir]) ?? {}), trust_level: 'untrusted' };
  doc.projects = projects;
}

function asTable(value: unknown): Table | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Table) : undefined;
}
