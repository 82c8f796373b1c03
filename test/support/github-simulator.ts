// A loopback stand-in for the GitHub REST API of ONE repository, for tests that drive the REAL @octokit/rest
// client (see /work/shared/notes/loopback-testing.md, "Octokit against a loopback GitHub REST server").
//
// It serves plain HTTP on 127.0.0.1 (port 0): Octokit takes `baseUrl: sim.url` and needs no TLS.
// - Git database (blobs, trees, commits) with REAL SHA-1 object ids, so a test can check them with the git CLI and
//   the code under test can rely on content addressing (same tree -> same id). The empty tree exists implicitly.
// - Refs in any namespace (refs/codex-auth/...), with GitHub's compare-and-swap semantics: PATCH with force:false
//   succeeds only when the new commit descends from the current one.
// - Actions runs and the repository record, as registered by the test.
// - Actions secrets and variables of the repository, its environments and its owner organization
//   (./github-simulator-secrets.ts): real libsodium sealed boxes, decrypted so tests can assert the plaintext.
// - Issues, issue comments and labels of the repository (./github-simulator-issues.ts), with `sim.issues()` to
//   assert what a bot left there.
// - Tokens with contents/actions/secrets/variables/issues permissions, as a fine-grained or GitHub App token has;
//   wrong or missing ones get GitHub's 401/403 answers. Every token is registered with the leak guard.
// - Fault injection (5xx, 429 with retry-after, 403 secondary rate limit) for retry tests.
// Status codes and message texts are GitHub's where they are known (from GitHub's API and client issue reports);
// the few validation messages marked "approximation" below are plausible, not verified.
// The request log holds method, decoded path, status and time: never tokens or bodies (so never secret or
// variable values, issue texts or comments).

import { createHash, randomBytes } from 'node:crypto';
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sodium from 'libsodium-wrappers';
import {
  type ConfigScope,
  createActionsConfig,
  type OrgAccess,
  type OrgVisibility,
  type Reply,
  type SecretsPermission,
  type VariablesPermission,
} from './github-simulator-secrets.js';
import {
  createRepoIssues,
  type IssueState,
  type IssueStateReason,
  type IssuesPermission,
  type SimIssue,
} from './github-simulator-issues.js';
import { registerSecret } from './leak-guard.js';

export type { ConfigScope, OrgAccess, OrgVisibility, SecretsPermission, VariablesPermission };
export type { IssueState, IssueStateReason, IssuesPermission, SimIssue };

export const EMPTY_TREE_SHA = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
export const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.';
const DOCS = 'https://docs.github.com/rest';

export type RunStatus = 'queued' | 'in_progress' | 'completed';
export type Visibility = 'public' | 'private' | 'internal';
/**
 * Defaults: contents 'write', actions 'read', secrets 'none', variables 'none', issues 'none'. The defaults for
 * secrets and variables are those of a workflow's GITHUB_TOKEN, which can never touch secrets; pass secrets: 'write',
 * variables: 'write' for a PAT-like token. They apply to all three scopes (repository, environment, organization).
 * `issues` covers issues, their comments and the repository's labels: 'read' for GETs, 'write' for the rest (a
 * workflow can grant it with `permissions: issues: write`; it is off by default here so that tests opt in).
 * `login` is not a permission: it is the account the token acts as, the author of the issues and comments it
 * creates (default 'github-actions[bot]', as for a workflow's GITHUB_TOKEN).
 */
