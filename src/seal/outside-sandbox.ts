// Processes Codex starts itself, outside the sandbox it applies to the agent's commands, because configuration
// names them. Our permission profile does not reach them, and the seal probe, which proves what a sandboxed
// command can read, cannot see them. Measured on 0.169.0 and 0.171.0 with a hostile model:
// - an MCP server's tools (`mcp_servers.<name>`, stdio `command` or a streamable HTTP `url`): Codex offers them to
//   the model in a namespace `mcp__<name>` and calls them in `codex exec` without asking anyone; a stdio server
//   offering read_file(path) returned auth.json whole, from the config file or from `-c mcp_servers...`;
// - `notify`: a program Codex runs after every turn, with the agent's last message as an argument;
// - hooks (`[hooks]`, `--dangerously-bypass-hook-trust`): commands Codex runs around tool calls with the agent's
//   tool input on stdin;
// - the `network_proxy` feature: a proxy Codex runs so that sandboxed commands reach the network.
// A sealed run refuses them (the user may accept an unsealed run instead); nothing here can be neutralised without
// changing what the user asked Codex to do.

type Table = Record<string, unknown>;

/** Where a finding came from and why it unseals, for the refusal and the run's `reason`. */
export interface OutsideSandbox {
  readonly why: string;
  /** A short label for the run's `seal.reason`. */
  readonly label: string;
}

const MCP =
  'runs an MCP server outside the sandbox: its tools, which the agent calls, can read the ChatGPT login';
const NOTIFY = "runs a program outside the sandbox after every turn, with the agent's message as an argument";
const HOOKS = "runs hook commands outside the sandbox, with the agent's tool input on stdin";
const PROXY = "gives the agent's commands network access through a proxy Codex runs outside the sandbox";
const PLUGINS =
  "installs the ChatGPT account's plugins into the run, whose MCP servers and hooks run outside the sandbox";
const APPS = "gives the agent the ChatGPT account's apps, tools that run outside the sandbox";

/** Features whose switching on starts something outside the sandbox. */
const RISKY_FEATURES: Readonly<Record<string, string>> = {
  network_proxy: PROXY,
  plugins: PLUGINS,
  remote_plugin: PLUGINS,
  apps: APPS,
};

// With a ChatGPT login these are on by default: measured on 0.169.0 and 0.171.0 against the simulator, a plain
// `codex exec` asked the backend for the account's installed plugins (/ps/plugins/installed, to sync their
// bundles into CODEX_HOME), suggested ones, and its apps (/ps/mcp), before and during the turn.
const ACCOUNT_FEATURES = ['plugins', 'remote_plugin', 'apps'] as const;

/** Switches the account's plugins and apps off in the config we write, where the user's config leaves them unset. */
export function switchOffAccountFeatures(doc: Table): void {
  const features = asTable(doc.features) ?? {};
  for (const feature of ACCOUNT_FEATURES) features[feature] ??= false;
  doc.features = features;
}

/** Checks one option of the Codex arguments (`-c key=value`, `--enable feature`) with its value. */
export function outsideSandboxArg(flag: string, value: string, where: string): OutsideSandbox | null {
  if (flag === '--enable') return outsideSandboxFeature(value, where);
  if (flag !== '-c' && flag !== '--config') return null;
  const at = value.indexOf('=');
  return at === -1 ? null : outsideSandboxOverride(value.slice(0, at).trim(), value.slice(at + 1), where);
}

/** Checks one `-c key=value` override; null when it starts nothing outside the sandbox. */
export function outsideSandboxOverride(key: string, value: string, where: string): OutsideSandbox | null {
  const path = key.split('.');
  const scoped = path[0] === 'profiles' ? path.slice(2) : path;
  const head = scoped[0];
  if (head === 'mcp_servers') {
    // One finding per server, however many of its keys are set (`.command`, `.args`...).
    const server = key
      .split('.')
      .slice(0, path.length - scoped.length + 2)
      .join('.');
    return { why: `-c ${server} in ${where} ${MCP}`, label: 'MCP server' };
  }
  if (head === 'notify') return { why: `-c ${key} in ${where} ${NOTIFY}`, label: 'notify program' };
  if (head === 'hooks') return { why: `-c ${key} in ${where} ${HOOKS}`, label: 'hooks' };
  if (head === 'features') {
    const feature = scoped[1];
    const risky = feature === undefined ? undefined : RISKY_FEATURES[feature];
    if (risky !== undefined && value.trim() !== 'false') {
      return { why: `-c ${key} in ${where} ${risky}`, label: feature ?? 'feature' };
    }
  }
  return null;
}

/** Checks `--enable <feature>`. */
export function outsideSandboxFeature(feature: string, where: string): OutsideSandbox | null {
  const risky = RISKY_FEATURES[feature];
  return risky === undefined ? null : { why: `--enable ${feature} in ${where} ${risky}`, label: feature };
}

/** Every table of the user's config (the top level and each `[profiles.<name>]`) that starts such a process. */
export function outsideSandboxConfig(doc: Table, where: string): OutsideSandbox[] {
  const found = scan(doc, '', where);
  for (const [name, body] of Object.entries(asTable(doc.profiles) ?? {})) {
    found.push(...scan(asTable(body) ?? {}, `[profiles.${name}] `, where));
  }
  return found;
}

function scan(table: Table, prefix: string, where: string): OutsideSandbox[] {
  const found: OutsideSandbox[] = [];
  for (const [name, server] of Object.entries(asTable(table.mcp_servers) ?? {})) {
    if (asTable(server)?.enabled === false) continue;
    found.push({
      why: `${prefix}[mcp_servers.${name}] in ${where} ${MCP}`,
      label: 'MCP server',
    });
  }
  if (Array.isArray(table.notify) && table.notify.length > 0) {
    found.push({ why: `${prefix}notify in ${where} ${NOTIFY}`, label: 'notify program' });
  }
  const hooks = asTable(table.hooks);
  if (hooks !== undefined && Object.keys(hooks).length > 0) {
    found.push({ why: `${prefix}[hooks] in ${where} ${HOOKS}`, label: 'hooks' });
  }
  for (const [feature, risky] of Object.entries(RISKY_FEATURES)) {
    if (asTable(table.features)?.[feature] === true) {
      found.push({ why: `${prefix}features.${feature} in ${where} ${risky}`, label: feature });
    }
  }
  return found;
}

/**
 * The run's `seal.reason` words for what unseals it: each label once, the processes outside the sandbox together
 * ("MCP server, hooks outside the sandbox"); null when nothing does.
 */
export function unsealedReason(labels: readonly string[], outside: readonly OutsideSandbox[]): string | null {
  const processes = [...new Set(outside.map((found) => found.label))].join(', ');
  const all = [...new Set(labels), ...(processes === '' ? [] : [`${processes} outside the sandbox`])];
  return all.length === 0 ? null : all.join('; ');
}

function asTable(value: unknown): Table | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Table) : undefined;
}
