// Actions secrets and variables for the loopback GitHub REST simulator (./github-simulator.ts), in GitHub's three
// scopes: the repository, its environments, and the organization that owns it.
//
// - Secrets are sealed boxes: each scope holds a REAL libsodium crypto_box keypair and serves the public key as
//   `{key_id, key}` (standard padded base64, as GitHub does). Every PUT is opened with crypto_box_seal_open and the
//   plaintext kept, so a test asserts what was written (`secretValue`); nothing in the API ever returns it.
//   The private keys are registered with the leak guard; decrypted values are not (what a secret holds may be
//   ciphertext a test prints on purpose): a test registers its own plaintext when it is sensitive.
// - Variables are plain name/value records (POST creates, PATCH updates).
// - Names are case-insensitive and stored upper-cased, as GitHub shows them; environment names are case-insensitive.
// - Lists are paginated like GitHub's (`per_page`/`page`, a `link` header): secrets 30 per page (at most 100),
//   variables 10 per page (at most 30), so Octokit's paginate() works.
// - Organization secrets and variables carry GitHub's `visibility` (all, private, selected) and, for `selected`, the
//   repository ids, listed by GET .../{name}/repositories as GitHub does. A secret PUT must name a visibility, and
//   a PUT or PATCH with `selected` replaces the selection with the ids it sends (none: an empty selection).
//   GitHub's description does not say what an omitted list does to an existing selection; the simulator takes the
//   strict reading, so code that wants to keep a selection must send it. A PATCH without `visibility` keeps both.
// Messages: "Already exists", the "wasn't supplied" form, the encrypted_value pattern and "improperly encrypted
// secret" are GitHub's (from GitHub's API and client issue reports); the ones marked "approximation" are not verified.

import sodium from 'libsodium-wrappers';
import { registerSecret } from './leak-guard.js';

/** 'repo', 'org' (the repository's owner), or `env:<environment name>`. */
export type ConfigScope = 'repo' | 'org' | `env:${string}`;
export type OrgVisibility = 'all' | 'private' | 'selected';
export type SecretsPermission = 'write' | 'none';
export type VariablesPermission = 'write' | 'read' | 'none';
export type Reply = [status: number, body?: unknown, headers?: Record<string, string>];

export type ConfigRequest = {
  /** Which prefix matched: '/repos/{owner}/{repo}' or '/orgs/{owner}'. */
  readonly base: 'repo' | 'org';
  /** Path segments after that prefix, each percent-decoded on its own (an environment name may hold '/'). */
  readonly segments: readonly string[];
  readonly method: string;
  readonly body: Record<string, unknown>;
  readonly query: URLSearchParams;
  /** The request's path as sent (still encoded), for pagination links. */
  readonly rawPath: string;
  readonly perms: { readonly secrets: SecretsPermission; readonly variables: VariablesPermission };
};

export interface ActionsConfig {
  /** Serves a secrets or variables route, or returns undefined when the path is none of them. */
  route(request: ConfigRequest): Reply | undefined;
  addEnvironment(name: string): void;
  secretValue(scope: ConfigScope, name: string): string | null;
  secretWrites(scope: ConfigScope, name: string): number;
  variableValue(scope: ConfigScope, name: string): string | null;
  setSecret(
    scope: ConfigScope,
    name: string,
    value: string,
    visibility?: OrgVisibility,
    selected?: readonly number[],
  ): void;
  setVariable(
    scope: ConfigScope,
    name: string,
    value: string,
    visibility?: OrgVisibility,
    selected?: readonly number[],
  ): void;
  /** An organization secret's or variable's visibility and selected repository ids, or null when absent. */
  orgVisibility(kind: 'secrets' | 'variables', name: string): OrgAccess | null;
  rotateSecretKey(scope: ConfigScope): void;
}

export type OrgAccess = { readonly visibility: OrgVisibility; readonly selected: readonly number[] };

type Keypair = { keyId: string; publicKey: Uint8Array; privateKey: Uint8Array };
type Visible = { visibility: OrgVisibility; selected: readonly number[] };
type Secret = { value: string; created: Date; updated: Date } & Visible;
type Variable = Secret;
type Store = {
  readonly isOrg: boolean;
  key: Keypair;
  readonly secrets: Map<string, Secret>;
  readonly variables: Map<string, Variable>;
  /** Accepted PUTs per secret name; survives deletion. */
  readonly writes: Map<string, number>;
};