export type TokenPermissions = {
  readonly contents?: 'read' | 'write' | 'none';
  readonly actions?: 'read' | 'none';
  readonly secrets?: SecretsPermission;
  readonly variables?: VariablesPermission;
  readonly issues?: IssuesPermission;
  readonly login?: string;
};
/** `path` is matched against the decoded path (no query); `retryAfter` (seconds) becomes `retry-after`. */
export type FailOptions = {
  readonly path?: RegExp;
  readonly method?: string;
  readonly retryAfter?: number;
  /** GitHub's `message` in the answer (default: the status text, or the rate-limit text for 403/429). */
  readonly message?: string;
};
export type GitHubRequestLogEntry = { method: string; path: string; status: number; at: Date };
export type RequestFilter = {
  readonly method?: string;
  readonly path?: string | RegExp;
  readonly status?: number;
};
/** `seconds`: unix time; `offset`: git's form, e.g. "+0000", "-0530". */
export type GitPerson = { name: string; email: string; seconds: number; offset: string };
export type SimCommit = {
  sha: string;
  tree: string;
  parents: readonly string[];
  message: string;
  author: GitPerson;
  committer: GitPerson;
};
export type GitHubSimulatorOptions = {
  owner?: string;
  repo?: string;
  private?: boolean;
  visibility?: Visibility;
  /**
   * A repository created without a first commit: no branches, and every git database call answers 409
   * "Git Repository is empty." By default the repository has `main` at one commit over the empty tree.
   */
  empty?: boolean;
};

/** The simulated repository's numeric id (GitHub's `id`, used by selected_repository_ids). */
export const REPOSITORY_ID = 1296269;

export interface GitHubSimulator {
  /** http://127.0.0.1:PORT, for Octokit's `baseUrl`. */
  readonly url: string;
  readonly repo: { readonly owner: string; readonly repo: string };
  readonly requests: readonly GitHubRequestLogEntry[];
  countRequests(filter?: RequestFilter): number;
  /** A new random token (registered with the leak guard) with these permissions. */
  addToken(permissions?: TokenPermissions): string;
  /** The token is rejected with 401 from now on. */
  revokeToken(token: string): void;
  /** The next `count` requests matching `options` get `status` (before auth is checked). */
  failNext(count: number, status: number, options?: FailOptions): void;
  /** Registers or updates an Actions run. `conclusion` defaults to 'success' for completed runs, else null. */
  setRun(id: number, status: RunStatus, conclusion?: string | null): void;
  setVisibility(visibility: Visibility): void;
  /** Creates a deployment environment (idempotent; names are case-insensitive). Unknown ones answer 404. */
  addEnvironment(name: string): void;
  /**
   * The plaintext of a secret as last written through the API (decrypted by the simulator), or null.
   * `scope`: 'repo', 'org', or `env:<name>`; names are case-insensitive. Throws for an environment never added.
   */
  secretValue(scope: ConfigScope, name: string): string | null;
  /** How many PUTs of this secret were accepted (201 or 204) in this scope; rejected ones are only in the log. */
  secretWrites(scope: ConfigScope, name: string): number;
  variableValue(scope: ConfigScope, name: string): string | null;
  /** Seeds a secret as if it had been written earlier (not counted by secretWrites). `visibility`: org only. */
  setSecret(
    scope: ConfigScope,
    name: string,
    value: string,
    visibility?: OrgVisibility,
    selected?: readonly number[],
  ): void;
  /** Seeds a variable. `visibility` matters for the org scope only (default 'all'). */
  setVariable(
    scope: ConfigScope,
    name: string,
    value: string,
    visibility?: OrgVisibility,
    selected?: readonly number[],
  ): void;
  /** An organization secret's or variable's visibility and selected repository ids, or null when absent. */
  orgVisibility(kind: 'secrets' | 'variables', name: string): OrgAccess | null;
  /** A new keypair and key_id for the scope: values sealed to the old key, or PUT with its key_id, get 422. */
  rotateSecretKey(scope: ConfigScope): void;
  /** The sha a ref points to ('refs/...' or without the 'refs/' prefix), or null. */
  getRef(ref: string): string | null;
  getCommit(sha: string): SimCommit | null;
  /** Points a ref at an existing object, like a forced push. */
  setRef(ref: string, sha: string): void;
  /** Every issue as it stands, by number, with its labels' names (sorted) and its comments' bodies (in order). */
  issues(): SimIssue[];
  /** One issue, or null when there is none with this number. */
  issue(number: number): SimIssue | null;
  close(): Promise<void>;
}

type ObjectType = 'blob' | 'tree' | 'commit';
/** `mode` in git's own form: '40000' for trees. */
type TreeEntry = { name: string; mode: string; type: ObjectType; sha: string };
type TreeChange = { parts: readonly string[]; mode: string; type: ObjectType; sha: string | null };
type GitObject =
  | { type: 'blob'; data: Buffer }
  | { type: 'tree'; entries: readonly TreeEntry[] }
  | ({ type: 'commit' } & Omit<SimCommit, 'sha'>);

/** Thrown by handlers; becomes a GitHub-shaped JSON error. */
class ApiError extends Error {
  status = 0;
}
const fail = (status: number, message: string): never => {
  throw Object.assign(new ApiError(message), { status });
};
const NOT_FOUND = (): never => fail(404, 'Not Found');
const NO_ACCESS = (): never => fail(403, 'Resource not accessible by integration');
const missing = (field: string): never => fail(422, `Invalid request.\n\n"${field}" wasn't supplied.`);

const MODES: Record<string, ObjectType> = {
  100644: 'blob',
  100755: 'blob',
  120000: 'blob',
  '040000': 'tree',
  160000: 'commit',
};

const hashObject = (type: string, body: Buffer): string =>
  createHash('sha1').update(`${type} ${body.length}\0`).update(body).digest('hex');

/** Git's tree order: by name bytes, a subtree's name compared as if it ended with '/'. */
function gitOrder(entries: readonly TreeEntry[]): TreeEntry[] {
  const key = (e: TreeEntry): Buffer => Buffer.from(e.type === 'tree' ? `${e.name}/` : e.name);
  return [...entries].sort((a, b) => Buffer.compare(key(a), key(b)));
}
function treeBody(entries: readonly TreeEntry[]): Buffer {
  return Buffer.concat(
    gitOrder(entries).flatMap((e) => [Buffer.from(`${e.mode} ${e.name}\0`), Buffer.from(e.sha, 'hex')]),
  );
}

const personLine = (p: GitPerson): string => `${p.name} <${p.email}> ${p.seconds} ${p.offset}`;
function commitBody(c: Omit<SimCommit, 'sha'>): Buffer {
  const parents = c.parents.map((p) => `parent ${p}\n`).join('');
  return Buffer.from(
    `tree ${c.tree}\n${parents}author ${personLine(c.author)}\ncommitter ${personLine(c.committer)}\n\n${c.message}`,
  );
}

/** Reads `{name, email, date?}`; GitHub keeps the offset of an ISO 8601 date in the commit object. */
function parsePerson(value: unknown, fallback: GitPerson): GitPerson {
  if (value === undefined || value === null) return fallback;
  const v = value as Record<string, unknown>;
  if (typeof v.name !== 'string') missing('name');
  if (typeof v.email !== 'string') missing('email');
  let { seconds, offset } = fallback;
  if (typeof v.date === 'string') {
    const ms = Date.parse(v.date);
    if (Number.isNaN(ms)) fail(422, `Invalid request.\n\n${v.date} is not a valid date-time.`); // approximation
    seconds = Math.floor(ms / 1000);
    const m = /([+-])(\d\d):?(\d\d)$/.exec(v.date);
    offset = m ? `${m[1]}${m[2]}${m[3]}` : '+0000';
  }
  return { name: v.name as string, email: v.email as string, seconds, offset };
}
const personJson = (p: GitPerson): unknown => ({
  name: p.name,
  email: p.email,
  date: new Date(p.seconds * 1000).toISOString().replace('.000Z', 'Z'),
});

/** The main rules of git check-ref-format: no control characters, space ~^:?*[\, "..", "@{", empty or
 * dot-led components, ".lock" components, trailing dot. */
// eslint-disable-next-line no-control-regex
const BAD_REF = /[\x00-\x20~^:?*[\\\x7f]|\.\.|@\{|\/\/|\/$|\.$|\/\.|\.lock(\/|$)/;

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      return parsed as Record<string, unknown>;
    }
  } catch {
    // falls through to GitHub's answer for unparsable bodies
  }
  return fail(400, 'Problems parsing JSON');
}