const VISIBILITIES: readonly string[] = ['all', 'private', 'selected'];
/** GitHub's pattern for `encrypted_value`: standard base64, padded. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{4})$/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const MAX_VALUE_BYTES = 48 * 1024;
const IMPROPERLY_ENCRYPTED = 'Bad request - validation failed due to an improperly encrypted secret';

const timestamp = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

function newKeypair(): Keypair {
  const { publicKey, privateKey } = sodium.crypto_box_keypair();
  registerSecret(sodium.to_base64(privateKey, sodium.base64_variants.ORIGINAL));
  // GitHub's key ids are long decimal strings, e.g. "568250167242549743".
  const random = BigInt(`0x${sodium.to_hex(sodium.randombytes_buf(8))}`);
  const keyId = String(10n ** 17n + (random % (9n * 10n ** 17n)));
  return { keyId, publicKey, privateKey };
}

/** Call after `await sodium.ready`. `fail` throws the simulator's GitHub-shaped error. */
export function createActionsConfig(deps: {
  readonly owner: string;
  /** The one repository the simulator serves: the others a selection names are listed by id only. */
  readonly repository: { readonly id: number; readonly name: string };
  readonly url: () => string;
  readonly fail: (status: number, message: string) => never;
}): ActionsConfig {
  const { owner, fail } = deps;
  const notFound = (): never => fail(404, 'Not Found');
  const noAccess = (): never => fail(403, 'Resource not accessible by integration');
  const missing = (field: string): never => fail(422, `Invalid request.\n\n"${field}" wasn't supplied.`);
  const newStore = (isOrg: boolean): Store => ({
    isOrg,
    key: newKeypair(),
    secrets: new Map(),
    variables: new Map(),
    writes: new Map(),
  });
  const repoStore = newStore(false);
  const orgStore = newStore(true);
  /** By lower-cased name. */
  const environments = new Map<string, Store>();

  /** For the test helpers: an unknown environment is a mistake in the test, not an empty scope. */
  function storeOf(scope: ConfigScope, caller: string): Store {
    if (scope === 'repo') return repoStore;
    if (scope === 'org') return orgStore;
    const env = environments.get(scope.slice('env:'.length).toLowerCase());
    if (env === undefined)
      throw new Error(`${caller}: no environment ${JSON.stringify(scope)} (addEnvironment first)`);
    return env;
  }

  function checkName(raw: unknown, field: string, kind: 'secret' | 'variable'): string {
    if (typeof raw !== 'string') return missing(field);
    if (!NAME.test(raw) || /^GITHUB_/i.test(raw)) {
      // approximation
      return fail(
        422,
        `Invalid request.\n\n${kind} names can only contain alphanumeric characters or underscores, must not start with a number, and must not start with GITHUB_.`,
      );
    }
    return raw.toUpperCase();
  }

  function checkVisibility(body: Record<string, unknown>, required: boolean): Visible | undefined {
    if (body.visibility === undefined) return required ? missing('visibility') : undefined;
    const visibility = String(body.visibility);
    if (!VISIBILITIES.includes(visibility)) {
      // approximation
      return fail(
        422,
        `Invalid request.\n\nFor 'properties/visibility', "${visibility}" is not one of ["all", "private", "selected"].`,
      );
    }
    const ids = body.selected_repository_ids;
    if (ids !== undefined && visibility !== 'selected') {
      return fail(
        422,
        'Invalid request.\n\nselected_repository_ids can only be set when visibility is "selected".',
      ); // approximation
    }
    const selected = Array.isArray(ids) ? ids.map(Number) : [];
    return { visibility: visibility as OrgVisibility, selected };
  }

  function checkValue(value: string, kind: string): void {
    if (Buffer.byteLength(value) > MAX_VALUE_BYTES)
      fail(422, `Invalid request.\n\nThe ${kind} value is larger than 48 KB.`); // approximation
  }

  /** `{total_count, [key]: page}` and GitHub's `link` header. */
  function paginate(
    items: readonly unknown[],
    key: string,
    req: ConfigRequest,
    perDefault: number,
    perMax: number,
  ): Reply {
    const int = (name: string, fallback: number): number => {
      const n = Number.parseInt(req.query.get(name) ?? '', 10);
      return Number.isFinite(n) && n > 0 ? n : fallback;
    };
    const perPage = Math.min(int('per_page', perDefault), perMax);
    const page = int('page', 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const at = (n: number): string => `<${deps.url()}${req.rawPath}?per_page=${perPage}&page=${n}>`;
    const links = [
      ...(page < last ? [`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`] : []),
      ...(page > 1 ? [`${at(Math.min(page - 1, last))}; rel="prev"`, `${at(1)}; rel="first"`] : []),
    ];
    const body = { total_count: items.length, [key]: items.slice((page - 1) * perPage, page * perPage) };
    return [200, body, links.length > 0 ? { link: links.join(', ') } : {}];
  }

  function metadata(store: Store, kind: 'secrets' | 'variables', name: string, record: Secret): unknown {
    const base = store.isOrg ? `${deps.url()}/orgs/${owner}/actions/${kind}/${name}` : '';
    return {
      name,
      ...(kind === 'variables' ? { value: record.value } : {}),
      created_at: timestamp(record.created),
      updated_at: timestamp(record.updated),
      ...(store.isOrg ? { visibility: record.visibility } : {}),
      ...(store.isOrg && record.visibility === 'selected'
        ? { selected_repositories_url: `${base}/repositories` }
        : {}),
    };
  }

  /** GET /orgs/{org}/actions/{secrets|variables}/{name}/repositories: the selection of a `selected` item. */
  function selectedRepositories(store: Store, record: Secret | undefined, req: ConfigRequest): Reply {
    if (!store.isOrg || req.method !== 'GET') return notFound();
    const found = record ?? notFound();
    // approximation: GitHub's answer for an item whose visibility is not `selected` is not verified.
    if (found.visibility !== 'selected') return fail(409, 'The visibility is not set to selected');
    const repositories = found.selected.map((id) =>
      id === deps.repository.id
        ? { id, name: deps.repository.name, full_name: `${owner}/${deps.repository.name}` }
        : { id, name: `repo-${id}`, full_name: `${owner}/repo-${id}` },
    );
    return paginate(repositories, 'repositories', req, 30, 100);
  }

  function secrets(store: Store, tail: readonly string[], req: ConfigRequest): Reply {
    if (req.perms.secrets !== 'write') return noAccess();
    const [item, ...more] = tail;
    if (item !== undefined && more.length === 1 && more[0] === 'repositories')
      return selectedRepositories(store, store.secrets.get(item.toUpperCase()), req);
    if (more.length > 0) return notFound();
    if (item === undefined) {
      if (req.method !== 'GET') return notFound();
      const names = [...store.secrets.keys()].sort();
      return paginate(
        names.map((n) => metadata(store, 'secrets', n, store.secrets.get(n) as Secret)),
        'secrets',
        req,
        30,
        100,
      );
    }
    if (item === 'public-key' && req.method === 'GET') {
      return [
        200,
        {
          key_id: store.key.keyId,
          key: sodium.to_base64(store.key.publicKey, sodium.base64_variants.ORIGINAL),
        },
      ];
    }
    const name = item.toUpperCase();
    const existing = store.secrets.get(name);
    if (req.method === 'GET') return [200, metadata(store, 'secrets', name, existing ?? notFound())];
    if (req.method === 'DELETE') {
      if (!store.secrets.delete(name)) return notFound();
      return [204];
    }
    if (req.method !== 'PUT') return notFound();
    const { body } = req;
    checkName(item, 'secret_name', 'secret');
    if (typeof body.encrypted_value !== 'string') return missing('encrypted_value');
    if (typeof body.key_id !== 'string') return missing('key_id');
    const visible = store.isOrg ? checkVisibility(body, true) : undefined;
    if (!BASE64.test(body.encrypted_value)) {
      return fail(422, `Invalid request.\n\n${body.encrypted_value} does not match ${String(BASE64)}.`);
    }
    // approximation: GitHub's answer to a key_id that is not the scope's current key is not verified.
    if (body.key_id !== store.key.keyId) return fail(422, IMPROPERLY_ENCRYPTED);
    let value: string;
    try {
      const sealed = sodium.from_base64(body.encrypted_value, sodium.base64_variants.ORIGINAL);
      const opened = sodium.crypto_box_seal_open(sealed, store.key.publicKey, store.key.privateKey);
      value = new TextDecoder('utf-8', { fatal: true }).decode(opened);
    } catch {
      return fail(422, IMPROPERLY_ENCRYPTED);
    }
    checkValue(value, 'secret');
    const now = new Date();
    store.secrets.set(name, {
      value,
      created: existing?.created ?? now,
      updated: now,
      ...(visible ?? { visibility: 'all', selected: [] }),
    });
    store.writes.set(name, (store.writes.get(name) ?? 0) + 1);
    return existing === undefined ? [201, {}] : [204];
  }

  function variables(store: Store, tail: readonly string[], req: ConfigRequest): Reply {
    const { method, body } = req;
    if (req.perms.variables === 'none' || (method !== 'GET' && req.perms.variables !== 'write'))
      return noAccess();
    const [item, ...more] = tail;
    if (item !== undefined && more.length === 1 && more[0] === 'repositories')
      return selectedRepositories(store, store.variables.get(item.toUpperCase()), req);
    if (more.length > 0) return notFound();
    if (item === undefined) {
      if (method === 'GET') {
        const names = [...store.variables.keys()].sort();
        const all = names.map((n) => metadata(store, 'variables', n, store.variables.get(n) as Variable));
        return paginate(all, 'variables', req, 10, 30);
      }
      if (method !== 'POST') return notFound();
      const name = checkName(body.name, 'name', 'variable');
      if (typeof body.value !== 'string') return missing('value');
      const visible = store.isOrg ? checkVisibility(body, true) : undefined;
      checkValue(body.value, 'variable');
      if (store.variables.has(name)) return fail(409, 'Already exists');
      const now = new Date();
      store.variables.set(name, {
        value: body.value,
        created: now,
        updated: now,
        ...(visible ?? { visibility: 'all', selected: [] }),
      });
      return [201, {}];
    }
    const name = item.toUpperCase();
    const existing = store.variables.get(name);
    if (method === 'GET') return [200, metadata(store, 'variables', name, existing ?? notFound())];
    if (method === 'DELETE') {
      if (!store.variables.delete(name)) return notFound();
      return [204];
    }
    if (method !== 'PATCH') return notFound();
    const current = existing ?? notFound();
    const renamed = body.name === undefined ? name : checkName(body.name, 'name', 'variable');
    if (body.value !== undefined && typeof body.value !== 'string') return missing('value');
    const value = typeof body.value === 'string' ? body.value : current.value;
    checkValue(value, 'variable');
    const visible = store.isOrg ? checkVisibility(body, false) : undefined;
    if (renamed !== name && store.variables.has(renamed)) return fail(409, 'Already exists'); // approximation
    store.variables.delete(name);
    store.variables.set(renamed, { ...current, ...visible, value, updated: new Date() });
    return [204];
  }

  function seed(
    kind: 'secrets' | 'variables',
    scope: ConfigScope,
    name: string,
    value: string,
    vis: OrgVisibility,
    selected: readonly number[],
  ): void {
    const store = storeOf(scope, kind === 'secrets' ? 'setSecret' : 'setVariable');
    const key = name.toUpperCase();
    const map = kind === 'secrets' ? store.secrets : store.variables;
    const now = new Date();
    map.set(key, {
      value,
      created: map.get(key)?.created ?? now,
      updated: now,
      visibility: vis,
      selected: vis === 'selected' ? [...selected] : [],
    });
  }

  return {
    route(req) {
      const [first, second, third, ...rest] = req.segments;
      let store: Store;
      let kind: string | undefined;
      let tail: readonly string[];
      if (first === 'actions') {
        store = req.base === 'org' ? orgStore : repoStore;
        kind = second;
        tail = [third, ...rest].filter((s) => s !== undefined);
      } else if (req.base === 'repo' && first === 'environments' && second !== undefined) {
        kind = third;
        tail = rest;
        if (kind !== 'secrets' && kind !== 'variables') return undefined;
        // Permission first: a token without access learns nothing about which environments exist.
        if (kind === 'secrets' ? req.perms.secrets !== 'write' : req.perms.variables === 'none')
          return noAccess();
        store = environments.get(second.toLowerCase()) ?? notFound();
      } else {
        return undefined;
      }
      if (kind === 'secrets') return secrets(store, tail, req);
      if (kind === 'variables') return variables(store, tail, req);
      return undefined;
    },
    addEnvironment(name) {
      if (name.trim() === '' || name.length > 255) throw new Error('addEnvironment: 1 to 255 characters');
      const key = name.toLowerCase();
      if (!environments.has(key)) environments.set(key, newStore(false));
    },
    secretValue(scope, name) {
      return storeOf(scope, 'secretValue').secrets.get(name.toUpperCase())?.value ?? null;
    },
    secretWrites(scope, name) {
      return storeOf(scope, 'secretWrites').writes.get(name.toUpperCase()) ?? 0;
    },
    variableValue(scope, name) {
      return storeOf(scope, 'variableValue').variables.get(name.toUpperCase())?.value ?? null;
    },
    setSecret(scope, name, value, visibility = 'all', selected = []) {
      seed('secrets', scope, name, value, visibility, selected);
    },
    setVariable(scope, name, value, visibility = 'all', selected = []) {
      seed('variables', scope, name, value, visibility, selected);
    },
    orgVisibility(kind, name) {
      const record = (kind === 'secrets' ? orgStore.secrets : orgStore.variables).get(name.toUpperCase());
      return record ? { visibility: record.visibility, selected: [...record.selected] } : null;
    },
    rotateSecretKey(scope) {
      storeOf(scope, 'rotateSecretKey').key = newKeypair();
    },
  };
}