export async function startGitHubSimulator(options: GitHubSimulatorOptions = {}): Promise<GitHubSimulator> {
  const owner = options.owner ?? 'octo-org';
  const name = options.repo ?? 'octo-repo';
  let visibility: Visibility = options.visibility ?? (options.private === false ? 'public' : 'private');
  const objects = new Map<string, GitObject>([[EMPTY_TREE_SHA, { type: 'tree', entries: [] }]]);
  const refs = new Map<string, string>();
  if (options.empty !== true) {
    const first = {
      type: 'commit' as const,
      tree: EMPTY_TREE_SHA,
      parents: [],
      message: 'Initial commit',
      author: { name: 'octocat', email: 'octocat@github.com', seconds: 1_700_000_000, offset: '+0000' },
      committer: { name: 'octocat', email: 'octocat@github.com', seconds: 1_700_000_000, offset: '+0000' },
    };
    const sha = hashObject('commit', commitBody(first));
    objects.set(sha, first);
    refs.set('refs/heads/main', sha);
  }
  const runs = new Map<number, { status: RunStatus; conclusion: string | null }>();
  const tokens = new Map<string, Required<TokenPermissions>>();
  const faults: { remaining: number; status: number; options: FailOptions }[] = [];
  const log: GitHubRequestLogEntry[] = [];
  let url = '';
  await sodium.ready;
  const config = createActionsConfig({
    owner,
    repository: { id: REPOSITORY_ID, name },
    url: () => url,
    fail,
  });
  const issues = createRepoIssues({ owner, repo: name, url: () => url, fail });
  const api = (): string => `${url}/repos/${owner}/${name}`;

  function store(obj: GitObject, body: Buffer): string {
    const sha = hashObject(obj.type, body);
    objects.set(sha, obj);
    return sha;
  }
  const storeTree = (entries: readonly TreeEntry[]): string =>
    store({ type: 'tree', entries }, treeBody(entries));
  const fullRef = (ref: string): string => (ref.startsWith('refs/') ? ref : `refs/${ref}`);

  function isAncestor(ancestor: string, descendant: string): boolean {
    const queue = [descendant];
    const seen = new Set<string>();
    for (let sha = queue.shift(); sha !== undefined; sha = queue.shift()) {
      if (sha === ancestor) return true;
      const obj = objects.get(sha);
      if (seen.has(sha) || obj?.type !== 'commit') continue;
      seen.add(sha);
      queue.push(...obj.parents);
    }
    return false;
  }

  /** Applies path changes to a tree's entries, building subtrees for nested paths (as GitHub does). */
  function applyTree(base: readonly TreeEntry[], changes: readonly TreeChange[]): TreeEntry[] {
    const entries = new Map(base.map((e) => [e.name, e]));
    const nested = new Map<string, TreeChange[]>();
    for (const change of changes) {
      const [head = '', ...rest] = change.parts;
      if (rest.length > 0) nested.set(head, [...(nested.get(head) ?? []), { ...change, parts: rest }]);
      else if (change.sha === null) entries.delete(head);
      else entries.set(head, { name: head, mode: change.mode, type: change.type, sha: change.sha });
    }
    for (const [dir, sub] of nested) {
      const existing = entries.get(dir);
      const inner = existing?.type === 'tree' ? objects.get(existing.sha) : undefined;
      const merged = applyTree(inner?.type === 'tree' ? inner.entries : [], sub);
      // Git stores no empty subtrees: removing a directory's last file removes the directory.
      if (merged.length === 0) entries.delete(dir);
      else entries.set(dir, { name: dir, mode: '40000', type: 'tree', sha: storeTree(merged) });
    }
    return [...entries.values()];
  }

  function createTree(body: Record<string, unknown>): string {
    if (!Array.isArray(body.tree)) return missing('tree');
    let base: readonly TreeEntry[] = [];
    if (body.base_tree !== undefined && body.base_tree !== null) {
      const obj = objects.get(String(body.base_tree));
      if (obj?.type !== 'tree') return fail(422, 'base_tree is not a valid tree oid');
      base = obj.entries;
    }
    const changes = (body.tree as Record<string, unknown>[]).map((item): TreeChange => {
      const path = typeof item.path === 'string' ? item.path : missing('path');
      const mode = typeof item.mode === 'string' ? item.mode : missing('mode');
      const type = MODES[mode];
      const parts = path.split('/');
      if (parts.some((p) => p === '' || p === '.' || p === '..' || p === '.git')) {
        fail(422, 'tree.path contains a malformed path component');
      }
      if (type === undefined || item.type !== type) return fail(422, 'Invalid tree info'); // approximation
      const gitMode = mode === '040000' ? '40000' : mode;
      if (typeof item.content === 'string') {
        if (item.sha !== undefined) fail(422, 'Invalid tree info'); // approximation: sha and content both set
        const data = Buffer.from(item.content, 'utf8');
        return { parts, mode: gitMode, type, sha: store({ type: 'blob', data }, data) };
      }
      if (item.sha === null) return { parts, mode: gitMode, type, sha: null }; // deletes the path from base_tree
      const sha = String(item.sha);
      // Submodule entries name commits of another repository, which need not exist here.
      if (type !== 'commit' && objects.get(sha)?.type !== type)
        fail(422, `tree.sha ${sha} is not a valid ${type}`);
      return { parts, mode: gitMode, type, sha };
    });
    return storeTree(applyTree(base, changes));
  }

  function treeJson(sha: string, recursive: boolean): unknown {
    const flat = (entries: readonly TreeEntry[], prefix: string): unknown[] =>
      gitOrder(entries).flatMap((e) => {
        const obj = objects.get(e.sha);
        const item = {
          path: prefix + e.name,
          mode: e.mode === '40000' ? '040000' : e.mode,
          type: e.type,
          sha: e.sha,
          ...(obj?.type === 'blob' ? { size: obj.data.length } : {}),
          url: `${api()}/git/${e.type}s/${e.sha}`,
        };
        const below = recursive && obj?.type === 'tree' ? flat(obj.entries, `${prefix}${e.name}/`) : [];
        return [item, ...below];
      });
    const obj = objects.get(sha);
    return {
      sha,
      url: `${api()}/git/trees/${sha}`,
      tree: obj?.type === 'tree' ? flat(obj.entries, '') : [],
      truncated: false,
    };
  }

  function commitJson(sha: string): unknown {
    const c = objects.get(sha);
    if (c?.type !== 'commit') return NOT_FOUND();
    return {
      sha,
      url: `${api()}/git/commits/${sha}`,
      html_url: `https://github.com/${owner}/${name}/commit/${sha}`,
      author: personJson(c.author),
      committer: personJson(c.committer),
      tree: { sha: c.tree, url: `${api()}/git/trees/${c.tree}` },
      message: c.message,
      parents: c.parents.map((p) => ({ sha: p, url: `${api()}/git/commits/${p}` })),
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null },
    };
  }

  function refJson(ref: string): unknown {
    const sha = refs.get(ref) ?? NOT_FOUND();
    return {
      ref,
      url: `${api()}/git/refs/${ref.slice('refs/'.length)}`,
      object: { sha, type: objects.get(sha)?.type ?? 'commit', url: `${api()}/git/commits/${sha}` },
    };
  }

  async function route(
    req: IncomingMessage,
    method: string,
    path: string,
    rawPath: string,
    query: URLSearchParams,
  ): Promise<Reply> {
    const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    const perms = auth?.[1] === undefined ? undefined : tokens.get(auth[1]);
    if (perms === undefined) return fail(401, 'Bad credentials');
    // Segments decoded one by one: an environment name may hold an encoded '/'.
    const segments = rawPath
      .split('/')
      .slice(1)
      .map((s) => {
        try {
          return decodeURIComponent(s);
        } catch {
          return s;
        }
      });
    const same = (a: string | undefined, b: string): boolean => a?.toLowerCase() === b.toLowerCase();
    const isOrg = segments[0] === 'orgs' && same(segments[1], owner);
    const isRepo = segments[0] === 'repos' && same(segments[1], owner) && same(segments[2], name);
    const prefix = `/repos/${owner}/${name}`.toLowerCase(); // owner and repo names are case-insensitive
    if (!isOrg && !path.toLowerCase().startsWith(prefix)) return NOT_FOUND();
    const rest = path.slice(prefix.length);
    const need = (granted: boolean): void => {
      if (!granted) NO_ACCESS();
    };
    const read = (): void => need(perms.contents !== 'none');
    const write = (): void => need(perms.contents === 'write');
    // The only await: from here on a request runs to completion without interleaving, so a ref's check and its
    // update are atomic and concurrent PATCHes behave as GitHub's compare-and-swap.
    const body = method === 'POST' || method === 'PATCH' || method === 'PUT' ? await readJson(req) : {};
    if (isOrg || isRepo) {
      const base = isOrg ? 'org' : 'repo';
      const { secrets, variables } = perms;
      const segs = segments.slice(isOrg ? 2 : 3);
      const reply = config.route({
        base,
        segments: segs,
        method,
        body,
        query,
        rawPath,
        perms: { secrets, variables },
      });
      if (reply !== undefined) return reply;
      if (isOrg) return NOT_FOUND();
      const issuesReply = issues.route({
        segments: segs,
        method,
        body,
        query,
        rawPath,
        permission: perms.issues,
        login: perms.login,
      });
      if (issuesReply !== undefined) return issuesReply;
    }
    let m: RegExpExecArray | null;

    if (rest === '' && method === 'GET') {
      const repo = {
        id: REPOSITORY_ID,
        name,
        full_name: `${owner}/${name}`,
        owner: { login: owner },
        default_branch: 'main',
      };
      return [200, { ...repo, private: visibility !== 'public', visibility }];
    }
    if ((m = /^\/actions\/runs\/(\d+)$/.exec(rest)) && method === 'GET') {
      need(perms.actions === 'read');
      const id = Number(m[1]);
      const run = runs.get(id) ?? NOT_FOUND();
      const html_url = `https://github.com/${owner}/${name}/actions/runs/${id}`;
      return [200, { id, status: run.status, conclusion: run.conclusion, html_url, run_attempt: 1 }];
    }
    // GitHub answers every git database call of a repository without branches this way (blobs, trees, commits,
    // refs alike); reads and writes are still permission-checked first.
    if (rest.startsWith('/git/') && ![...refs.keys()].some((ref) => ref.startsWith('refs/heads/'))) {
      if (method === 'GET') read();
      else write();
      return fail(409, 'Git Repository is empty.');
    }
    if (rest === '/git/blobs' && method === 'POST') {
      write();
      if (typeof body.content !== 'string') return missing('content');
      const encoding = body.encoding ?? 'utf-8';
      if (encoding !== 'utf-8' && encoding !== 'utf8' && encoding !== 'base64') {
        return fail(422, `encoding must be "utf-8" or "base64"`); // approximation
      }
      const data = Buffer.from(body.content, encoding === 'base64' ? 'base64' : 'utf8');
      const sha = store({ type: 'blob', data }, data);
      return [201, { sha, url: `${api()}/git/blobs/${sha}` }];
    }
    if ((m = /^\/git\/blobs\/([0-9a-f]{40})$/.exec(rest)) && method === 'GET') {
      read();
      const sha = m[1] ?? '';
      const obj = objects.get(sha);
      if (obj?.type !== 'blob') return NOT_FOUND();
      // GitHub wraps blob content in lines of 60 base64 characters.
      const content = (obj.data.toString('base64').match(/.{1,60}/g) ?? []).join('\n');
      return [
        200,
        { sha, size: obj.data.length, url: `${api()}/git/blobs/${sha}`, content, encoding: 'base64' },
      ];
    }
    if (rest === '/git/trees' && method === 'POST') {
      write();
      return [201, treeJson(createTree(body), false)];
    }
    if ((m = /^\/git\/trees\/([0-9a-f]{40})$/.exec(rest)) && method === 'GET') {
      read();
      const sha = m[1] ?? '';
      if (objects.get(sha)?.type !== 'tree') return NOT_FOUND();
      const recursive = query.has('recursive') && !['0', 'false'].includes(query.get('recursive') ?? '');
      return [200, treeJson(sha, recursive)];
    }
    if (rest === '/git/commits' && method === 'POST') {
      write();
      if (typeof body.message !== 'string') return missing('message');
      if (typeof body.tree !== 'string') return missing('tree');
      if (objects.get(body.tree)?.type !== 'tree') return fail(422, 'Tree SHA does not exist');
      const parents = Array.isArray(body.parents) ? body.parents.map(String) : [];
      if (parents.some((p) => objects.get(p)?.type !== 'commit')) {
        return fail(422, 'Parent SHA does not exist or is not a commit object');
      }
      const now = {
        name: 'codex-auth',
        email: 'codex-auth@users.noreply.github.com',
        seconds: Math.floor(Date.now() / 1000),
        offset: '+0000',
      };
      const author = parsePerson(body.author, now);
      const committer = parsePerson(body.committer, author); // GitHub: the committer defaults to the author
      const commit = {
        type: 'commit' as const,
        tree: body.tree,
        parents,
        message: body.message,
        author,
        committer,
      };
      return [201, commitJson(store(commit, commitBody(commit)))];
    }
    if ((m = /^\/git\/commits\/([0-9a-f]{40})$/.exec(rest)) && method === 'GET') {
      read();
      return [200, commitJson(m[1] ?? '')];
    }
    if ((m = /^\/git\/ref\/(.+)$/.exec(rest)) && method === 'GET') {
      read();
      return [200, refJson(`refs/${m[1]}`)];
    }
    if ((m = /^\/git\/matching-refs(?:\/(.*))?$/.exec(rest)) && method === 'GET') {
      read();
      const wanted = `refs/${m[1] ?? ''}`;
      const names = [...refs.keys()].filter((r) => r.startsWith(wanted));
      return [200, names.sort().map(refJson)];
    }
    if (rest === '/git/refs' && method === 'POST') {
      write();
      if (typeof body.ref !== 'string') return missing('ref');
      if (typeof body.sha !== 'string') return missing('sha');
      const ref = body.ref;
      if (!ref.startsWith('refs/') || ref.split('/').length < 3) {
        return fail(422, 'Reference name must contain at least three slash-separated components.');
      }
      if (BAD_REF.test(ref)) return fail(422, `${ref} is not a valid ref name.`);
      if (refs.has(ref)) return fail(422, 'Reference already exists');
      if (!objects.has(body.sha)) return fail(422, 'Object does not exist');
      // Git cannot hold both refs/a and refs/a/b (a file and a directory of the same name).
      if ([...refs.keys()].some((r) => r.startsWith(`${ref}/`) || ref.startsWith(`${r}/`))) {
        return fail(422, 'Reference update failed');
      }
      refs.set(ref, body.sha);
      return [201, refJson(ref)];
    }
    if ((m = /^\/git\/refs\/(.+)$/.exec(rest)) && (method === 'PATCH' || method === 'DELETE')) {
      write();
      const ref = `refs/${m[1]}`;
      const current = refs.get(ref) ?? fail(422, 'Reference does not exist');
      if (method === 'DELETE') {
        refs.delete(ref);
        return [204];
      }
      if (typeof body.sha !== 'string') return missing('sha');
      if (!objects.has(body.sha)) return fail(422, 'Object does not exist');
      if (body.force !== true && !isAncestor(current, body.sha))
        return fail(422, 'Update is not a fast forward');
      refs.set(ref, body.sha);
      return [200, refJson(ref)];
    }
    return NOT_FOUND();
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const parsed = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path = parsed.pathname;
    try {
      path = decodeURIComponent(path); // Octokit sends `{ref}` as codex-auth%2Flocks%2Fx
    } catch {
      // a malformed escape stays as sent, and matches no route
    }
    const send = (status: number, payload?: unknown, headers: Record<string, string> = {}): void => {
      log.push({ method, path, status, at: new Date() });
      const text = payload === undefined ? '' : JSON.stringify(payload);
      res.writeHead(status, {
        ...(text ? { 'content-type': 'application/json; charset=utf-8' } : {}),
        ...headers,
      });
      res.end(text);
    };
    const fault = faults.find(
      (f) =>
        f.remaining > 0 &&
        (f.options.method === undefined || f.options.method.toUpperCase() === method) &&
        (f.options.path === undefined || f.options.path.test(path)),
    );
    if (fault) {
      fault.remaining -= 1;
      req.resume(); // drain the body so the connection stays usable
      const limited = fault.status === 429 || fault.status === 403;
      const other = fault.status >= 500 ? 'Server Error' : (STATUS_CODES[fault.status] ?? 'Error');
      const message = fault.options.message ?? (limited ? SECONDARY_RATE_LIMIT_MESSAGE : other);
      const headers =
        fault.options.retryAfter === undefined ? {} : { 'retry-after': String(fault.options.retryAfter) };
      send(fault.status, { message, documentation_url: DOCS, status: String(fault.status) }, headers);
      return;
    }
    try {
      const [status, payload, headers] = await route(req, method, path, parsed.pathname, parsed.searchParams);
      send(status, payload, headers);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      send(error.status, { message: error.message, documentation_url: DOCS, status: String(error.status) });
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `simulator error: ${String(error)}` }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    repo: { owner, repo: name },
    get requests() {
      return [...log];
    },
    countRequests(filter = {}) {
      return log.filter(
        (e) =>
          (filter.method === undefined || e.method === filter.method.toUpperCase()) &&
          (filter.status === undefined || e.status === filter.status) &&
          (filter.path === undefined ||
            (typeof filter.path === 'string' ? e.path === filter.path : filter.path.test(e.path))),
      ).length;
    },
    addToken(permissions = {}) {
      const token = `ghs_${randomBytes(18).toString('hex')}`;
      registerSecret(token);
      const {
        contents = 'write',
        actions = 'read',
        secrets = 'none',
        variables = 'none',
        issues: issuesPermission = 'none',
        login = 'github-actions[bot]',
      } = permissions;
      if (login.trim() === '') throw new Error('addToken: login must not be empty');
      tokens.set(token, { contents, actions, secrets, variables, issues: issuesPermission, login });
      return token;
    },
    revokeToken(token) {
      tokens.delete(token);
    },
    failNext(count, status, failOptions = {}) {
      faults.push({ remaining: count, status, options: failOptions });
    },
    setRun(id, status, conclusion) {
      if (status !== 'completed' && conclusion !== undefined && conclusion !== null)
        throw new Error('setRun: only completed runs have a conclusion');
      runs.set(id, { status, conclusion: conclusion ?? (status === 'completed' ? 'success' : null) });
    },
    setVisibility(value) {
      visibility = value;
    },
    addEnvironment: (env) => config.addEnvironment(env),
    secretValue: (scope, secret) => config.secretValue(scope, secret),
    secretWrites: (scope, secret) => config.secretWrites(scope, secret),
    variableValue: (scope, variable) => config.variableValue(scope, variable),
    setSecret: (scope, secret, value, vis, selected) => config.setSecret(scope, secret, value, vis, selected),
    setVariable: (scope, variable, value, vis, selected) =>
      config.setVariable(scope, variable, value, vis, selected),
    orgVisibility: (kind, item) => config.orgVisibility(kind, item),
    rotateSecretKey: (scope) => config.rotateSecretKey(scope),
    getRef(ref) {
      return refs.get(fullRef(ref)) ?? null;
    },
    getCommit(sha) {
      const obj = objects.get(sha);
      if (obj?.type !== 'commit') return null;
      const { tree, parents, message, author, committer } = obj;
      return { sha, tree, parents: [...parents], message, author, committer };
    },
    setRef(ref, sha) {
      if (!objects.has(sha)) throw new Error(`setRef: no object ${sha}`);
      refs.set(fullRef(ref), sha);
    },
    issues: () => issues.issues(),
    issue: (number) => issues.issue(number),
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections(); // Octokit's fetch keeps connections alive
      await closed;
    },
  };
}
