#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/core/errors.ts
function isCodexAuthError(error) {
  if (!(error instanceof Error)) return false;
  const { code, exitCode } = error;
  return typeof code === "string" && Object.hasOwn(EXIT_CODE_OF_CODE, code) && EXIT_CODE_OF_CODE[code] === exitCode;
}
function asCodexAuthError(error) {
  if (isCodexAuthError(error)) return error;
  if (error instanceof Error) return new InternalError(error.message, { cause: error });
  return new InternalError(`unexpected failure: ${String(error)}`);
}
function isUsageError(error) {
  return isCodexAuthError(error) && error.exitCode === ExitCode.usage;
}
var ExitCode, CodexAuthError, UsageError, AuthUnusableError, LockTimeoutError, LockLostError, StoreConflictError, RollbackRefusedError, EnvelopeError, InternalError, EXIT_CODE_OF_CODE;
var init_errors = __esm({
  "src/core/errors.ts"() {
    "use strict";
    ExitCode = {
      ok: 0,
      codexFailed: 1,
      usage: 2,
      authUnusable: 3,
      lockTimeout: 4,
      storeConflict: 5,
      envelopeUnreadable: 6,
      notSealed: 7,
      usageLimited: 8,
      runTimeout: 9
    };
    CodexAuthError = class extends Error {
    };
    UsageError = class extends CodexAuthError {
      exitCode = ExitCode.usage;
      code = "usage";
      name = "UsageError";
    };
    AuthUnusableError = class extends CodexAuthError {
      exitCode = ExitCode.authUnusable;
      code = "auth_unusable";
      name = "AuthUnusableError";
    };
    LockTimeoutError = class extends CodexAuthError {
      exitCode = ExitCode.lockTimeout;
      code = "lock_timeout";
      name = "LockTimeoutError";
    };
    LockLostError = class extends CodexAuthError {
      exitCode = ExitCode.lockTimeout;
      code = "lock_lost";
      name = "LockLostError";
    };
    StoreConflictError = class extends CodexAuthError {
      exitCode = ExitCode.storeConflict;
      code = "store_conflict";
      name = "StoreConflictError";
    };
    RollbackRefusedError = class extends CodexAuthError {
      exitCode = ExitCode.storeConflict;
      code = "rollback_refused";
      name = "RollbackRefusedError";
    };
    EnvelopeError = class extends CodexAuthError {
      exitCode = ExitCode.envelopeUnreadable;
      code = "envelope_unreadable";
      name = "EnvelopeError";
    };
    InternalError = class extends CodexAuthError {
      exitCode = ExitCode.codexFailed;
      code = "internal";
      name = "InternalError";
    };
    EXIT_CODE_OF_CODE = {
      usage: ExitCode.usage,
      auth_unusable: ExitCode.authUnusable,
      not_seeded: ExitCode.authUnusable,
      lock_timeout: ExitCode.lockTimeout,
      lock_lost: ExitCode.lockTimeout,
      store_conflict: ExitCode.storeConflict,
      rollback_refused: ExitCode.storeConflict,
      envelope_unreadable: ExitCode.envelopeUnreadable,
      not_sealed: ExitCode.notSealed,
      codex_failed: ExitCode.codexFailed,
      usage_limited: ExitCode.usageLimited,
      revoke_unconfirmed: ExitCode.codexFailed,
      run_timeout: ExitCode.runTimeout,
      internal: ExitCode.codexFailed
    };
  }
});

// src/github/github-errors.ts
function explainGitHubError(error, doing, needs) {
  const status = statusOf(error);
  const said = messageOf(error);
  if (status === 409 && /repository is empty/i.test(said)) {
    return new EmptyRepositoryError(
      `the repository has no branches yet (GitHub answered 409 "${said}" to ${callOf(error)} while ${doing}): GitHub keeps no refs, so no git-ref store or lock, in a repository without branches. ${EMPTY_REPOSITORY_FIX}.`
    );
  }
  if (status === 401) {
    return new UsageError(
      `GitHub rejected the token while ${doing} (401 ${said}): pass a valid token (the Action's github-token input, or GITHUB_TOKEN / GH_TOKEN for the CLI).`
    );
  }
  if (status === 403 && !/rate limit/i.test(said)) {
    return new UsageError(
      `the token may not do this while ${doing} (403 ${said}): add \`permissions: ${needs}\` to the job (or give a fine-grained token that permission on the repository).`
    );
  }
  if (status === 404) {
    return new UsageError(
      `GitHub answered 404 while ${doing}: check --repo / GITHUB_REPOSITORY, and that the token can see the repository (\`permissions: ${needs}\`).`
    );
  }
  if (status === 422) {
    return new InternalError(
      `GitHub refused ${callOf(error)} while ${doing} (422 Unprocessable Entity: "${said}"). This is not a transient failure and was not retried; if the message does not say what to change, report it with this line.`,
      { cause: error }
    );
  }
  return new InternalError(
    `GitHub API failed while ${doing}${status ? ` (${status} ${said})` : `: ${said}`}; try again later.`,
    {
      cause: error
    }
  );
}
function statusOf(error) {
  const status = error?.status;
  return typeof status === "number" ? status : null;
}
function messageOf(error) {
  const data = error?.response?.data;
  if (typeof data?.message === "string") return data.message;
  return error instanceof Error ? error.message : String(error);
}
function callOf(error) {
  const request = error?.request;
  if (typeof request?.method !== "string" || typeof request.url !== "string") return "a request";
  let path14 = request.url;
  try {
    path14 = new URL(request.url).pathname;
  } catch {
  }
  return `${request.method} ${decodeURIComponent(path14)}`;
}
var EMPTY_REPOSITORY_FIX, EmptyRepositoryError;
var init_github_errors = __esm({
  "src/github/github-errors.ts"() {
    "use strict";
    init_errors();
    EMPTY_REPOSITORY_FIX = 'Push a first commit to any branch of the repository (for example `git commit --allow-empty -m "first commit" && git push`), then run again';
    EmptyRepositoryError = class extends UsageError {
      fix = EMPTY_REPOSITORY_FIX;
    };
  }
});

// src/github/git-refs.ts
function shortName(ref) {
  return ref.replace(/^refs\//, "");
}
function parseRepository(value, source) {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value.trim());
  if (!match?.[1] || !match[2]) {
    throw new UsageError(`${source} must be OWNER/NAME, not ${JSON.stringify(value)}`);
  }
  return { owner: match[1], repo: match[2] };
}
function commitMessage(subject, payload) {
  return `${subject}

${payload}`;
}
function payloadOf(message) {
  const at = message.indexOf("\n\n");
  return at === -1 ? message : message.slice(at + 2);
}
var EMPTY_TREE, WRITE, READ, GitRefs;
var init_git_refs = __esm({
  "src/github/git-refs.ts"() {
    "use strict";
    init_errors();
    init_github_errors();
    EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
    WRITE = "contents: write";
    READ = "contents: read";
    GitRefs = class {
      constructor(client, repository) {
        this.client = client;
        this.repository = repository;
      }
      client;
      repository;
      emptyTree = EMPTY_TREE;
      /** The commit a ref points at, or null. `ref` is the full name (`refs/codex-auth/...`). */
      async readRef(ref) {
        try {
          const { data } = await this.client.rest.git.getRef({ ...this.repository, ref: shortName(ref) });
          return data.object.sha;
        } catch (error) {
          if (statusOf(error) === 404) return null;
          throw explainGitHubError(error, `reading ${ref}`, READ);
        }
      }
      /**
       * Every ref whose full name starts with `prefix` (`refs/codex-auth/locks/x` also lists `.../x+released`), by full
       * name: one call for several refs.
       */
      async listRefs(prefix) {
        try {
          const { data } = await this.client.rest.git.listMatchingRefs({
            ...this.repository,
            ref: shortName(prefix)
          });
          return new Map(data.map((entry) => [entry.ref, entry.object.sha]));
        } catch (error) {
          throw explainGitHubError(error, `listing ${prefix}`, READ);
        }
      }
      async readMessage(sha) {
        try {
          const { data } = await this.client.rest.git.getCommit({ ...this.repository, commit_sha: sha });
          return data.message;
        } catch (error) {
          throw explainGitHubError(error, `reading commit ${sha}`, READ);
        }
      }
      /** A commit over the empty tree with `message`. */
      async createCommit(message, parents) {
        const create = () => this.client.rest.git.createCommit({
          ...this.repository,
          message,
          tree: this.emptyTree,
          parents: [...parents]
        });
        try {
          return (await create()).data.sha;
        } catch (error) {
          if (statusOf(error) === 422 && /tree/i.test(messageOf(error)) && this.emptyTree === EMPTY_TREE) {
            try {
              this.emptyTree = (await this.client.rest.git.createTree({ ...this.repository, tree: [] })).data.sha;
              return (await create()).data.sha;
            } catch (retryError) {
              throw explainGitHubError(retryError, "writing a commit", WRITE);
            }
          }
          throw explainGitHubError(error, "writing a commit", WRITE);
        }
      }
      /** Creates `ref` at `sha`; false when it already exists (GitHub's 422 "Reference already exists"). */
      async createRef(ref, sha) {
        try {
          await this.client.rest.git.createRef({ ...this.repository, ref, sha });
          return true;
        } catch (error) {
          if (statusOf(error) === 422 && /already exists/i.test(messageOf(error))) return false;
          throw explainGitHubError(error, `creating ${ref}`, WRITE);
        }
      }
      /** Moves `ref` to `sha` only if `sha` descends from where the ref is now: a compare-and-swap. */
      async fastForward(ref, sha, force = false) {
        try {
          await this.client.rest.git.updateRef({ ...this.repository, ref: shortName(ref), sha, force });
          return "updated";
        } catch (error) {
          if (statusOf(error) === 422) {
            const said = messageOf(error);
            if (/not a fast forward/i.test(said)) return "not-fast-forward";
            if (/does not exist/i.test(said)) return "missing";
          }
          throw explainGitHubError(error, `updating ${ref}`, WRITE);
        }
      }
      /** Deletes `ref`; false when it did not exist. */
      async deleteRef(ref) {
        try {
          await this.client.rest.git.deleteRef({ ...this.repository, ref: shortName(ref) });
          return true;
        } catch (error) {
          if (statusOf(error) === 404) return false;
          if (statusOf(error) === 422 && /does not exist/i.test(messageOf(error))) return false;
          throw explainGitHubError(error, `deleting ${ref}`, WRITE);
        }
      }
    };
  }
});

// src/github/ref-handoff.ts
var CODEX_AUTH_REFS, RefHandoff;
var init_ref_handoff = __esm({
  "src/github/ref-handoff.ts"() {
    "use strict";
    CODEX_AUTH_REFS = "refs/codex-auth";
    RefHandoff = class {
      listing = null;
      /** By the lock, when it took or resumed the lock from this listing. */
      offer(listing) {
        this.listing = listing;
      }
      /** By the store, once: a later read (a conflict message, another round trip) looks for itself. */
      take() {
        const listing = this.listing;
        this.listing = null;
        return listing;
      }
      /** By the lock, on release: what it saw is no longer protected by it. */
      clear() {
        this.listing = null;
      }
    };
  }
});

// src/github/workflow-run.ts
function currentWorkflowRun(env) {
  const id = Number(env.GITHUB_RUN_ID);
  if (env.GITHUB_ACTIONS !== "true" || !env.GITHUB_REPOSITORY || !Number.isSafeInteger(id) || id <= 0) {
    return void 0;
  }
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  return {
    repository: env.GITHUB_REPOSITORY,
    id,
    attempt: Number(env.GITHUB_RUN_ATTEMPT) || 1,
    job: env.GITHUB_JOB || null,
    url: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${id}`
  };
}
async function runLiveness(client, run7) {
  const [owner, repo] = run7.repository.split("/");
  if (!owner || !repo) return "unknown";
  try {
    const { data } = await client.rest.actions.getWorkflowRun({ owner, repo, run_id: run7.id });
    if ((data.run_attempt ?? run7.attempt) > run7.attempt) return "gone";
    return data.status === "completed" ? "gone" : "active";
  } catch (error) {
    return statusOf(error) === 404 ? "gone" : "unknown";
  }
}
var init_workflow_run = __esm({
  "src/github/workflow-run.ts"() {
    "use strict";
    init_github_errors();
  }
});

// src/core/backend-kinds.ts
var STORE_KINDS, LOCK_KINDS, DEFAULT_RESTORE_LEASE_MS, ORG_VISIBILITIES, DEFAULT_ORG_VISIBILITY;
var init_backend_kinds = __esm({
  "src/core/backend-kinds.ts"() {
    "use strict";
    STORE_KINDS = ["file", "git-ref", "github-secret", "cache", "command"];
    LOCK_KINDS = ["file", "git-ref", "none"];
    DEFAULT_RESTORE_LEASE_MS = 6 * 60 * 60 * 1e3;
    ORG_VISIBILITIES = ["selected", "private", "all"];
    DEFAULT_ORG_VISIBILITY = "selected";
  }
});

// src/platform/secure-files.ts
async function ensurePrivateDir(dir) {
  await import_node_fs.promises.mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const stat = await import_node_fs.promises.lstat(dir);
  if (stat.isSymbolicLink() || !stat.isDirectory()) {
    throw new Error(`${dir} must be a directory, not a symbolic link or file`);
  }
  if ((stat.mode & 511) !== PRIVATE_DIR_MODE) await import_node_fs.promises.chmod(dir, PRIVATE_DIR_MODE);
}
async function writePrivateFileAtomic(file, content, options = {}) {
  const durable = options.durable ?? true;
  await refuseSymlink(file);
  const dir = import_node_path.default.dirname(file);
  const { randomBytes: randomBytes2 } = await Promise.resolve().then(() => __toESM(require("node:crypto"), 1));
  const temp = import_node_path.default.join(dir, `.${import_node_path.default.basename(file)}.${randomBytes2(6).toString("hex")}.tmp`);
  const handle = await import_node_fs.promises.open(
    temp,
    import_node_fs.constants.O_WRONLY | import_node_fs.constants.O_CREAT | import_node_fs.constants.O_EXCL,
    PRIVATE_FILE_MODE
  );
  try {
    await handle.writeFile(content, "utf8");
    if (durable) await handle.sync();
  } catch (error) {
    await handle.close();
    await import_node_fs.promises.rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await import_node_fs.promises.rename(temp, file);
  } catch (error) {
    await import_node_fs.promises.rm(temp, { force: true });
    throw error;
  }
  if (durable) await syncDir(dir);
}
async function readPrivateFile(file) {
  let fd;
  try {
    fd = (0, import_node_fs.openSync)(file, import_node_fs.constants.O_RDONLY | import_node_fs.constants.O_NOFOLLOW);
  } catch (error) {
    if (isErrno(error, "ENOENT")) return null;
    if (isErrno(error, "ELOOP")) throw new Error(`${file} is a symbolic link; refusing to follow it`);
    throw error;
  }
  try {
    return (0, import_node_fs.readFileSync)(fd, "utf8");
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}
async function removeFile(file) {
  await import_node_fs.promises.rm(file, { force: true });
}
async function refuseSymlink(file) {
  try {
    const stat = await import_node_fs.promises.lstat(file);
    if (stat.isSymbolicLink()) throw new Error(`${file} is a symbolic link; refusing to write through it`);
  } catch (error) {
    if (!isErrno(error, "ENOENT")) throw error;
  }
}
async function syncDir(dir) {
  const handle = await import_node_fs.promises.open(dir, import_node_fs.constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
function isErrno(error, code) {
  return error instanceof Error && error.code === code;
}
var import_node_fs, import_node_path, PRIVATE_FILE_MODE, PRIVATE_DIR_MODE;
var init_secure_files = __esm({
  "src/platform/secure-files.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    import_node_path = __toESM(require("node:path"), 1);
    PRIVATE_FILE_MODE = 384;
    PRIVATE_DIR_MODE = 448;
  }
});

// src/platform/check-paths.ts
async function readInputFile(file, input) {
  const at = `${input.flag} ${file}`;
  let fd;
  try {
    fd = (0, import_node_fs2.openSync)(file, import_node_fs2.constants.O_RDONLY | import_node_fs2.constants.O_NONBLOCK);
  } catch (error) {
    if (isErrno(error, "ENOENT")) {
      throw new UsageError(`${at}: no such file. Pass the path of ${input.what}.`);
    }
    if (isErrno(error, "EACCES")) {
      throw new UsageError(
        `${at}: permission denied: this user cannot read it. Run as its owner, or make it readable by this user only (chmod 600 as the owner).`
      );
    }
    if (isErrno(error, "ENOTDIR")) {
      throw new UsageError(
        `${at}: a part of the path is a file, not a directory. Pass the path of ${input.what}.`
      );
    }
    throw error;
  }
  try {
    const stat = (0, import_node_fs2.fstatSync)(fd);
    if (stat.isFIFO()) return await readPipe(fd, at, input);
    refuseKind(stat, at, input.what, file);
    if (stat.size > input.maxBytes) {
      throw new UsageError(
        `${at} is ${stat.size} bytes, more than the ${Math.round(input.maxBytes / 1024)} KB limit for ${input.what}: this is not ${input.what}. Pass the right file.`
      );
    }
    if ((stat.mode & 63) !== 0 && input.onOpenToOthers) {
      input.onOpenToOthers(
        `${at} is readable by other users (mode ${(stat.mode & 511).toString(8).padStart(4, "0")}) and holds live tokens: chmod 600 ${file}, or delete it once the stream is seeded.`
      );
    }
    return (0, import_node_fs2.readFileSync)(fd, "utf8");
  } catch (error) {
    if (isErrno(error, "EISDIR")) refuseKind({ isDirectory: () => true }, at, input.what, file);
    throw error;
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
}
async function readPipe(fd, at, input) {
  const started = Date.now();
  const chunks = [];
  let size = 0;
  let writerSeen = false;
  const buffer = Buffer.alloc(64 * 1024);
  for (; ; ) {
    let n;
    try {
      n = (0, import_node_fs2.readSync)(fd, buffer, 0, buffer.length, null);
    } catch (error) {
      if (!isErrno(error, "EAGAIN")) throw error;
      n = null;
      writerSeen = true;
    }
    if (n !== null && n > 0) {
      chunks.push(Buffer.from(buffer.subarray(0, n)));
      size += n;
      writerSeen = true;
      if (size > input.maxBytes) {
        throw new UsageError(
          `${at} gave more than the ${Math.round(input.maxBytes / 1024)} KB limit for ${input.what}: this is not ${input.what}. Pass the right file.`
        );
      }
      continue;
    }
    if (n === 0 && writerSeen) return Buffer.concat(chunks).toString("utf8");
    const waited = Date.now() - started;
    if (!writerSeen && waited > PIPE_WRITER_WAIT_MS || waited > PIPE_TOTAL_MS) {
      throw new UsageError(
        `${at} is a pipe ${writerSeen ? `that did not end within ${PIPE_TOTAL_MS / 1e3} s` : `nobody wrote to within ${PIPE_WRITER_WAIT_MS / 1e3} s`}. Write ${input.what} into it (for example ${input.flag} <(your-secret-tool read ...)), or pass a regular file holding ${input.what}.`
      );
    }
    await new Promise((resolve) => setTimeout(resolve, PIPE_POLL_MS));
  }
}
function refuseKind(stat, at, what, file) {
  if (stat.isDirectory()) {
    throw new UsageError(
      `${at} is a directory, not a file. Pass the file itself${what.includes("auth.json") ? ` (for example ${import_node_path2.default.join(file, "auth.json")})` : ""}.`
    );
  }
  const kind = specialKind(stat);
  if (kind)
    throw new UsageError(`${at} is ${kind}, not a regular file. Pass a regular file holding ${what}.`);
}
function specialKind(stat) {
  if (stat.isFIFO?.()) return "a named pipe (FIFO)";
  if (stat.isCharacterDevice?.() || stat.isBlockDevice?.()) return "a device";
  if (stat.isSocket?.()) return "a socket";
  return null;
}
function stateDirOrigin(settings) {
  return { dir: settings.stateDir, source: settings.stateDirSource ?? "the state directory" };
}
async function checkStreamDir(origin, stream, write, ownedFiles) {
  const stateDir = origin.dir;
  const at = `${origin.source} ${stateDir}`;
  const stateStat = await lstatOrNull(stateDir, at);
  if (stateStat === null) {
    if (write) await checkCreatable(stateDir, at);
    return;
  }
  if (!stateStat.isDirectory() && !(stateStat.isSymbolicLink() && await isDirThroughLink(stateDir))) {
    throw new UsageError(`${at} is ${describeKind(stateStat)}, not a directory. ${STATE_DIR_FIX}`);
  }
  await checkAccess(stateDir, write, at);
  const dir = import_node_path2.default.join(stateDir, stream);
  const dirAt = `the directory of stream "${stream}" (${dir}, under ${origin.source})`;
  const dirStat = await lstatOrNull(dir, dirAt);
  if (dirStat === null) return;
  if (!dirStat.isDirectory()) {
    throw new UsageError(
      `${dirAt} is ${describeKind(dirStat)}, not a directory: codex-auth did not make it. Move it away, or ${STATE_DIR_FIX.charAt(0).toLowerCase()}${STATE_DIR_FIX.slice(1)}`
    );
  }
  await checkAccess(dir, write, dirAt);
  for (const name of ownedFiles) {
    const file = import_node_path2.default.join(dir, name);
    const stat = await lstatOrNull(file, file);
    if (stat && !stat.isFile()) {
      throw new UsageError(
        `${file} is ${describeKind(stat)}, but codex-auth keeps its own regular file there (stream "${stream}", ${origin.source}): codex-auth did not make it. Move it away (for a directory: rmdir ${file} if it is empty), then run again.`
      );
    }
  }
}
async function lstatOrNull(file, at) {
  try {
    return (0, import_node_fs2.lstatSync)(file);
  } catch (error) {
    if (isErrno(error, "ENOENT")) return null;
    if (isErrno(error, "ENOTDIR")) {
      throw new UsageError(`${at}: a part of the path is a file, not a directory. ${STATE_DIR_FIX}`);
    }
    if (isErrno(error, "EACCES")) {
      throw new UsageError(
        `${at}: permission denied: this user cannot look into its parent. ${STATE_DIR_FIX}`
      );
    }
    throw error;
  }
}
async function isDirThroughLink(dir) {
  try {
    return (0, import_node_fs2.statSync)(dir).isDirectory();
  } catch {
    return false;
  }
}
async function checkAccess(dir, write, at) {
  try {
    (0, import_node_fs2.accessSync)(dir, import_node_fs2.constants.R_OK | import_node_fs2.constants.X_OK | (write ? import_node_fs2.constants.W_OK : 0));
  } catch {
    throw new UsageError(
      `${at}: permission denied: this user cannot ${write ? "write" : "read"} it. ${STATE_DIR_FIX}`
    );
  }
}
async function checkCreatable(dir, at) {
  let parent = import_node_path2.default.dirname(dir);
  for (; ; ) {
    const stat = await import_node_fs2.promises.stat(parent).catch((error) => {
      if (isErrno(error, "ENOENT")) return null;
      if (isErrno(error, "ENOTDIR")) return "not-dir";
      throw error;
    });
    if (stat === "not-dir" || stat !== null && !stat.isDirectory()) {
      throw new UsageError(
        `${at} cannot be created: a part of its path is a file, not a directory. ${STATE_DIR_FIX}`
      );
    }
    if (stat !== null) {
      try {
        await import_node_fs2.promises.access(parent, import_node_fs2.constants.W_OK | import_node_fs2.constants.X_OK);
      } catch {
        throw new UsageError(
          `${at} does not exist and this user cannot create it (${parent} is not writable). ${STATE_DIR_FIX}`
        );
      }
      return;
    }
    const up = import_node_path2.default.dirname(parent);
    if (up === parent) return;
    parent = up;
  }
}
function describeKind(stat) {
  if (stat.isDirectory()) return "a directory";
  if (stat.isSymbolicLink()) return "a symbolic link";
  if (stat.isFile()) return "a regular file";
  return specialKind(stat) ?? "not a regular file";
}
var import_node_fs2, import_node_path2, MAX_AUTH_JSON_BYTES, MAX_CONFIG_BYTES, PIPE_WRITER_WAIT_MS, PIPE_TOTAL_MS, PIPE_POLL_MS, STATE_DIR_FIX;
var init_check_paths = __esm({
  "src/platform/check-paths.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    import_node_path2 = __toESM(require("node:path"), 1);
    init_errors();
    init_secure_files();
    MAX_AUTH_JSON_BYTES = 64 * 1024;
    MAX_CONFIG_BYTES = 1024 * 1024;
    PIPE_WRITER_WAIT_MS = 1e4;
    PIPE_TOTAL_MS = 6e4;
    PIPE_POLL_MS = 20;
    STATE_DIR_FIX = "Choose a directory this user can write with --state-dir DIR or CODEX_AUTH_STATE_DIR (Action: input state-dir); it is created if missing.";
  }
});

// src/locks/backoff.ts
function backoffDelay(attempt, options = DEFAULT_BACKOFF) {
  const ceiling = Math.min(options.maxMs, options.initialMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
var DEFAULT_BACKOFF;
var init_backoff = __esm({
  "src/locks/backoff.ts"() {
    "use strict";
    DEFAULT_BACKOFF = { initialMs: 25, maxMs: 250 };
  }
});

// src/locks/file-lease-handle.ts
var FileLeaseHandle;
var init_file_lease_handle = __esm({
  "src/locks/file-lease-handle.ts"() {
    "use strict";
    FileLeaseHandle = class {
      /** `heartbeatLeaseMs` > 0: renew the lease every third of it while held (process mode). */
      constructor(lock, holder, heartbeatLeaseMs) {
        this.lock = lock;
        this.#holder = holder;
        if (heartbeatLeaseMs > 0) {
          this.#timer = setInterval(() => this.#beat(heartbeatLeaseMs), Math.max(10, heartbeatLeaseMs / 3));
          this.#timer.unref();
        }
      }
      lock;
      #holder;
      #done = false;
      #timer = null;
      #renewing = null;
      get holder() {
        return this.#holder;
      }
      async release() {
        if (this.#done) return false;
        this.#stop();
        await this.#renewing;
        return this.lock.releaseIfHeld(this.#holder.id);
      }
      #beat(leaseMs) {
        if (this.#renewing !== null || this.#done) return;
        this.#renewing = this.lock.renew(this.#holder.id, leaseMs).then((renewed) => {
          if (renewed === "lost") this.#stop();
          else if (renewed !== null) this.#holder = renewed;
        }).catch(() => {
        }).finally(() => {
          this.#renewing = null;
        });
      }
      #stop() {
        this.#done = true;
        if (this.#timer !== null) clearInterval(this.#timer);
        this.#timer = null;
      }
    };
  }
});

// src/locks/process-liveness.ts
function currentIdentity() {
  return {
    host: import_node_os.default.hostname(),
    bootId: readTrimmed("/proc/sys/kernel/random/boot_id"),
    pidNamespace: readLink("/proc/self/ns/pid")
  };
}
function sameProcessSpace(other, here = currentIdentity()) {
  if (other.host !== here.host) return false;
  if (other.bootId !== null && here.bootId !== null && other.bootId !== here.bootId) return false;
  if (other.pidNamespace !== null && here.pidNamespace !== null && other.pidNamespace !== here.pidNamespace) {
    return false;
  }
  return true;
}
function processStartTime(pid) {
  return readStat(pid)?.startTime ?? null;
}
function isProcessAlive(pid, startTime = null) {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    const code = error.code;
    if (code === "ESRCH") return false;
  }
  const stat = readStat(pid);
  if (stat === null) return true;
  if (stat.state === "Z" || stat.state === "X") return false;
  if (startTime !== null && stat.startTime !== startTime) return false;
  return true;
}
function readStat(pid) {
  const text = readTrimmed(`/proc/${pid}/stat`);
  if (text === null) return null;
  const rest = text.slice(text.lastIndexOf(")") + 2).split(" ");
  const state = rest[0];
  const startTime = rest[19];
  if (state === void 0 || startTime === void 0 || !/^\d+$/.test(startTime)) return null;
  return { state, startTime };
}
function readTrimmed(file) {
  try {
    return (0, import_node_fs3.readFileSync)(file, "utf8").trim();
  } catch {
    return null;
  }
}
function readLink(file) {
  try {
    return (0, import_node_fs3.readlinkSync)(file);
  } catch {
    return null;
  }
}
var import_node_fs3, import_node_os;
var init_process_liveness = __esm({
  "src/locks/process-liveness.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    import_node_os = __toESM(require("node:os"), 1);
  }
});

// src/locks/lease-record.ts
var lease_record_exports = {};
__export(lease_record_exports, {
  FORMAT_VERSION: () => FORMAT_VERSION,
  LOCK_FILE_NAME: () => LOCK_FILE_NAME,
  UNREADABLE_LOCK_LEASE_MS: () => UNREADABLE_LOCK_LEASE_MS,
  fileIdentity: () => fileIdentity,
  isStale: () => isStale,
  parseRecord: () => parseRecord,
  toHolder: () => toHolder,
  unreadable: () => unreadable
});
function isStale(snapshot) {
  const { holder, record } = snapshot;
  if (record !== null && holder.pid !== null) {
    const theirs = {
      host: record.host,
      bootId: record.bootId,
      pidNamespace: record.pidNamespace
    };
    if (sameProcessSpace(theirs)) return !isProcessAlive(holder.pid, record.pidStartTime);
  }
  return Date.parse(holder.expiresAt) <= Date.now();
}
function unreadable(file, reason, stat) {
  const written = stat.mtime;
  const holder = {
    id: "unknown",
    host: "unknown",
    pid: null,
    owner: `unknown (the lock file ${file} cannot be read: ${reason}; last written ${written.toISOString()})`,
    acquiredAt: written.toISOString(),
    expiresAt: new Date(written.getTime() + UNREADABLE_LOCK_LEASE_MS).toISOString()
  };
  return { holder, record: null, fileId: fileIdentity(stat) };
}
function fileIdentity(stat) {
  return `${stat.dev}:${stat.ino}:${stat.mtimeMs}:${stat.size}`;
}
function toHolder(record) {
  const { id, host, pid, owner, acquiredAt, expiresAt } = record;
  return { id, host, pid, owner, acquiredAt, expiresAt };
}
function parseRecord(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return text.trim() === "" ? "it is empty" : "it is not JSON";
  }
  if (typeof value !== "object" || value === null) return "it is not a JSON object";
  const v = value;
  for (const field of ["id", "host", "owner", "acquiredAt", "expiresAt"]) {
    if (typeof v[field] !== "string" || v[field] === "") return `field "${field}" is missing`;
  }
  for (const field of ["acquiredAt", "expiresAt"]) {
    if (Number.isNaN(Date.parse(v[field]))) return `field "${field}" is not a time`;
  }
  const pid = v.pid ?? null;
  if (pid !== null && !(Number.isSafeInteger(pid) && pid > 0)) return 'field "pid" is not a pid';
  const optional2 = (field) => typeof v[field] === "string" ? v[field] : null;
  return {
    version: typeof v.version === "number" ? v.version : FORMAT_VERSION,
    stream: optional2("stream") ?? "",
    mode: pid === null ? "lease" : "process",
    id: v.id,
    host: v.host,
    pid,
    owner: v.owner,
    acquiredAt: v.acquiredAt,
    expiresAt: v.expiresAt,
    bootId: optional2("bootId"),
    pidNamespace: optional2("pidNamespace"),
    pidStartTime: optional2("pidStartTime")
  };
}
var LOCK_FILE_NAME, UNREADABLE_LOCK_LEASE_MS, FORMAT_VERSION;
var init_lease_record = __esm({
  "src/locks/lease-record.ts"() {
    "use strict";
    init_process_liveness();
    LOCK_FILE_NAME = "lock.json";
    UNREADABLE_LOCK_LEASE_MS = 15 * 6e4;
    FORMAT_VERSION = 1;
  }
});

// src/locks/lease-file.ts
async function readLease(file) {
  let fd;
  try {
    fd = (0, import_node_fs4.openSync)(file, import_node_fs4.constants.O_RDONLY | import_node_fs4.constants.O_NOFOLLOW);
  } catch (error) {
    if (isErrno(error, "ENOENT")) return null;
    if (!isErrno(error, "ELOOP")) throw error;
    const stat = await import_node_fs4.promises.lstat(file).catch(() => null);
    return stat === null ? null : unreadable(file, "it is a symbolic link", stat);
  }
  try {
    const stat = (0, import_node_fs4.fstatSync)(fd);
    const record = parseRecord((0, import_node_fs4.readFileSync)(fd, "utf8"));
    if (typeof record === "string") return unreadable(file, record, stat);
    return { holder: toHolder(record), record, fileId: fileIdentity(stat) };
  } finally {
    (0, import_node_fs4.closeSync)(fd);
  }
}
async function createLeaseExclusive(file, record) {
  const temp = await sidePath(file, "tmp");
  const handle = await import_node_fs4.promises.open(
    temp,
    import_node_fs4.constants.O_WRONLY | import_node_fs4.constants.O_CREAT | import_node_fs4.constants.O_EXCL,
    PRIVATE_FILE_MODE
  );
  try {
    try {
      await handle.writeFile(`${JSON.stringify(record, null, 2)}
`, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await import_node_fs4.promises.link(temp, file);
    return true;
  } catch (error) {
    if (isErrno(error, "EEXIST")) return false;
    throw error;
  } finally {
    await import_node_fs4.promises.rm(temp, { force: true });
  }
}
async function removeLeaseIfUnchanged(file, snapshot) {
  const aside = await sidePath(file, "removed");
  try {
    await import_node_fs4.promises.rename(file, aside);
  } catch (error) {
    if (isErrno(error, "ENOENT")) return true;
    throw error;
  }
  try {
    const stat = await import_node_fs4.promises.lstat(aside);
    if (fileIdentity(stat) === snapshot.fileId) return true;
    await import_node_fs4.promises.link(aside, file).catch(() => {
    });
    return false;
  } finally {
    await import_node_fs4.promises.rm(aside, { force: true });
  }
}
async function sidePath(file, kind) {
  const { randomBytes: randomBytes2 } = await Promise.resolve().then(() => __toESM(require("node:crypto"), 1));
  return import_node_path3.default.join(import_node_path3.default.dirname(file), `.${LOCK_FILE_NAME}.${randomBytes2(6).toString("hex")}.${kind}`);
}
var import_node_fs4, import_node_path3;
var init_lease_file = __esm({
  "src/locks/lease-file.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    import_node_path3 = __toESM(require("node:path"), 1);
    init_secure_files();
    init_lease_record();
  }
});

// vendor:proper-lockfile
var proper_lockfile_exports = {};
__export(proper_lockfile_exports, {
  default: () => proper_lockfile_default
});
var sdk, proper_lockfile_default;
var init_proper_lockfile = __esm({
  "vendor:proper-lockfile"() {
    sdk = require("../vendor/proper-lockfile.js");
    proper_lockfile_default = sdk.default;
  }
});

// src/locks/lease-guard.ts
async function guarded(file, guard, critical, deadline, signal) {
  const { default: lockfile } = await Promise.resolve().then(() => (init_proper_lockfile(), proper_lockfile_exports));
  for (; ; ) {
    signal?.throwIfAborted();
    let unlock;
    try {
      unlock = await lockfile.lock(file, {
        lockfilePath: guard,
        realpath: false,
        stale: GUARD_STALE_MS,
        retries: 0,
        // The default throws from a timer. A broken guard is survivable: the lease writes re-check the file.
        onCompromised: () => {
        }
      });
    } catch (error) {
      if (!isErrno(error, "ELOCKED")) throw error;
      const left = deadline - Date.now();
      if (left <= 0) return { ok: false };
      await sleep(Math.min(left, 5 + Math.random() * 20), signal);
      continue;
    }
    try {
      return { ok: true, value: await critical() };
    } finally {
      await unlock().catch(() => {
      });
    }
  }
}
var GUARD_STALE_MS;
var init_lease_guard = __esm({
  "src/locks/lease-guard.ts"() {
    "use strict";
    init_secure_files();
    init_backoff();
    GUARD_STALE_MS = 2e3;
  }
});

// src/locks/lock.ts
function describeHolder(holder) {
  if (holder.run) {
    const job = holder.run.job ? `, job ${holder.run.job}` : "";
    return `run ${holder.run.id} (${holder.run.url}${job}, host ${holder.host}, since ${holder.acquiredAt})`;
  }
  const pid = holder.pid === null ? "no pid: a lease that outlives its process" : `pid ${holder.pid}`;
  return `${holder.owner} (host ${holder.host}, ${pid}, since ${holder.acquiredAt}, lease until ${holder.expiresAt})`;
}
var init_lock = __esm({
  "src/locks/lock.ts"() {
    "use strict";
  }
});

// src/locks/file-lease-lock.ts
var file_lease_lock_exports = {};
__export(file_lease_lock_exports, {
  FileLeaseLock: () => FileLeaseLock,
  UNGUARDED_RELEASE_MS: () => UNGUARDED_RELEASE_MS
});
var import_node_path4, NOTICE_EVERY_MS, UNGUARDED_RELEASE_MS, FileLeaseLock;
var init_file_lease_lock = __esm({
  "src/locks/file-lease-lock.ts"() {
    "use strict";
    import_node_path4 = __toESM(require("node:path"), 1);
    init_errors();
    init_secure_files();
    init_backoff();
    init_file_lease_handle();
    init_lease_file();
    init_lease_guard();
    init_lease_record();
    init_lock();
    init_process_liveness();
    NOTICE_EVERY_MS = 1e4;
    UNGUARDED_RELEASE_MS = 15e3;
    FileLeaseLock = class {
      constructor(dir, stream, options = {}) {
        this.dir = dir;
        this.stream = stream;
        this.file = import_node_path4.default.join(dir, LOCK_FILE_NAME);
        this.#guard = `${this.file}.guard`;
        this.#noticeEveryMs = options.noticeEveryMs ?? NOTICE_EVERY_MS;
      }
      dir;
      stream;
      kind = "file";
      file;
      #guard;
      #noticeEveryMs;
      async acquire(options) {
        if (!(options.timeoutMs >= 0) || !(options.leaseMs > 0)) {
          throw new RangeError(
            `lock timeout (${options.timeoutMs}) and lease (${options.leaseMs}) must be positive`
          );
        }
        const started = performance.now();
        const deadline = Date.now() + options.timeoutMs;
        await ensurePrivateDir(this.dir);
        const free = await this.#tryTake(options, "only-if-free");
        if (free.taken) return { handle: this.#handle(free.taken, options), waitedMs: 0 };
        let blocker = null;
        let lastNotice = null;
        for (let attempt = 0; ; attempt++) {
          options.signal?.throwIfAborted();
          const guardDeadline = Math.max(deadline, Date.now() + 500);
          const outcome = await this.#guarded(() => this.#tryTake(options), guardDeadline, options.signal);
          const waitedMs = Math.round(performance.now() - started);
          if (outcome.ok && outcome.value.taken)
            return { handle: this.#handle(outcome.value.taken, options), waitedMs };
          if (outcome.ok && outcome.value.blocker) blocker = outcome.value.blocker;
          if (Date.now() >= deadline) throw this.#timeoutError(blocker, waitedMs);
          if (blocker !== null && (lastNotice === null || waitedMs - lastNotice >= this.#noticeEveryMs)) {
            lastNotice = waitedMs;
            options.onWait?.(blocker, waitedMs);
          }
          await sleep(Math.max(0, Math.min(backoffDelay(attempt), deadline - Date.now())), options.signal);
        }
      }
      /**
       * Takes back a lease by id (restore in one process, persist in a later one). Succeeds while the file still holds
       * that id, even past expiresAt (nobody took it); the lease is not extended. Throws LockLostError otherwise.
       * Meant for `lease` mode: a resumed `process` lock still dies with the process that acquired it.
       */
      async resume(id) {
        const snapshot = await readLease(this.file);
        if (snapshot?.holder.id !== id) {
          const now = snapshot === null ? "it is free now" : `it is now held by ${describeHolder(snapshot.holder)}`;
          throw new LockLostError(
            `the lock on stream "${this.stream}" is no longer held under lease ${id}: it was released, or it expired and was taken over (${now}). Run the job again from restore so that the stream is locked anew.`
          );
        }
        return new FileLeaseHandle(this, snapshot.holder, 0);
      }
      /**
       * The holder named by the lock file, stale or not (`stale` says which); an unreadable file is reported as held
       * by "unknown".
       */
      async inspect() {
        const snapshot = await readLease(this.file);
        return snapshot === null ? null : { ...snapshot.holder, stale: isStale(snapshot) };
      }
      async forceRelease() {
        for (; ; ) {
          if (await readLease(this.file) === null) return null;
          const outcome = await this.#guarded(
            async () => {
              const snapshot = await readLease(this.file);
              if (snapshot === null) return { removed: null };
              return await removeLeaseIfUnchanged(this.file, snapshot) ? { removed: snapshot.holder } : null;
            },
            Date.now() + 3 * GUARD_STALE_MS
          );
          if (!outcome.ok) {
            throw new Error(`cannot force-release ${this.file}: its guard ${this.#guard} stays busy`);
          }
          if (outcome.value !== null) return outcome.value.removed;
        }
      }
      /**
       * Removes the lease only if it still carries `id`. False when it was released or taken over meanwhile.
       * A lease with time to run goes without the guard: nobody else writes it while it is not stale (a taker on this
       * machine judges a live holder by its pid and start time, one on another host by expiresAt, and only the holder
       * renews), so the removal's own check decides alone (moved aside, and put back unless it is the lease read).
       * A run that found its lock free then never loads the guard's library (about 11 ms of CPU while Codex starts).
       */
      async releaseIfHeld(id) {
        const snapshot = await readLease(this.file);
        if (snapshot?.holder.id !== id) return false;
        if (Date.parse(snapshot.holder.expiresAt) - Date.now() > UNGUARDED_RELEASE_MS) {
          return removeLeaseIfUnchanged(this.file, snapshot);
        }
        const outcome = await this.#guarded(
          async () => {
            const snapshot2 = await readLease(this.file);
            return snapshot2?.holder.id === id && await removeLeaseIfUnchanged(this.file, snapshot2);
          },
          Date.now() + 3 * GUARD_STALE_MS
        );
        if (!outcome.ok) throw new Error(`cannot release ${this.file}: its guard ${this.#guard} stays busy`);
        return outcome.value;
      }
      /** Pushes expiresAt forward. Returns the renewed holder, 'lost' if the lease is not ours any more, null if busy. */
      async renew(id, leaseMs) {
        const outcome = await this.#guarded(
          async () => {
            const snapshot = await readLease(this.file);
            if (snapshot?.record?.id !== id) return "lost";
            const record = {
              ...snapshot.record,
              expiresAt: new Date(Date.now() + leaseMs).toISOString()
            };
            await writePrivateFileAtomic(this.file, `${JSON.stringify(record, null, 2)}
`);
            return toHolder(record);
          },
          Date.now() + Math.max(200, leaseMs / 6)
        );
        return outcome.ok ? outcome.value : null;
      }
      #handle(taken, options) {
        return new FileLeaseHandle(this, taken, options.mode === "process" ? options.leaseMs : 0);
      }
      /** Under the guard: takes a free or stale lease. 'only-if-free' (no guard held): takes it only if none is on file. */
      async #tryTake(options, scope = "guarded") {
        const { randomUUID: randomUUID3 } = await Promise.resolve().then(() => __toESM(require("node:crypto"), 1));
        const snapshot = await readLease(this.file);
        if (snapshot !== null && scope === "only-if-free") return {};
        if (snapshot !== null) {
          if (!isStale(snapshot)) return { blocker: snapshot.holder };
          if (!await removeLeaseIfUnchanged(this.file, snapshot)) return {};
        }
        const now = Date.now();
        const identity = currentIdentity();
        const bound = options.mode === "process";
        const record = {
          version: FORMAT_VERSION,
          stream: this.stream,
          mode: options.mode,
          id: randomUUID3(),
          host: identity.host,
          pid: bound ? process.pid : null,
          owner: options.owner,
          acquiredAt: new Date(now).toISOString(),
          expiresAt: new Date(now + options.leaseMs).toISOString(),
          bootId: identity.bootId,
          pidNamespace: identity.pidNamespace,
          pidStartTime: bound ? processStartTime(process.pid) : null
        };
        return await createLeaseExclusive(this.file, record) ? { taken: toHolder(record) } : {};
      }
      #guarded(critical, deadline, signal) {
        return guarded(this.file, this.#guard, critical, deadline, signal);
      }
      #timeoutError(holder, waitedMs) {
        const seconds = (waitedMs / 1e3).toFixed(1);
        const held = holder === null ? `its guard ${this.#guard} stayed busy` : `it is held by ${describeHolder(holder)}`;
        return new LockTimeoutError(
          `timed out after ${seconds}s waiting for the lock on stream "${this.stream}": ${held}. Wait for that holder to finish and try again, raise --lock-timeout, or, if you know the holder is gone, remove the lock with \`codex-auth unlock --force --stream ${this.stream}\`.`
        );
      }
    };
  }
});

// src/locks/checked-lock.ts
var checked_lock_exports = {};
__export(checked_lock_exports, {
  CheckedFileLock: () => CheckedFileLock
});
var CheckedFileLock;
var init_checked_lock = __esm({
  "src/locks/checked-lock.ts"() {
    "use strict";
    init_check_paths();
    CheckedFileLock = class {
      constructor(inner, origin, stream, lockFileName) {
        this.inner = inner;
        this.origin = origin;
        this.stream = stream;
        this.lockFileName = lockFileName;
        this.kind = inner.kind;
      }
      inner;
      origin;
      stream;
      lockFileName;
      kind;
      async acquire(options) {
        await this.check(true);
        return this.inner.acquire(options);
      }
      async resume(id) {
        await this.check(true);
        return this.inner.resume(id);
      }
      async inspect() {
        await this.check(false);
        return this.inner.inspect();
      }
      async forceRelease() {
        await this.check(true);
        return this.inner.forceRelease();
      }
      check(write) {
        return checkStreamDir(this.origin, this.stream, write, [this.lockFileName]);
      }
    };
  }
});

// node_modules/valibot/dist/index.mjs
// @__NO_SIDE_EFFECTS__
function getGlobalConfig(config$1) {
  if (!config$1 && !store$4) return DEFAULT_CONFIG;
  return {
    lang: config$1?.lang ?? store$4?.lang,
    message: config$1?.message,
    abortEarly: config$1?.abortEarly ?? store$4?.abortEarly,
    abortPipeEarly: config$1?.abortPipeEarly ?? store$4?.abortPipeEarly
  };
}
// @__NO_SIDE_EFFECTS__
function getGlobalMessage(lang) {
  return store$3?.get(lang);
}
// @__NO_SIDE_EFFECTS__
function getSchemaMessage(lang) {
  return store$2?.get(lang);
}
// @__NO_SIDE_EFFECTS__
function getSpecificMessage(reference, lang) {
  return store$1?.get(reference)?.get(lang);
}
// @__NO_SIDE_EFFECTS__
function _stringify(input) {
  const type = typeof input;
  if (type === "string") return `"${input}"`;
  if (type === "number" || type === "bigint" || type === "boolean") return `${input}`;
  if (type === "object" || type === "function") return (input && Object.getPrototypeOf(input)?.constructor?.name) ?? "null";
  return type;
}
function _addIssue(context, label, dataset, config$1, other) {
  const input = other && "input" in other ? other.input : dataset.value;
  const expected = other?.expected ?? context.expects ?? null;
  const received = other?.received ?? /* @__PURE__ */ _stringify(input);
  const issue = {
    kind: context.kind,
    type: context.type,
    input,
    expected,
    received,
    message: `Invalid ${label}: ${expected ? `Expected ${expected} but r` : "R"}eceived ${received}`,
    requirement: context.requirement,
    path: other?.path,
    issues: other?.issues,
    lang: config$1.lang,
    abortEarly: config$1.abortEarly,
    abortPipeEarly: config$1.abortPipeEarly
  };
  const isSchema = context.kind === "schema";
  const message$1 = other?.message ?? context.message ?? /* @__PURE__ */ getSpecificMessage(context.reference, issue.lang) ?? (isSchema ? /* @__PURE__ */ getSchemaMessage(issue.lang) : null) ?? config$1.message ?? /* @__PURE__ */ getGlobalMessage(issue.lang);
  if (message$1 !== void 0) issue.message = typeof message$1 === "function" ? message$1(issue) : message$1;
  if (isSchema) dataset.typed = false;
  if (dataset.issues) dataset.issues.push(issue);
  else dataset.issues = [issue];
}
// @__NO_SIDE_EFFECTS__
function _isSameValueZero(value1, value2) {
  return value1 === value2 || Number.isNaN(value1) && Number.isNaN(value2);
}
// @__NO_SIDE_EFFECTS__
function _isValidObjectKey(object$1, key) {
  return Object.prototype.hasOwnProperty.call(object$1, key) && key !== "__proto__" && key !== "prototype" && key !== "constructor";
}
// @__NO_SIDE_EFFECTS__
function _joinExpects(values$1, separator) {
  const list = [...new Set(values$1)];
  if (list.length > 1) return `(${list.join(` ${separator} `)})`;
  return list[0] ?? "never";
}
function _standardSchema(schema) {
  schema["~standard"] = {
    version: 1,
    vendor: "valibot",
    validate: (value$1) => schema["~run"]({ value: value$1 }, /* @__PURE__ */ getGlobalConfig())
  };
  return schema;
}
// @__NO_SIDE_EFFECTS__
function getDotPath(issue) {
  if (issue.path) {
    let key = "";
    for (const item of issue.path) if (typeof item.key === "string" || typeof item.key === "number") if (key) key += `.${item.key}`;
    else key += item.key;
    else return null;
    return key;
  }
  return null;
}
// @__NO_SIDE_EFFECTS__
function check(requirement, message$1) {
  return {
    kind: "validation",
    type: "check",
    reference: check,
    async: false,
    expects: null,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function integer(message$1) {
  return {
    kind: "validation",
    type: "integer",
    reference: integer,
    async: false,
    expects: null,
    requirement: Number.isInteger,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "integer", dataset, config$1);
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function minLength(requirement, message$1) {
  return {
    kind: "validation",
    type: "min_length",
    reference: minLength,
    async: false,
    expects: `>=${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && dataset.value.length < this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function minValue(requirement, message$1) {
  return {
    kind: "validation",
    type: "min_value",
    reference: minValue,
    async: false,
    expects: `>=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !(dataset.value >= this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function getFallback(schema, dataset, config$1) {
  return typeof schema.fallback === "function" ? schema.fallback(dataset, config$1) : schema.fallback;
}
// @__NO_SIDE_EFFECTS__
function getDefault(schema, dataset, config$1) {
  return typeof schema.default === "function" ? schema.default(dataset, config$1) : schema.default;
}
// @__NO_SIDE_EFFECTS__
function literal(literal_, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "literal",
    reference: literal,
    expects: /* @__PURE__ */ _stringify(literal_),
    async: false,
    literal: literal_,
    message: message$1,
    "~run"(dataset, config$1) {
      if (/* @__PURE__ */ _isSameValueZero(dataset.value, this.literal)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function looseObject(entries$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "loose_object",
    reference: looseObject,
    expects: "Object",
    async: false,
    entries: entries$1,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input && typeof input === "object") {
        dataset.typed = true;
        dataset.value = {};
        for (const key in this.entries) {
          const valueSchema = this.entries[key];
          if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
            const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
            const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
            if (valueDataset.issues) {
              const pathItem = {
                type: "object",
                origin: "value",
                input,
                key,
                value: value$1
              };
              for (const issue of valueDataset.issues) {
                if (issue.path) issue.path.unshift(pathItem);
                else issue.path = [pathItem];
                dataset.issues?.push(issue);
              }
              if (!dataset.issues) dataset.issues = valueDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!valueDataset.typed) dataset.typed = false;
            dataset.value[key] = valueDataset.value;
          } else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
          else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
            _addIssue(this, "key", dataset, config$1, {
              input: void 0,
              expected: `"${key}"`,
              path: [{
                type: "object",
                origin: "key",
                input,
                key,
                value: input[key]
              }]
            });
            if (config$1.abortEarly) break;
          }
        }
        if (!dataset.issues || !config$1.abortEarly) {
          for (const key in input) if (/* @__PURE__ */ _isValidObjectKey(input, key) && !Object.prototype.hasOwnProperty.call(this.entries, key)) dataset.value[key] = input[key];
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function nullable(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "nullable",
    reference: nullable,
    expects: `(${wrapped.expects} | null)`,
    async: false,
    wrapped,
    default: default_,
    "~run"(dataset, config$1) {
      if (dataset.value === null) {
        if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
        if (dataset.value === null) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config$1);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function nullish(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "nullish",
    reference: nullish,
    expects: `(${wrapped.expects} | null | undefined)`,
    async: false,
    wrapped,
    default: default_,
    "~run"(dataset, config$1) {
      if (dataset.value === null || dataset.value === void 0) {
        if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
        if (dataset.value === null || dataset.value === void 0) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config$1);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function number(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "number",
    reference: number,
    expects: "number",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "number" && !isNaN(dataset.value)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function object(entries$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "object",
    reference: object,
    expects: "Object",
    async: false,
    entries: entries$1,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input && typeof input === "object") {
        dataset.typed = true;
        dataset.value = {};
        for (const key in this.entries) {
          const valueSchema = this.entries[key];
          if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
            const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
            const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
            if (valueDataset.issues) {
              const pathItem = {
                type: "object",
                origin: "value",
                input,
                key,
                value: value$1
              };
              for (const issue of valueDataset.issues) {
                if (issue.path) issue.path.unshift(pathItem);
                else issue.path = [pathItem];
                dataset.issues?.push(issue);
              }
              if (!dataset.issues) dataset.issues = valueDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!valueDataset.typed) dataset.typed = false;
            dataset.value[key] = valueDataset.value;
          } else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
          else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
            _addIssue(this, "key", dataset, config$1, {
              input: void 0,
              expected: `"${key}"`,
              path: [{
                type: "object",
                origin: "key",
                input,
                key,
                value: input[key]
              }]
            });
            if (config$1.abortEarly) break;
          }
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function optional(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "optional",
    reference: optional,
    expects: `(${wrapped.expects} | undefined)`,
    async: false,
    wrapped,
    default: default_,
    "~run"(dataset, config$1) {
      if (dataset.value === void 0) {
        if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
        if (dataset.value === void 0) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config$1);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function picklist(options, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "picklist",
    reference: picklist,
    expects: /* @__PURE__ */ _joinExpects(options.map(_stringify), "|"),
    async: false,
    options,
    message: message$1,
    "~run"(dataset, config$1) {
      if (this.options.includes(dataset.value)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function string(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "string",
    reference: string,
    expects: "string",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "string") dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function unknown() {
  return _standardSchema({
    kind: "schema",
    type: "unknown",
    reference: unknown,
    expects: "unknown",
    async: false,
    "~run"(dataset) {
      dataset.typed = true;
      return dataset;
    }
  });
}
function parse(schema, input, config$1) {
  const dataset = schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
  if (dataset.issues) throw new ValiError(dataset.issues);
  return dataset.value;
}
// @__NO_SIDE_EFFECTS__
function pipe(...pipe$1) {
  return _standardSchema({
    ...pipe$1[0],
    pipe: pipe$1,
    "~run"(dataset, config$1) {
      for (const item of pipe$1) if (item.kind !== "metadata") {
        if (dataset.issues && (item.kind === "schema" || item.kind === "transformation")) {
          dataset.typed = false;
          break;
        }
        if (!dataset.issues || !config$1.abortEarly && !config$1.abortPipeEarly) dataset = item["~run"](dataset, config$1);
      }
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function safeParse(schema, input, config$1) {
  const dataset = schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
  return {
    typed: dataset.typed,
    success: !dataset.issues,
    output: dataset.value,
    issues: dataset.issues
  };
}
var store$4, DEFAULT_CONFIG, store$3, store$2, store$1, ValiError, EMOJI_REGEX;
var init_dist = __esm({
  "node_modules/valibot/dist/index.mjs"() {
    DEFAULT_CONFIG = {
      lang: void 0,
      message: void 0,
      abortEarly: void 0,
      abortPipeEarly: void 0
    };
    ValiError = class extends Error {
      /**
      * Creates a Valibot error with useful information.
      *
      * @param issues The error issues.
      */
      constructor(issues) {
        super(issues[0].message);
        this.name = "ValiError";
        this.issues = issues;
      }
    };
    EMOJI_REGEX = new RegExp("^(?:[\\u{1F1E6}-\\u{1F1FF}]{2}|\\u{1F3F4}[\\u{E0061}-\\u{E007A}]{2}[\\u{E0030}-\\u{E0039}\\u{E0061}-\\u{E007A}]{1,3}\\u{E007F}|(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation})(?:\\u200D(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation}))*)+$", "u");
  }
});

// src/locks/git-ref-lock.ts
var git_ref_lock_exports = {};
__export(git_ref_lock_exports, {
  GitRefLock: () => GitRefLock,
  lockRef: () => lockRef,
  releasedRef: () => releasedRef
});
function lockRef(stream) {
  return `refs/codex-auth/locks/${stream}`;
}
function releasedRef(stream) {
  return `${lockRef(stream)}+released`;
}
var import_node_crypto, import_node_os2, POLL, holderSchema, GitRefLock;
var init_git_ref_lock = __esm({
  "src/locks/git-ref-lock.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    import_node_os2 = __toESM(require("node:os"), 1);
    init_dist();
    init_errors();
    init_git_refs();
    init_ref_handoff();
    init_workflow_run();
    init_backoff();
    init_lock();
    POLL = { initialMs: 500, maxMs: 1e4 };
    holderSchema = object({
      id: string(),
      host: string(),
      pid: nullable(number()),
      owner: string(),
      acquiredAt: string(),
      expiresAt: string(),
      run: optional(
        object({
          repository: string(),
          id: number(),
          attempt: number(),
          job: nullable(string()),
          url: string()
        })
      )
    });
    GitRefLock = class {
      constructor(git, client, stream, options = {}) {
        this.git = git;
        this.client = client;
        this.stream = stream;
        this.options = options;
        this.ref = lockRef(stream);
        this.marker = releasedRef(stream);
      }
      git;
      client;
      stream;
      options;
      kind = "git-ref";
      ref;
      marker;
      holders = /* @__PURE__ */ new Map();
      warnedNoActionsRead = false;
      /**
       * The lock ref's commit (null: never taken), whether it is held (not at its release marker), and the listing it
       * came from: the lock's own refs, or with a handoff every codex-auth ref, in the same one call.
       */
      async heldAt() {
        const refs = await this.git.listRefs(this.options.handoff ? CODEX_AUTH_REFS : this.ref);
        const tip = refs.get(this.ref) ?? null;
        return { tip, held: tip !== null && tip !== (refs.get(this.marker) ?? null), refs };
      }
      async acquire(options) {
        const started = Date.now();
        const deadline = started + options.timeoutMs;
        const noticeEvery = this.options.noticeEveryMs ?? 1e4;
        let lastNotice = -Infinity;
        this.options.handoff?.clear();
        for (let attempt = 0; ; attempt++) {
          options.signal?.throwIfAborted();
          const { tip, held, refs } = await this.heldAt();
          if (!held) {
            const holder = this.newHolder(options);
            const mine = await this.git.createCommit(this.message(holder), tip === null ? [] : [tip]);
            const took = tip === null ? await this.git.createRef(this.ref, mine) : await this.git.fastForward(this.ref, mine) === "updated";
            if (took) {
              this.options.handoff?.offer(refs);
              return this.acquired(holder, mine, options, started);
            }
            continue;
          }
          const current = tip;
          const theirs = await this.holderAt(current);
          if (await this.isStale(theirs)) {
            const takeover = this.newHolder(options);
            const sha = await this.git.createCommit(this.message(takeover, theirs), [current]);
            if (await this.git.fastForward(this.ref, sha) === "updated") {
              this.options.log?.info(
                `took over the lock of stream "${this.stream}" from ${describeHolder(theirs)}, which is gone.`
              );
              return this.acquired(takeover, sha, options, started);
            }
            continue;
          }
          const waited = Date.now() - started;
          if (Date.now() >= deadline) {
            throw new LockTimeoutError(
              `the lock of stream "${this.stream}" is held by ${describeHolder(theirs)} and was not released within ${Math.round(options.timeoutMs / 1e3)} s. Wait for that run, raise lock-timeout, or, if you know it is gone, run \`codex-auth unlock --force --store git-ref --stream ${this.stream}\`.`
            );
          }
          if (waited - lastNotice >= noticeEvery) {
            lastNotice = waited;
            options.onWait?.(theirs, waited);
          }
          await sleep(Math.min(backoffDelay(attempt, POLL), Math.max(0, deadline - Date.now())), options.signal);
        }
      }
      async resume(id) {
        const { tip: sha, held, refs } = await this.heldAt();
        const holder = sha && held ? await this.holderAt(sha) : null;
        if (!sha || holder?.id !== id) {
          throw new LockLostError(
            `the lock of stream "${this.stream}" is no longer this job's (${holder ? `now held by ${describeHolder(holder)}` : "it is free"}): it was released or taken over meanwhile. Run the job again from restore.`
          );
        }
        this.options.handoff?.offer(refs);
        return this.handle(holder, sha, null);
      }
      async inspect() {
        const { tip, held } = await this.heldAt();
        if (!tip || !held) return null;
        const holder = await this.holderAt(tip);
        return { ...holder, stale: await this.isStale(holder) };
      }
      /** Frees the lock whoever holds it (unlock --force, revoke): the marker is moved to the holder's commit. */
      async forceRelease() {
        const { tip, held } = await this.heldAt();
        if (!tip || !held) return null;
        const holder = await this.holderAt(tip);
        return await this.markReleased(tip, true) ? holder : null;
      }
      /**
       * Moves the marker to `sha`. A fast-forward: the marker's last value is the free commit our holder commit was
       * built on (or the commit it took over from), so it is an ancestor of `sha`. `force` only for unlock --force,
       * which overrides whatever the marker says.
       */
      async markReleased(sha, force = false) {
        const moved = await this.git.fastForward(this.marker, sha, force);
        if (moved === "updated") return true;
        if (moved === "missing") return this.git.createRef(this.marker, sha);
        return false;
      }
      newHolder(options) {
        const now = Date.now();
        const leaseMs = this.options.run ? Math.max(options.leaseMs, 6 * 60 * 60 * 1e3) : options.leaseMs;
        return {
          id: (0, import_node_crypto.randomUUID)(),
          host: import_node_os2.default.hostname(),
          pid: options.mode === "process" ? process.pid : null,
          owner: options.owner,
          acquiredAt: new Date(now).toISOString(),
          expiresAt: new Date(now + leaseMs).toISOString(),
          ...this.options.run ? { run: this.options.run } : {}
        };
      }
      message(holder, replaced) {
        const subject = `codex-auth: lock of stream ${this.stream}${replaced ? ` (taken over from ${replaced.id})` : ""}`;
        return commitMessage(subject, JSON.stringify(holder, null, 2));
      }
      async holderAt(sha) {
        const cached = this.holders.get(sha);
        if (cached) return cached;
        let holder;
        try {
          holder = parse(holderSchema, JSON.parse(payloadOf(await this.git.readMessage(sha))));
        } catch (error) {
          if (isUsageError(error)) throw error;
          const now = /* @__PURE__ */ new Date();
          holder = {
            id: `unknown-${sha.slice(0, 12)}`,
            host: "unknown",
            pid: null,
            owner: `an unreadable lock commit ${sha.slice(0, 12)}`,
            acquiredAt: now.toISOString(),
            expiresAt: new Date(now.getTime() + 60 * 60 * 1e3).toISOString()
          };
        }
        this.holders.set(sha, holder);
        return holder;
      }
      async isStale(holder) {
        if (holder.run) {
          const liveness = await this.runLivenessOf(holder.run);
          if (liveness === "gone") return true;
          if (liveness === "active") return false;
        }
        return Date.parse(holder.expiresAt) < Date.now();
      }
      async runLivenessOf(run7) {
        const value = await runLiveness(this.client, run7);
        if (value === "unknown" && !this.warnedNoActionsRead) {
          this.warnedNoActionsRead = true;
          this.options.log?.warn(
            `cannot read the status of run ${run7.id} that holds the lock of stream "${this.stream}": add \`permissions: actions: read\` so a finished holder is recognised at once; until then its lease decides.`
          );
        }
        return value;
      }
      acquired(holder, sha, options, started) {
        const heartbeat = options.mode === "process" && !this.options.run ? options.leaseMs / 3 : null;
        return { handle: this.handle(holder, sha, heartbeat), waitedMs: Date.now() - started };
      }
      /** Heartbeat (holders outside Actions): a new commit on top of ours with a later lease, by fast-forward. */
      handle(holder, sha, heartbeatMs) {
        let current = sha;
        let currentHolder = holder;
        let renewing = Promise.resolve();
        const timer = heartbeatMs === null ? null : setInterval(() => {
          renewing = (async () => {
            const leaseMs = Date.parse(currentHolder.expiresAt) - Date.parse(currentHolder.acquiredAt);
            const renewed = { ...currentHolder, expiresAt: new Date(Date.now() + leaseMs).toISOString() };
            const next = await this.git.createCommit(this.message(renewed), [current]);
            if (await this.git.fastForward(this.ref, next) === "updated") {
              current = next;
              currentHolder = renewed;
              this.holders.set(next, renewed);
            }
          })().catch(() => void 0);
        }, heartbeatMs);
        timer?.unref();
        return {
          holder,
          release: async () => {
            if (timer) clearInterval(timer);
            this.options.handoff?.clear();
            await renewing;
            return this.markReleased(current);
          }
        };
      }
    };
  }
});

// src/locks/no-lock.ts
var no_lock_exports = {};
__export(no_lock_exports, {
  NoLock: () => NoLock
});
function noLockHandle(holder) {
  return { holder, release: async () => true };
}
var import_node_crypto2, import_node_os3, NoLock;
var init_no_lock = __esm({
  "src/locks/no-lock.ts"() {
    "use strict";
    import_node_crypto2 = require("node:crypto");
    import_node_os3 = __toESM(require("node:os"), 1);
    NoLock = class {
      kind = "none";
      async acquire(options) {
        options.signal?.throwIfAborted();
        const now = Date.now();
        const holder = {
          id: (0, import_node_crypto2.randomUUID)(),
          host: import_node_os3.default.hostname(),
          pid: options.mode === "process" ? process.pid : null,
          owner: options.owner,
          acquiredAt: new Date(now).toISOString(),
          expiresAt: new Date(now + options.leaseMs).toISOString()
        };
        return { handle: noLockHandle(holder), waitedMs: 0 };
      }
      async resume(id) {
        const now = (/* @__PURE__ */ new Date()).toISOString();
        return noLockHandle({
          id,
          host: import_node_os3.default.hostname(),
          pid: null,
          owner: "no lock",
          acquiredAt: now,
          expiresAt: now
        });
      }
      async inspect() {
        return null;
      }
      async forceRelease() {
        return null;
      }
    };
  }
});

// src/locks/create-lock.ts
function parseLockKind(value) {
  if (LOCK_KINDS.includes(value)) return value;
  throw new UsageError(`unknown lock "${value}": use one of ${LOCK_KINDS.join(", ")}.`);
}
function defaultLockKind(store, onGitHub) {
  if (store.kind === "file") return "file";
  if (store.kind === "git-ref") return "git-ref";
  return onGitHub ? "git-ref" : "file";
}
async function createLock(kind, store, deps) {
  switch (kind) {
    case "file": {
      const [{ FileLeaseLock: FileLeaseLock2 }, { LOCK_FILE_NAME: LOCK_FILE_NAME2 }, { CheckedFileLock: CheckedFileLock2 }] = await Promise.all([
        Promise.resolve().then(() => (init_file_lease_lock(), file_lease_lock_exports)),
        Promise.resolve().then(() => (init_lease_record(), lease_record_exports)),
        Promise.resolve().then(() => (init_checked_lock(), checked_lock_exports))
      ]);
      return new CheckedFileLock2(
        new FileLeaseLock2(import_node_path5.default.join(store.stateDir, store.stream), store.stream),
        stateDirOrigin(store),
        store.stream,
        LOCK_FILE_NAME2
      );
    }
    case "git-ref": {
      const { GitRefLock: GitRefLock2 } = await Promise.resolve().then(() => (init_git_ref_lock(), git_ref_lock_exports));
      return new GitRefLock2(deps.git(), deps.client(), store.stream, {
        run: deps.run,
        log: deps.log,
        handoff: deps.handoff
      });
    }
    case "none": {
      const { NoLock: NoLock2 } = await Promise.resolve().then(() => (init_no_lock(), no_lock_exports));
      return new NoLock2();
    }
  }
}
var import_node_path5;
var init_create_lock = __esm({
  "src/locks/create-lock.ts"() {
    "use strict";
    import_node_path5 = __toESM(require("node:path"), 1);
    init_errors();
    init_backend_kinds();
    init_check_paths();
  }
});

// src/core/rfc3339.ts
var RFC3339, rfc3339;
var init_rfc3339 = __esm({
  "src/core/rfc3339.ts"() {
    "use strict";
    init_dist();
    RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;
    rfc3339 = pipe(
      string(),
      check(
        (value) => RFC3339.test(value) && !Number.isNaN(Date.parse(value)),
        "must be an RFC 3339 timestamp such as 2026-11-21T08:04:24.763008311Z"
      )
    );
  }
});

// src/core/envelope.ts
function serializeEnvelope(envelope) {
  return `${JSON.stringify(envelope, null, 2)}
`;
}
function isEnvelopeText(text) {
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return /"(generation|keyId|ciphertext)"\s*:/.test(text);
  }
  return typeof json === "object" && json !== null && "ciphertext" in json;
}
function parseEnvelope(text, origin) {
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new EnvelopeError(
      `${origin} is not a codex-auth envelope (not JSON). It was not written by codex-auth or is damaged; the file is left as it is. Restore it from a backup, or reseed the stream with \`codex-auth seed --force\`.`
    );
  }
  const version = json?.version;
  if (version !== ENVELOPE_VERSION) {
    throw new EnvelopeError(
      `${origin} has envelope format version ${JSON.stringify(version ?? null)}; this codex-auth reads version ${ENVELOPE_VERSION}. Use the codex-auth release that wrote it, or reseed the stream with \`codex-auth seed --force\`.`
    );
  }
  const parsed = safeParse(envelopeSchema, json);
  if (!parsed.success) {
    const fields = parsed.issues.map((issue) => getDotPath(issue) ?? "(top level)").join(", ");
    throw new EnvelopeError(
      `${origin} is a damaged envelope (bad fields: ${fields}). The stored copy is left as it is; restore it or reseed with \`codex-auth seed --force\`.`
    );
  }
  return parsed.output;
}
var ENVELOPE_VERSION, ALGORITHM, nonEmpty, envelopeSchema;
var init_envelope = __esm({
  "src/core/envelope.ts"() {
    "use strict";
    init_dist();
    init_rfc3339();
    init_errors();
    ENVELOPE_VERSION = 1;
    ALGORITHM = "xchacha20poly1305-ietf";
    nonEmpty = pipe(string(), minLength(1));
    envelopeSchema = object({
      version: literal(ENVELOPE_VERSION),
      stream: nonEmpty,
      generation: pipe(number(), integer(), minValue(1)),
      writtenAt: rfc3339,
      writer: string(),
      lastRefresh: nullable(rfc3339),
      fingerprint: nonEmpty,
      keyId: nonEmpty,
      algorithm: literal(ALGORITHM),
      nonce: nonEmpty,
      ciphertext: nonEmpty
    });
  }
});

// src/stores/rollback-guard.ts
function markOf(envelope) {
  return {
    generation: envelope.generation,
    fingerprint: envelope.fingerprint,
    writtenAt: envelope.writtenAt,
    writer: envelope.writer
  };
}
function parseMark(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null || !Number.isSafeInteger(value.generation)) return null;
  const textOf = (field) => typeof field === "string" ? field : null;
  return {
    generation: value.generation,
    fingerprint: textOf(value.fingerprint),
    writtenAt: textOf(value.writtenAt),
    writer: textOf(value.writer)
  };
}
function rollbackOf(envelope, mark) {
  if (mark === null) return null;
  if (envelope.generation < mark.generation) return "older";
  const forked = envelope.generation === mark.generation && mark.fingerprint !== null && envelope.fingerprint !== mark.fingerprint;
  return forked ? "forked" : null;
}
function describeMark(mark, where) {
  return `(${mark.writtenAt ?? "at an unknown time"} by ${mark.writer ?? "another run"}; high-water mark in ${where})`;
}
function refuseRollback(envelope, mark, where) {
  const rollback = rollbackOf(envelope, mark);
  if (rollback === null || mark === null) return;
  const what = rollback === "older" ? `generation ${envelope.generation} (written ${envelope.writtenAt} by ${envelope.writer}), but generation ${mark.generation} was already written ${describeMark(mark, where.mark)}` : `a copy of generation ${envelope.generation} that is not the one written ${describeMark(mark, where.mark)}`;
  throw new RollbackRefusedError(
    `stream "${where.stream}" in ${where.location} holds ${what}: an older copy was put back (a restored backup or snapshot, or the previous generation copied over the current one). Its refresh token was already rotated away, and using it could make the ChatGPT side revoke the whole session, so nothing was run and nothing was changed. To recover, put the newest copy back if you have it; otherwise sign in again on a trusted machine and reseed with \`codex-auth seed --force --stream ${where.stream} --auth-file ~/.codex/auth.json\` (seed --force is the only way below the high-water mark).`
  );
}
var import_node_fs5, HighWaterFile;
var init_rollback_guard = __esm({
  "src/stores/rollback-guard.ts"() {
    "use strict";
    import_node_fs5 = require("node:fs");
    init_errors();
    init_secure_files();
    HighWaterFile = class {
      constructor(file) {
        this.file = file;
      }
      file;
      /** Null when there is none or it cannot be read; it is rewritten at the next write, and never blocks by itself. */
      async read() {
        const text = await readPrivateFile(this.file);
        return text === null ? null : parseMark(text);
      }
      async write(mark) {
        await writePrivateFileAtomic(this.file, `${JSON.stringify(mark, null, 2)}
`);
      }
      async remove() {
        await import_node_fs5.promises.rm(this.file, { force: true });
      }
    };
  }
});

// src/stores/state-dir.ts
function defaultStateDir(env) {
  const fromEnv = env[STATE_DIR_ENV];
  return fromEnv && fromEnv !== "" ? import_node_path6.default.resolve(fromEnv) : import_node_path6.default.join(import_node_os4.default.homedir(), ".codex-auth");
}
function streamDir(stateDir, stream) {
  return import_node_path6.default.join(stateDir, stream);
}
function defaultStateDirSource(env) {
  const fromEnv = env[STATE_DIR_ENV];
  return fromEnv && fromEnv !== "" ? STATE_DIR_ENV : "the default state directory";
}
var import_node_os4, import_node_path6, STATE_DIR_ENV;
var init_state_dir = __esm({
  "src/stores/state-dir.ts"() {
    "use strict";
    import_node_os4 = __toESM(require("node:os"), 1);
    import_node_path6 = __toESM(require("node:path"), 1);
    STATE_DIR_ENV = "CODEX_AUTH_STATE_DIR";
  }
});

// src/stores/store.ts
async function readGeneration(store) {
  try {
    return (await store.read())?.generation ?? 0;
  } catch {
    return null;
  }
}
function serializeJobsAdvice(lock) {
  return `Serialize the jobs of one stream: keep ${lock} for every job that uses it (never \`lock: none\` / \`--lock none\` for jobs that may overlap) and, in GitHub Actions, add a \`concurrency:\` group.`;
}
var init_store = __esm({
  "src/stores/store.ts"() {
    "use strict";
  }
});

// src/stores/file-store.ts
var file_store_exports = {};
__export(file_store_exports, {
  FileStore: () => FileStore,
  HIGH_WATER: () => HIGH_WATER,
  STATE_DIR_ENV: () => STATE_DIR_ENV,
  defaultStateDir: () => defaultStateDir,
  defaultStateDirSource: () => defaultStateDirSource,
  streamDir: () => streamDir
});
var import_node_fs6, import_node_path7, CURRENT, PREVIOUS, HIGH_WATER, OWNED_FILES, FileStore;
var init_file_store = __esm({
  "src/stores/file-store.ts"() {
    "use strict";
    import_node_fs6 = require("node:fs");
    import_node_path7 = __toESM(require("node:path"), 1);
    init_envelope();
    init_errors();
    init_check_paths();
    init_secure_files();
    init_rollback_guard();
    init_state_dir();
    init_store();
    init_state_dir();
    CURRENT = "envelope.json";
    PREVIOUS = "envelope.prev.json";
    HIGH_WATER = "high-water.json";
    OWNED_FILES = [CURRENT, PREVIOUS, HIGH_WATER];
    FileStore = class {
      constructor(stateDir, stream, origin) {
        this.stream = stream;
        this.dir = streamDir(stateDir, stream);
        this.privatePaths = [import_node_path7.default.resolve(stateDir)];
        this.location = import_node_path7.default.join(this.dir, CURRENT);
        this.mark = new HighWaterFile(import_node_path7.default.join(this.dir, HIGH_WATER));
        this.origin = origin ?? { dir: stateDir, source: "the state directory" };
      }
      stream;
      kind = "file";
      location;
      readBackAfterWrite = true;
      /** The whole state directory: other streams' envelopes and locks are no business of this job's agent. */
      privatePaths;
      dir;
      mark;
      origin;
      async read() {
        await checkStreamDir(this.origin, this.stream, false, OWNED_FILES);
        const text = await readPrivateFile(this.location);
        if (text === null) return null;
        const envelope = parseEnvelope(text, this.location);
        refuseRollback(envelope, await this.mark.read(), {
          stream: this.stream,
          location: this.location,
          mark: this.mark.file
        });
        return envelope;
      }
      async storedStreams() {
        const root = import_node_path7.default.dirname(this.dir);
        const entries = await import_node_fs6.promises.readdir(root, { withFileTypes: true }).catch(() => []);
        const streams = [];
        for (const entry of entries) {
          if (!entry.isDirectory()) continue;
          const file = import_node_path7.default.join(root, entry.name, CURRENT);
          const text = await import_node_fs6.promises.readFile(file, "utf8").catch(() => null);
          if (text === null) continue;
          let fingerprint = null;
          try {
            fingerprint = parseEnvelope(text, file).fingerprint;
          } catch {
          }
          streams.push({ name: entry.name, fingerprint });
        }
        return streams.sort((a, b) => a.name.localeCompare(b.name));
      }
      async highWater() {
        return (await this.mark.read())?.generation ?? null;
      }
      currentGeneration() {
        return readGeneration(this);
      }
      async write(envelope, expectedGeneration) {
        await checkStreamDir(this.origin, this.stream, true, OWNED_FILES);
        await ensurePrivateDir(this.dir);
        const { default: lockfile } = await Promise.resolve().then(() => (init_proper_lockfile(), proper_lockfile_exports));
        const release = await lockfile.lock(this.dir, {
          lockfilePath: import_node_path7.default.join(this.dir, ".write.lock"),
          realpath: false,
          stale: 1e4,
          retries: { retries: 50, minTimeout: 20, maxTimeout: 200 }
        });
        try {
          const currentText = await readPrivateFile(this.location);
          const current = currentText === null || expectedGeneration === "replace" ? null : parseEnvelope(currentText, this.location);
          const currentGeneration = current?.generation ?? 0;
          if (expectedGeneration !== "replace" && currentGeneration !== expectedGeneration) {
            throw new StoreConflictError(
              current ? `stream "${this.stream}" is at generation ${currentGeneration} (written ${current.writtenAt} by ${current.writer}), not ${expectedGeneration} as loaded: someone else wrote it meanwhile, so this copy was NOT written over it. ${serializeJobsAdvice("the stream lock")}` : `stream "${this.stream}" holds nothing, but generation ${expectedGeneration} was expected: it was removed meanwhile. Nothing was written; reseed it with \`codex-auth seed\`.`
            );
          }
          if (expectedGeneration !== "replace" && expectedGeneration > 0) {
            if (current) refuseRollback(current, await this.mark.read(), this.where());
          }
          if (currentText !== null) await writePrivateFileAtomic(import_node_path7.default.join(this.dir, PREVIOUS), currentText);
          await writePrivateFileAtomic(this.location, serializeEnvelope(envelope));
          await this.mark.write(markOf(envelope));
        } finally {
          await release();
        }
      }
      /** `revoke`: the session is signed out, so the next seed is a fresh login and starts a fresh mark. */
      async remove() {
        await checkStreamDir(this.origin, this.stream, true, OWNED_FILES);
        await import_node_fs6.promises.rm(import_node_path7.default.join(this.dir, CURRENT), { force: true });
        await import_node_fs6.promises.rm(import_node_path7.default.join(this.dir, PREVIOUS), { force: true });
        await this.mark.remove();
      }
      where() {
        return { stream: this.stream, location: this.location, mark: this.mark.file };
      }
      async rollback(badGeneration) {
        const currentText = await readPrivateFile(this.location);
        const current = currentText === null ? null : parseEnvelope(currentText, this.location);
        if (current?.generation !== badGeneration) return false;
        const previousPath = import_node_path7.default.join(this.dir, PREVIOUS);
        const previous = await readPrivateFile(previousPath);
        if (previous === null) {
          await removeFile(this.location);
          await this.mark.remove();
        } else {
          await this.mark.write(markOf(parseEnvelope(previous, previousPath)));
          await writePrivateFileAtomic(this.location, previous);
          await import_node_fs6.promises.rm(previousPath, { force: true });
        }
        return true;
      }
    };
  }
});

// src/stores/audit-log.ts
function writeReason(expectedGeneration) {
  if (expectedGeneration === "replace") return "reseed";
  return expectedGeneration === 0 ? "seed" : "refresh";
}
function auditLogPath(stateDir, stream) {
  return import_node_path8.default.join(streamDir(stateDir, stream), AUDIT_FILE);
}
function withAuditLog(store, stateDir) {
  const file = auditLogPath(stateDir, store.stream);
  const write = store.write.bind(store);
  const rollback = store.rollback.bind(store);
  store.write = async (envelope, expectedGeneration) => {
    await write(envelope, expectedGeneration);
    await appendAudit(file, entryOf(envelope, writeReason(expectedGeneration)));
  };
  store.rollback = async (badGeneration) => {
    const undone = await rollback(badGeneration);
    if (undone) {
      const now = await store.read().catch(() => null);
      await appendAudit(file, {
        generation: badGeneration,
        writtenAt: (/* @__PURE__ */ new Date()).toISOString(),
        writer: now?.writer ?? "-",
        why: "rollback",
        fingerprint: now?.fingerprint ?? "-"
      });
    }
    return undone;
  };
  return store;
}
function entryOf(envelope, why) {
  return {
    generation: envelope.generation,
    writtenAt: envelope.writtenAt,
    writer: envelope.writer,
    why,
    fingerprint: envelope.fingerprint
  };
}
async function appendAudit(file, entry) {
  await appendAuditLine(file, entry).catch(() => void 0);
}
async function appendAuditLine(file, entry) {
  await ensurePrivateDir(import_node_path8.default.dirname(file));
  await import_node_fs7.promises.appendFile(file, `${JSON.stringify(entry)}
`, { mode: 384 });
  const text = await readPrivateFile(file) ?? "";
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  if (lines.length > MAX_LINES)
    await writePrivateFileAtomic(file, `${lines.slice(-KEEP_LINES).join("\n")}
`);
}
async function readAuditLog(stateDir, stream) {
  let text;
  try {
    text = await readPrivateFile(auditLogPath(stateDir, stream));
  } catch (error) {
    if (isErrno(error, "ENOENT")) return null;
    throw error;
  }
  if (text === null) return null;
  const entries = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    try {
      entries.push(JSON.parse(line));
    } catch {
    }
  }
  return entries;
}
var import_node_fs7, import_node_path8, AUDIT_FILE, MAX_LINES, KEEP_LINES;
var init_audit_log = __esm({
  "src/stores/audit-log.ts"() {
    "use strict";
    import_node_fs7 = require("node:fs");
    import_node_path8 = __toESM(require("node:path"), 1);
    init_secure_files();
    init_file_store();
    AUDIT_FILE = "history.jsonl";
    MAX_LINES = 1e3;
    KEEP_LINES = 500;
  }
});

// src/stores/git-ref-store.ts
var git_ref_store_exports = {};
__export(git_ref_store_exports, {
  GitRefStore: () => GitRefStore,
  highWaterRef: () => highWaterRef,
  streamRef: () => streamRef
});
function streamRef(stream) {
  return `refs/codex-auth/streams/${stream}`;
}
function highWaterRef(stream) {
  return `refs/codex-auth/high-water/${stream}`;
}
var GitRefStore;
var init_git_ref_store = __esm({
  "src/stores/git-ref-store.ts"() {
    "use strict";
    init_envelope();
    init_errors();
    init_git_refs();
    init_rollback_guard();
    init_audit_log();
    init_store();
    GitRefStore = class {
      constructor(git, stream, handoff) {
        this.git = git;
        this.stream = stream;
        this.handoff = handoff;
        this.ref = streamRef(stream);
        this.markRef = highWaterRef(stream);
        this.location = `${git.repository.owner}/${git.repository.repo} ${this.ref}`;
      }
      git;
      stream;
      handoff;
      kind = "git-ref";
      location;
      readBackAfterWrite = false;
      ref;
      markRef;
      /** Commit the mark ref points at, as last seen (undefined: not looked at yet; null: no mark). */
      markSha;
      /** Commit of each generation this process read or wrote: the parent of the next write, without a lookup. */
      commits = /* @__PURE__ */ new Map();
      async read() {
        return (await this.readCurrent())?.envelope ?? null;
      }
      /** One listing of the stream refs; fingerprints would cost a call per stream, so they are not read. */
      async storedStreams() {
        const prefix = streamRef("");
        const refs = await this.git.listRefs(prefix);
        return [...refs.keys()].map((ref) => ({ name: ref.slice(prefix.length), fingerprint: null })).sort((a, b) => a.name.localeCompare(b.name));
      }
      currentGeneration() {
        return readGeneration(this);
      }
      async write(envelope, expectedGeneration) {
        const message = commitMessage(
          `codex-auth: stream ${this.stream} generation ${envelope.generation} (${writeReason(expectedGeneration)})`,
          serializeEnvelope(envelope)
        );
        if (expectedGeneration === 0) {
          const sha2 = await this.git.createCommit(message, []);
          if (!await this.git.createRef(this.ref, sha2)) throw await this.conflict(expectedGeneration);
          this.commits.set(envelope.generation, sha2);
          await this.moveMark(sha2);
          return;
        }
        let parent = typeof expectedGeneration === "number" ? this.commits.get(expectedGeneration) : void 0;
        if (parent === void 0) {
          const current = await this.readCurrent().catch(() => null);
          const sha2 = current?.sha ?? await this.git.readRef(this.ref);
          if (expectedGeneration !== "replace" && current?.envelope.generation !== expectedGeneration) {
            throw await this.conflict(expectedGeneration);
          }
          if (sha2 === null) {
            const created = await this.git.createCommit(message, []);
            if (!await this.git.createRef(this.ref, created)) throw await this.conflict(expectedGeneration);
            this.commits.set(envelope.generation, created);
            await this.moveMark(created);
            return;
          }
          parent = sha2;
        }
        const sha = await this.git.createCommit(message, [parent]);
        const moved = await this.git.fastForward(this.ref, sha);
        if (moved !== "updated") throw await this.conflict(expectedGeneration);
        this.commits.set(envelope.generation, sha);
        await this.moveMark(sha);
      }
      async highWater() {
        const sha = await this.git.readRef(this.markRef);
        this.markSha = sha;
        return sha === null ? null : (await this.envelopeAt(sha)).generation;
      }
      /** `revoke`: the session is signed out, so the next seed is a fresh login and starts a fresh mark. */
      async remove() {
        await this.git.deleteRef(this.ref);
        await this.git.deleteRef(this.markRef);
        this.markSha = null;
      }
      async rollback(badGeneration) {
        const bad = this.commits.get(badGeneration);
        const previous = this.commits.get(badGeneration - 1);
        if (!bad || await this.git.readRef(this.ref) !== bad) return false;
        if (previous) {
          const moved = await this.git.fastForward(this.ref, previous, true) === "updated";
          if (moved) await this.moveMark(previous);
          return moved;
        }
        await this.git.deleteRef(this.markRef).catch(() => false);
        this.markSha = null;
        return this.git.deleteRef(this.ref);
      }
      async readCurrent() {
        const [sha, markSha] = await this.currentShas();
        this.markSha = markSha;
        if (sha === null) return null;
        const envelope = await this.envelopeAt(sha);
        this.commits.set(envelope.generation, sha);
        if (markSha !== null && markSha !== sha) {
          const mark = await this.envelopeAt(markSha).catch(() => null);
          refuseRollback(envelope, mark ? markOf(mark) : null, {
            stream: this.stream,
            location: this.location,
            mark: `${this.markRef} (commit ${markSha.slice(0, 12)})`
          });
        }
        return { sha, envelope };
      }
      /**
       * Where the stream ref and its mark point: from the lock's listing when it just took the stream (no call), else
       * both refs read in parallel (one more than the envelope needs: the mark that guards against a rolled-back ref).
       */
      async currentShas() {
        const listed = this.handoff?.take();
        if (listed) return [listed.get(this.ref) ?? null, listed.get(this.markRef) ?? null];
        return Promise.all([this.git.readRef(this.ref), this.git.readRef(this.markRef)]);
      }
      async envelopeAt(sha) {
        return parseEnvelope(
          payloadOf(await this.git.readMessage(sha)),
          `${this.location} (commit ${sha.slice(0, 12)})`
        );
      }
      /**
       * Points the mark at the commit just written. After the stream ref moved, so a failure leaves the mark behind
       * (a weaker guard until the next write), never ahead of the stored copy (which would refuse the good one).
       */
      async moveMark(sha) {
        try {
          const moved = this.markSha === null ? "missing" : await this.git.fastForward(this.markRef, sha, true);
          if (moved === "missing" && !await this.git.createRef(this.markRef, sha)) {
            await this.git.fastForward(this.markRef, sha, true);
          }
          this.markSha = sha;
        } catch {
        }
      }
      /** Names the writer of the copy that won, so the user can see which run got there first. */
      async conflict(expected) {
        const current = await this.readCurrent().catch(() => null);
        const what = current ? `it is at generation ${current.envelope.generation}, written ${current.envelope.writtenAt} by ${current.envelope.writer}` : "it was removed";
        return new StoreConflictError(
          `stream "${this.stream}" changed since generation ${expected} was loaded: ${what}. This copy was NOT written over it. ${serializeJobsAdvice("`lock: git-ref` (the default)")}`
        );
      }
    };
  }
});

// vendor:libsodium-wrappers
var libsodium_wrappers_exports = {};
__export(libsodium_wrappers_exports, {
  default: () => libsodium_wrappers_default
});
var sdk2, libsodium_wrappers_default;
var init_libsodium_wrappers = __esm({
  "vendor:libsodium-wrappers"() {
    sdk2 = require("../vendor/libsodium-wrappers.js");
    libsodium_wrappers_default = sdk2.default;
  }
});

// src/core/sodium.ts
async function loadSodium() {
  loaded ??= Promise.resolve().then(() => (init_libsodium_wrappers(), libsodium_wrappers_exports)).then(async ({ default: sodium }) => {
    await sodium.ready;
    return sodium;
  });
  return loaded;
}
var loaded;
var init_sodium = __esm({
  "src/core/sodium.ts"() {
    "use strict";
    loaded = null;
  }
});

// src/github/secret-scope.ts
function parseSecretScope(value, source) {
  if (value === "repo" || value === "") return { kind: "repo" };
  if (value === "org") return { kind: "org" };
  const env = /^env:(.+)$/.exec(value);
  if (env?.[1]) return { kind: "env", environment: env[1] };
  throw new UsageError(`${source} must be repo, env:NAME or org, not ${JSON.stringify(value)}.`);
}
function parseOrgVisibility(value, source) {
  if (value === "") return DEFAULT_ORG_VISIBILITY;
  if (ORG_VISIBILITIES.includes(value)) return value;
  throw new UsageError(
    `${source} must be selected (only this repository), private (the organization's private and internal repositories) or all, not ${JSON.stringify(value)}.`
  );
}
function describeScope(scope, repository) {
  switch (scope.kind) {
    case "repo":
      return `repository ${repository.owner}/${repository.repo}`;
    case "env":
      return `environment ${scope.environment} of ${repository.owner}/${repository.repo}`;
    case "org":
      return `organization ${repository.owner}`;
  }
}
function scopePath(scope, repository) {
  const repo = `/repos/${encodeURIComponent(repository.owner)}/${encodeURIComponent(repository.repo)}`;
  switch (scope.kind) {
    case "repo":
      return `${repo}/actions`;
    case "env":
      return `${repo}/environments/${encodeURIComponent(scope.environment)}`;
    case "org":
      return `/orgs/${encodeURIComponent(repository.owner)}/actions`;
  }
}
var init_secret_scope = __esm({
  "src/github/secret-scope.ts"() {
    "use strict";
    init_errors();
    init_backend_kinds();
  }
});

// src/stores/github-secret-store.ts
var github_secret_store_exports = {};
__export(github_secret_store_exports, {
  GitHubSecretStore: () => GitHubSecretStore
});
var SECRET_NAME, TOKEN_HELP, GitHubSecretStore, NotFound;
var init_github_secret_store = __esm({
  "src/stores/github-secret-store.ts"() {
    "use strict";
    init_envelope();
    init_errors();
    init_sodium();
    init_github_errors();
    init_secret_scope();
    init_rollback_guard();
    init_store();
    SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
    TOKEN_HELP = `The workflow's GITHUB_TOKEN can never write secrets: use a fine-grained personal access token or a GitHub App token with "Secrets: read and write" and "Variables: read and write" on the repository (or organization), passed as github-token (CLI: GITHUB_TOKEN).`;
    GitHubSecretStore = class {
      constructor(stream, options) {
        this.stream = stream;
        this.options = options;
        if (!SECRET_NAME.test(options.secretName)) {
          throw new UsageError(
            `secret-name ${JSON.stringify(options.secretName)} is not a valid secret name (letters, digits, _; not starting with a digit).`
          );
        }
        this.base = scopePath(options.scope, options.repository);
        this.markerName = `${options.secretName}_GENERATION`;
        this.location = `secret ${options.secretName} of the ${describeScope(options.scope, options.repository)}`;
      }
      stream;
      options;
      kind = "github-secret";
      location;
      readBackAfterWrite = false;
      base;
      markerName;
      publicKey = null;
      async read() {
        await this.fetchPublicKey();
        const marker = await this.readMarker();
        const mark = marker?.mark ?? null;
        const value = this.options.currentValue.trim();
        if (value === "") {
          if (marker) {
            throw new UsageError(
              `${this.location} was written${mark ? ` (generation ${mark.generation})` : ""} but this job did not receive its value: pass it as auth-json: \${{ secrets.${this.options.secretName} }} (CLI: CODEX_AUTH_JSON).`
            );
          }
          return null;
        }
        if (!isEnvelopeText(value)) {
          if (mark) throw this.refused("a plain auth.json", "older", mark);
          return null;
        }
        const envelope = parseEnvelope(value, this.location);
        const rollback = rollbackOf(envelope, mark);
        if (rollback && mark) throw this.refused(`generation ${envelope.generation}`, rollback, mark);
        return envelope;
      }
      async plainSeed() {
        const value = this.options.currentValue.trim();
        return value !== "" && !isEnvelopeText(value) ? { raw: value, origin: this.location } : null;
      }
      async currentGeneration() {
        try {
          return (await this.readMarker())?.mark?.generation ?? (this.options.currentValue.trim() ? null : 0);
        } catch {
          return null;
        }
      }
      async write(envelope, expectedGeneration) {
        const marker = await this.readMarker();
        const current = this.currentMark(marker?.mark ?? null);
        if (expectedGeneration !== "replace" && (current?.generation ?? 0) !== expectedGeneration) {
          throw new StoreConflictError(
            `${this.location} is at generation ${current?.generation ?? 0} (written ${current?.writtenAt ?? "-"} by ${current?.writer ?? "-"}), not ${expectedGeneration} as loaded: this copy was NOT written over it. ${serializeJobsAdvice("the stream lock (`lock: git-ref`)")}`
          );
        }
        const key = await this.fetchPublicKey();
        const sodium = await loadSodium();
        const sealed = sodium.crypto_box_seal(
          sodium.from_string(serializeEnvelope(envelope)),
          sodium.from_base64(key.key, sodium.base64_variants.ORIGINAL)
        );
        const encrypted = sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL);
        const access = this.options.scope.kind === "org" ? await this.orgAccess() : null;
        await this.call("PUT", `/secrets/${this.options.secretName}`, "writing the secret", {
          encrypted_value: encrypted,
          key_id: key.key_id,
          ...access
        });
        await this.writeMarker(markOf(envelope), marker !== null, access);
      }
      async remove() {
        for (const path14 of [`/secrets/${this.options.secretName}`, `/variables/${this.markerName}`]) {
          await this.call("DELETE", path14, "removing the stream").catch((error) => {
            if (!(error instanceof NotFound)) throw error;
          });
        }
      }
      async rollback() {
        return false;
      }
      /**
       * What the secret holds now, as far as this job can tell: the variable is moved after the secret, so a failure
       * in between leaves it one write behind the value this job received, which is then the newer record.
       */
      currentMark(mark) {
        const value = this.options.currentValue.trim();
        if (!isEnvelopeText(value)) return mark;
        let received;
        try {
          received = parseEnvelope(value, this.location);
        } catch {
          return mark;
        }
        return mark === null || received.generation > mark.generation ? markOf(received) : mark;
      }
      /** The rollback guard's refusal, in words for a secret: the usual cause is a job that started too early. */
      refused(what, rollback, mark) {
        const how = rollback === "older" ? "is older than the last write" : "is not the one written last";
        return new RollbackRefusedError(
          `the value of ${this.location} that this job received (${what}) ${how}, generation ${mark.generation} ${describeMark(mark, `the variable ${this.markerName}`)}: this job started before that write landed, and its refresh token was already rotated away. Nothing was run. Serialize the jobs of this stream: keep the stream lock (lock: git-ref) and add a \`concurrency:\` group, so each job starts after the previous one wrote the secret.`
        );
      }
      async fetchPublicKey() {
        this.publicKey ??= await this.call("GET", "/secrets/public-key", "reading the secrets' public key");
        return this.publicKey;
      }
      /** The generation variable: null when it does not exist; its `mark` null when it holds nothing readable. */
      async readMarker() {
        try {
          const data = await this.call(
            "GET",
            `/variables/${this.markerName}`,
            "reading the generation variable"
          );
          return { mark: parseMark(data.value) };
        } catch (error) {
          if (error instanceof NotFound) return null;
          throw error;
        }
      }
      /**
       * The secret's current visibility and selected repositories, or, for a secret that does not exist yet, the
       * chosen visibility (`selected` means this repository alone). Organization scope only.
       */
      async orgAccess() {
        const name = this.options.secretName;
        let current;
        try {
          current = await this.call("GET", `/secrets/${name}`, "reading the secret's visibility");
        } catch (error) {
          if (!(error instanceof NotFound)) throw error;
          current = null;
        }
        if (current === null) {
          const visibility2 = this.options.newVisibility ?? "selected";
          if (visibility2 !== "selected") return { visibility: visibility2 };
          const data = await this.options.client.request("GET /repos/{owner}/{repo}", { ...this.options.repository }).then((response) => response.data).catch((error) => {
            throw explainGitHubError(
              error,
              `reading the id of ${this.options.repository.owner}/${this.options.repository.repo}`,
              "metadata: read"
            );
          });
          return { visibility: visibility2, selected_repository_ids: [data.id] };
        }
        const visibility = current.visibility;
        if (visibility !== "all" && visibility !== "private" && visibility !== "selected") {
          throw new UsageError(
            `${this.location} has visibility ${JSON.stringify(visibility)}, which this version does not know: it was not written, so as not to change who may use it.`
          );
        }
        if (visibility !== "selected") return { visibility };
        return { visibility, selected_repository_ids: await this.selectedRepositories(name) };
      }
      /** Every repository id the secret is shared with, page by page (GitHub lists at most 100 a page). */
      async selectedRepositories(name) {
        const ids = [];
        for (let page = 1; ; page++) {
          const data = await this.call(
            "GET",
            `/secrets/${name}/repositories?per_page=100&page=${page}`,
            "reading the secret's selected repositories"
          );
          ids.push(...data.repositories.map((repository) => repository.id));
          if (data.repositories.length === 0 || ids.length >= data.total_count) return ids;
        }
      }
      /**
       * PATCH without a visibility leaves an organization variable's visibility as it is; a new one gets the secret's,
       * so the marker is shared with exactly the repositories that may use the secret it describes.
       */
      async writeMarker(marker, exists, access) {
        const value = JSON.stringify(marker);
        if (exists) {
          await this.call("PATCH", `/variables/${this.markerName}`, "updating the generation variable", {
            value
          });
        } else {
          await this.call("POST", "/variables", "creating the generation variable", {
            name: this.markerName,
            value,
            ...access
          });
        }
      }
      async call(method, path14, doing, body) {
        try {
          const response = await this.options.client.request(`${method} ${this.base}${path14}`, body ?? {});
          return response.data;
        } catch (error) {
          if (statusOf(error) === 404 && (method === "DELETE" || method === "GET" && (path14.startsWith("/variables/") || /^\/secrets\/[^/?]+$/.test(path14) && path14 !== "/secrets/public-key"))) {
            throw new NotFound();
          }
          if (statusOf(error) === 403 && !/rate limit/i.test(messageOf(error))) {
            throw new UsageError(
              `the token may not do this while ${doing} on ${this.location} (403 ${messageOf(error)}). ${TOKEN_HELP}`
            );
          }
          throw explainGitHubError(
            error,
            `${doing} on ${this.location}`,
            "secrets and variables write (a fine-grained token)"
          );
        }
      }
    };
    NotFound = class extends Error {
    };
  }
});

// vendor:@actions/cache
var sdk3, CACHE_READ_DENIED_PREFIX, CACHE_WRITE_DENIED_PREFIX, CacheReadDeniedError, CacheWriteDeniedError, FinalizeCacheError, ReserveCacheError, ValidationError, isFeatureAvailable, restoreCache, saveCache;
var init_cache = __esm({
  "vendor:@actions/cache"() {
    sdk3 = require("../vendor/actions-cache.js");
    ({ CACHE_READ_DENIED_PREFIX, CACHE_WRITE_DENIED_PREFIX, CacheReadDeniedError, CacheWriteDeniedError, FinalizeCacheError, ReserveCacheError, ValidationError, isFeatureAvailable, restoreCache, saveCache } = sdk3);
  }
});

// src/stores/cache-store.ts
var cache_store_exports = {};
__export(cache_store_exports, {
  CacheStore: () => CacheStore,
  EVICTION_WARNING_MS: () => EVICTION_WARNING_MS
});
var import_node_os5, import_node_path9, DAY_MS, EVICTION_WARNING_MS, CacheStore;
var init_cache_store = __esm({
  "src/stores/cache-store.ts"() {
    "use strict";
    import_node_os5 = __toESM(require("node:os"), 1);
    import_node_path9 = __toESM(require("node:path"), 1);
    init_cache();
    init_envelope();
    init_errors();
    init_secure_files();
    init_rollback_guard();
    init_store();
    DAY_MS = 24 * 60 * 60 * 1e3;
    EVICTION_WARNING_MS = 5 * DAY_MS;
    CacheStore = class {
      constructor(stream, options) {
        this.stream = stream;
        this.options = options;
        this.prefix = `codex-auth-${stream}-`;
        this.location = `the Actions cache (keys ${this.prefix}<generation>)`;
        this.file = import_node_path9.default.join(import_node_os5.default.homedir(), ".codex-auth-cache", `${stream}.json`);
      }
      stream;
      options;
      kind = "cache";
      location;
      readBackAfterWrite = false;
      file;
      prefix;
      get cachePath() {
        return `~/.codex-auth-cache/${this.stream}.json`;
      }
      async read() {
        this.assertBranch();
        await ensurePrivateDir(import_node_path9.default.dirname(this.file));
        try {
          const key = await restoreCache([this.cachePath], this.prefix, [this.prefix]);
          if (!key) {
            this.options.log.warn(
              `${this.location} holds nothing for stream "${this.stream}" on this branch. If the stream was used before, its entry was evicted (7 days unused) and a seed may hold a refresh token that was rotated away since: if Codex then fails with refresh_token_reused, reseed the stream.`
            );
            return null;
          }
          const text = await readPrivateFile(this.file);
          if (text === null) return null;
          const envelope = parseEnvelope(text, `${this.location} (key ${key})`);
          await this.refuseIfNewerExists(envelope, key);
          const age = Date.now() - Date.parse(envelope.writtenAt);
          if (age > EVICTION_WARNING_MS) {
            this.options.log.warn(
              `the newest cache entry of stream "${this.stream}" was written ${Math.floor(age / DAY_MS)} days ago; GitHub evicts entries unused for 7 days. Run a keep-fresh job at least weekly.`
            );
          }
          return envelope;
        } finally {
          await removeFile(this.file);
        }
      }
      currentGeneration() {
        return readGeneration(this);
      }
      /**
       * The cache's rollback guard: its keys are the high-water mark. Entries are immutable and never overwritten, so
       * the only way to restore an older generation is that the prefix lookup missed the newer one (another branch's
       * scope, an entry created out of order): one lookup of the next generation's exact key, no download, catches it.
       */
      async refuseIfNewerExists(envelope, key) {
        const keyGeneration = Number(key.slice(this.prefix.length));
        let newer = null;
        if (Number.isInteger(keyGeneration) && keyGeneration > envelope.generation) {
          newer = { key, generation: keyGeneration };
        } else {
          const next = `${this.prefix}${envelope.generation + 1}`;
          const found = await restoreCache([this.cachePath], next, [], { lookupOnly: true }).catch(() => void 0);
          if (found === next) newer = { key: next, generation: envelope.generation + 1 };
        }
        if (newer === null) return;
        refuseRollback(
          envelope,
          { generation: newer.generation, fingerprint: null, writtenAt: null, writer: null },
          { stream: this.stream, location: this.location, mark: `the cache key ${newer.key}` }
        );
      }
      async write(envelope) {
        this.assertBranch();
        await ensurePrivateDir(import_node_path9.default.dirname(this.file));
        await writePrivateFileAtomic(this.file, serializeEnvelope(envelope));
        const key = `${this.prefix}${envelope.generation}`;
        let id;
        try {
          id = await saveCache([this.cachePath], key);
        } catch (error) {
          if (error instanceof ReserveCacheError) id = -1;
          else throw new InternalError(`saving ${key} to the Actions cache failed: ${error.message}`);
        } finally {
          await removeFile(this.file);
        }
        if (id === -1) {
          throw new StoreConflictError(
            `cache key ${key} already exists: another job wrote generation ${envelope.generation} of stream "${this.stream}" first, so this copy was NOT written. ${serializeJobsAdvice("the stream lock (`lock: git-ref`)")}`
          );
        }
      }
      async remove() {
        throw new UsageError(
          `cache entries cannot be deleted through the cache service: delete the keys ${this.prefix}* under the repository's Actions > Caches (or \`gh cache delete\`). The session itself was signed out.`
        );
      }
      async rollback() {
        return false;
      }
      assertBranch() {
        if (this.options.allowBranchScope || !this.options.defaultBranch) return;
        const expected = `refs/heads/${this.options.defaultBranch}`;
        if (this.options.ref !== expected) {
          throw new UsageError(
            `the cache store is branch-scoped: this run is on ${this.options.ref || "an unknown ref"}, and an entry written here would be invisible to the default branch ${this.options.defaultBranch}, which would keep using a rotated-away token. Run on ${this.options.defaultBranch}, or set allow-branch-scope: true (CLI: --allow-branch-scope) if this branch's stream is meant to be separate.`
          );
        }
      }
    };
  }
});

// src/stores/command-store.ts
var command_store_exports = {};
__export(command_store_exports, {
  CommandStore: () => CommandStore,
  NOTHING_STORED_EXIT_CODE: () => NOTHING_STORED_EXIT_CODE
});
var import_node_child_process, import_node_path10, NOTHING_STORED_EXIT_CODE, MAX_OUTPUT, CommandStore;
var init_command_store = __esm({
  "src/stores/command-store.ts"() {
    "use strict";
    import_node_child_process = require("node:child_process");
    import_node_path10 = __toESM(require("node:path"), 1);
    init_envelope();
    init_errors();
    init_rollback_guard();
    init_store();
    init_secure_files();
    NOTHING_STORED_EXIT_CODE = 44;
    MAX_OUTPUT = 1024 * 1024;
    CommandStore = class {
      constructor(stream, options) {
        this.stream = stream;
        this.options = options;
        this.location = `the secret manager (read-command: ${options.readCommand})`;
        this.mark = options.highWaterFile ? new HighWaterFile(options.highWaterFile) : null;
      }
      stream;
      options;
      kind = "command";
      location;
      readBackAfterWrite = true;
      lastRead = null;
      mark;
      async read() {
        const text = await this.readText();
        const envelope = text === null || !isEnvelopeText(text) ? null : parseEnvelope(text, this.location);
        this.lastRead = { envelope, text: text ?? "" };
        if (envelope && this.mark) {
          refuseRollback(envelope, await this.mark.read().catch(() => null), {
            stream: this.stream,
            location: this.location,
            mark: `${this.mark.file} (kept on this machine)`
          });
        }
        return envelope;
      }
      async highWater() {
        return (await this.mark?.read().catch(() => null))?.generation ?? null;
      }
      /** Best effort: an unwritable state dir must not fail a write the secret manager already took. */
      async moveMark(envelope) {
        if (!this.mark) return;
        try {
          if (envelope) {
            await ensurePrivateDir(import_node_path10.default.dirname(this.mark.file));
            await this.mark.write(markOf(envelope));
          } else {
            await this.mark.remove();
          }
        } catch {
        }
      }
      async plainSeed() {
        const text = this.lastRead?.text ?? await this.readText();
        return text && !isEnvelopeText(text) ? { raw: text, origin: this.location } : null;
      }
      currentGeneration() {
        return readGeneration(this);
      }
      async write(envelope, expectedGeneration) {
        if (expectedGeneration !== "replace") {
          const current = await this.read();
          if ((current?.generation ?? 0) !== expectedGeneration) {
            throw new StoreConflictError(
              `stream "${this.stream}" in ${this.location} is at generation ${current?.generation ?? 0} (written ${current?.writtenAt ?? "-"} by ${current?.writer ?? "-"}), not ${expectedGeneration} as loaded: this copy was NOT written over it. ${serializeJobsAdvice("the stream lock")}`
            );
          }
        }
        const result = await this.runCommand(this.options.writeCommand, serializeEnvelope(envelope));
        if (result.code !== 0) {
          throw new InternalError(
            `the write-command exited with ${result.code}${result.stderr ? `: ${result.stderr.trim().slice(-500)}` : ""}. Nothing was stored; check the command and its credentials.`
          );
        }
        await this.moveMark(envelope);
      }
      /** An empty value is "nothing stored" for the read command: the secret manager keeps no login. */
      async remove() {
        const result = await this.runCommand(this.options.writeCommand, "");
        if (result.code !== 0)
          throw new InternalError(`the write-command exited with ${result.code} while removing the stream.`);
        await this.moveMark(null);
      }
      async rollback(badGeneration) {
        const previous = this.lastRead?.envelope;
        if (!previous || previous.generation !== badGeneration - 1) return false;
        const restored = (await this.runCommand(this.options.writeCommand, serializeEnvelope(previous))).code === 0;
        if (restored) await this.moveMark(previous);
        return restored;
      }
      async readText() {
        const result = await this.runCommand(this.options.readCommand, null);
        if (result.code === NOTHING_STORED_EXIT_CODE) return null;
        if (result.code !== 0) {
          throw new UsageError(
            `the read-command exited with ${result.code}${result.stderr ? `: ${result.stderr.trim().slice(-500)}` : ""}. It must print the stored value and exit 0, or exit ${NOTHING_STORED_EXIT_CODE} (or print nothing) when nothing is stored yet.`
          );
        }
        return result.stdout.trim() === "" ? null : result.stdout;
      }
      /** Runs `command` with `sh -c`, the value (if any) on stdin, a hard timeout, output bounded. */
      runCommand(command, stdin) {
        return new Promise((resolve, reject) => {
          const child = (0, import_node_child_process.spawn)("/bin/sh", ["-c", command], {
            env: { ...this.options.env, CODEX_AUTH_STREAM: this.stream },
            stdio: [stdin === null ? "ignore" : "pipe", "pipe", "pipe"],
            detached: true
          });
          let stdout = "";
          let stderr = "";
          child.stdout?.setEncoding("utf8").on("data", (chunk) => {
            if (stdout.length < MAX_OUTPUT) stdout += chunk;
          });
          child.stderr?.setEncoding("utf8").on("data", (chunk) => {
            if (stderr.length < MAX_OUTPUT) stderr += chunk;
          });
          const timer = setTimeout(() => {
            if (child.pid !== void 0) {
              try {
                process.kill(-child.pid, "SIGKILL");
              } catch {
              }
            }
          }, this.options.timeoutMs);
          child.on("error", (error) => {
            clearTimeout(timer);
            reject(new UsageError(`cannot run the command through /bin/sh: ${error.message}`));
          });
          child.on("close", (code, signal) => {
            clearTimeout(timer);
            resolve({
              code: signal ? null : code,
              stdout,
              stderr: signal ? `killed after ${this.options.timeoutMs / 1e3} s` : stderr
            });
          });
          if (stdin !== null) child.stdin?.end(stdin);
        });
      }
    };
  }
});

// src/stores/create-store.ts
function parseStoreKind(value) {
  if (STORE_KINDS.includes(value)) return value;
  throw new UsageError(`unknown store "${value}": this version supports ${STORE_KINDS.join(", ")}.`);
}
async function createStore(settings, deps) {
  switch (settings.kind) {
    case "file": {
      const { FileStore: FileStore2 } = await Promise.resolve().then(() => (init_file_store(), file_store_exports));
      return new FileStore2(settings.stateDir, settings.stream, stateDirOrigin(settings));
    }
    case "git-ref": {
      const { GitRefStore: GitRefStore2 } = await Promise.resolve().then(() => (init_git_ref_store(), git_ref_store_exports));
      return new GitRefStore2(deps.git(), settings.stream, deps.handoff);
    }
    case "github-secret": {
      const secret = required(
        settings.secret,
        "the github-secret store needs secret-name (CLI: --secret-name NAME)."
      );
      const github = required(settings.github, "the github-secret store needs a repository and a token.");
      const { GitHubSecretStore: GitHubSecretStore2 } = await Promise.resolve().then(() => (init_github_secret_store(), github_secret_store_exports));
      return new GitHubSecretStore2(settings.stream, {
        client: deps.client(),
        repository: github.repository,
        scope: secret.scope,
        secretName: secret.name,
        currentValue: secret.currentValue,
        newVisibility: secret.newVisibility
      });
    }
    case "cache": {
      const cache2 = required(settings.cache, "the cache store runs only inside GitHub Actions.");
      const { CacheStore: CacheStore2 } = await Promise.resolve().then(() => (init_cache_store(), cache_store_exports));
      return new CacheStore2(settings.stream, { ...cache2, log: deps.log });
    }
    case "command": {
      const command = required(
        settings.command,
        "the command store needs --read-command and --write-command."
      );
      const { CommandStore: CommandStore2 } = await Promise.resolve().then(() => (init_command_store(), command_store_exports));
      return new CommandStore2(settings.stream, {
        readCommand: command.read,
        writeCommand: command.write,
        timeoutMs: command.timeoutMs,
        env: deps.env,
        highWaterFile: import_node_path11.default.join(settings.stateDir, settings.stream, "command-high-water.json")
      });
    }
  }
}
function required(value, message) {
  if (value === void 0) throw new UsageError(message);
  return value;
}
var import_node_path11;
var init_create_store = __esm({
  "src/stores/create-store.ts"() {
    "use strict";
    import_node_path11 = __toESM(require("node:path"), 1);
    init_errors();
    init_check_paths();
    init_backend_kinds();
  }
});

// vendor:@octokit/plugin-retry
var sdk4, VERSION, retry;
var init_plugin_retry = __esm({
  "vendor:@octokit/plugin-retry"() {
    sdk4 = require("../vendor/octokit-plugin-retry.js");
    ({ VERSION, retry } = sdk4);
  }
});

// vendor:@octokit/plugin-throttling
var sdk5, throttling;
var init_plugin_throttling = __esm({
  "vendor:@octokit/plugin-throttling"() {
    sdk5 = require("../vendor/octokit-plugin-throttling.js");
    ({ throttling } = sdk5);
  }
});

// vendor:@octokit/rest
var sdk6, Octokit;
var init_rest = __esm({
  "vendor:@octokit/rest"() {
    sdk6 = require("../vendor/octokit-rest.js");
    ({ Octokit } = sdk6);
  }
});

// vendor:bottleneck/light.js
var sdk7, light_default;
var init_light = __esm({
  "vendor:bottleneck/light.js"() {
    sdk7 = require("../vendor/bottleneck-light.js");
    light_default = sdk7.default;
  }
});

// src/github/api-url.ts
var DEFAULT_API_URL;
var init_api_url = __esm({
  "src/github/api-url.ts"() {
    "use strict";
    DEFAULT_API_URL = "https://api.github.com";
  }
});

// src/github/octokit.ts
var octokit_exports = {};
__export(octokit_exports, {
  createOctokit: () => createOctokit
});
function createOctokit(options) {
  const quiet = { debug() {
  }, info() {
  }, warn() {
  }, error() {
  } };
  return new GitHubOctokit({
    auth: options.token || void 0,
    baseUrl: (options.baseUrl || DEFAULT_API_URL).replace(/\/+$/, ""),
    userAgent: "codex-auth-action",
    log: quiet,
    // Not `request.retries`: set there, plugin-retry would retry every failed request, 422 conflicts included.
    // plugin-retry's own list plus 409: GitHub's "Git Repository is empty." is an answer, not an accident, and
    // retrying it only delays the message that says to push a first commit by 14 s per call.
    retry: { retries: options.retries ?? 3, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] },
    throttle: {
      write: writeLimiter,
      onRateLimit: (_retryAfter, _options, _octokit, retryCount) => retryCount < 2,
      onSecondaryRateLimit: (_retryAfter, _options, _octokit, retryCount) => retryCount < 2
    }
  });
}
var writeLimiter, GitHubOctokit;
var init_octokit = __esm({
  "src/github/octokit.ts"() {
    "use strict";
    init_plugin_retry();
    init_plugin_throttling();
    init_rest();
    init_light();
    init_api_url();
    writeLimiter = new light_default.Group({ id: "codex-auth-write", maxConcurrent: 1, minTime: 100 });
    GitHubOctokit = Octokit.plugin(retry, throttling);
  }
});

// src/app/context.ts
function withHistory(store, settings) {
  return settings.kind === "file" ? withAuditLog(store, settings.stateDir) : store;
}
async function createBackends(settings, lockKind, env, log) {
  const target = () => {
    if (!settings.github) {
      throw new UsageError(
        "the git-ref store and lock need a repository and a token: pass --repo OWNER/NAME and set GITHUB_TOKEN (in the Action: github-token)."
      );
    }
    return settings.github;
  };
  const onGitHub = settings.kind === "git-ref" || settings.kind === "github-secret" || lockKind === "git-ref";
  const octokit = onGitHub ? await Promise.resolve().then(() => (init_octokit(), octokit_exports)) : null;
  let client = null;
  let git = null;
  const clientOf = () => {
    if (!octokit) throw new Error("internal: a GitHub client was asked for by a backend not on GitHub");
    return client ??= octokit.createOctokit({ token: target().token, baseUrl: target().apiUrl });
  };
  const gitOf = () => git ??= new GitRefs(clientOf(), target().repository);
  const handoff = settings.kind === "git-ref" && lockKind === "git-ref" ? new RefHandoff() : void 0;
  return {
    store: withHistory(
      await createStore(settings, { git: gitOf, client: clientOf, log, env, handoff }),
      settings
    ),
    lock: await createLock(lockKind, settings, {
      git: gitOf,
      client: clientOf,
      run: currentWorkflowRun(env),
      log,
      handoff
    })
  };
}
var init_context = __esm({
  "src/app/context.ts"() {
    "use strict";
    init_errors();
    init_git_refs();
    init_ref_handoff();
    init_workflow_run();
    init_create_lock();
    init_create_store();
    init_audit_log();
  }
});

// src/app/status.ts
async function streamStatus(request, env, log) {
  const { store, lock } = await createBackends(request.store, request.lock, env, log);
  const holder = await lock.inspect();
  const envelope = await store.read();
  return {
    stream: request.store.stream,
    store: store.kind,
    location: store.location,
    exists: envelope !== null,
    generation: envelope?.generation ?? null,
    writtenAt: envelope?.writtenAt ?? null,
    writer: envelope?.writer ?? null,
    lastRefresh: envelope?.lastRefresh ?? null,
    fingerprint: envelope?.fingerprint ?? null,
    keyId: envelope?.keyId ?? null,
    // A stale lock is not held: its holder is gone and the next run takes it.
    lock: {
      kind: request.lock,
      held: holder !== null && holder.stale !== true,
      stale: holder?.stale === true,
      holder
    }
  };
}
var init_status = __esm({
  "src/app/status.ts"() {
    "use strict";
    init_context();
  }
});

// src/core/stream.ts
function legacyStreamNameProblem(name) {
  if (name.includes("..")) return 'contains ".."';
  if (name.endsWith(".")) return 'ends in "."';
  if (name.toLowerCase().endsWith(".lock")) return 'ends in ".lock"';
  return null;
}
function parseStreamName(name) {
  if (!CHARACTERS.test(name) || name === "..") {
    throw new UsageError(`invalid stream name ${JSON.stringify(name)}: ${RULE}.`);
  }
  return name;
}
function legacyStreamMessage(name, exists) {
  const problem = legacyStreamNameProblem(name);
  if (problem === null) return null;
  return exists ? `stream name ${JSON.stringify(name)} ${problem}: it is kept working because the stream already exists, but it cannot be a git ref, so it cannot move to the git-ref store. Reseed the login under a new name that follows the rule (${RULE}) when convenient.` : `invalid stream name ${JSON.stringify(name)}: it ${problem}, which a git ref cannot hold, and every store follows the same rule: ${RULE}.`;
}
var CHARACTERS, DEFAULT_STREAM, RULE;
var init_stream = __esm({
  "src/core/stream.ts"() {
    "use strict";
    init_errors();
    CHARACTERS = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
    DEFAULT_STREAM = "default";
    RULE = 'use 1-64 characters from A-Z a-z 0-9 . _ -, starting with a letter or digit, without "..", and not ending in "." or ".lock" (for example "default" or "nightly-review")';
  }
});

// src/github/run-context.ts
function readRunContext(env) {
  const path14 = env.GITHUB_EVENT_PATH ?? "";
  const cached = cache.get(env);
  if (cached && cached.path === path14) return cached.context;
  const payload = readPayload(path14);
  const branch = payload.repository?.default_branch;
  const context = {
    name: env.GITHUB_EVENT_NAME ?? "",
    payload,
    repository: env.GITHUB_REPOSITORY ?? "",
    defaultBranch: typeof branch === "string" && branch !== "" ? branch : null
  };
  cache.set(env, { path: path14, context });
  return context;
}
function readPayload(path14) {
  if (path14 === "") return {};
  try {
    const parsed = JSON.parse((0, import_node_fs8.readFileSync)(path14, "utf8"));
    return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : {};
  } catch {
    return {};
  }
}
var import_node_fs8, cache;
var init_run_context = __esm({
  "src/github/run-context.ts"() {
    "use strict";
    import_node_fs8 = require("node:fs");
    cache = /* @__PURE__ */ new WeakMap();
  }
});

// src/stores/store-settings.ts
function buildStoreSettings(choice) {
  const { kind } = choice;
  const legacy = legacyStreamMessage(choice.stream, false);
  if (legacy !== null && (kind === "git-ref" || choice.lock === "git-ref")) throw new UsageError(legacy);
  return {
    kind,
    stream: choice.stream,
    stateDir: choice.stateDir,
    stateDirSource: choice.stateDirSource,
    github: kind === "git-ref" || kind === "github-secret" || choice.lock === "git-ref" ? choice.github() : void 0,
    secret: kind === "github-secret" ? {
      name: required2(choice.secretName, choice.names.secretName),
      scope: choice.secretScope,
      currentValue: choice.secretValue,
      newVisibility: choice.secretVisibility
    } : void 0,
    command: kind === "command" ? {
      read: required2(choice.readCommand, choice.names.readCommand),
      write: required2(choice.writeCommand, choice.names.writeCommand),
      timeoutMs: choice.commandTimeoutMs
    } : void 0,
    cache: kind === "cache" ? {
      ref: choice.cacheRef,
      defaultBranch: choice.defaultBranch,
      allowBranchScope: choice.allowBranchScope
    } : void 0
  };
}
function required2(value, name) {
  if (!value) throw new UsageError(`this store needs ${name}.`);
  return value;
}
var init_store_settings = __esm({
  "src/stores/store-settings.ts"() {
    "use strict";
    init_errors();
    init_stream();
  }
});

// src/app/stream-settings.ts
function resolveStreamSettings(request, env) {
  const stream = parseStreamName(request.stream);
  const kind = withWrap(() => parseStoreKind(request.store), request.wrapKindError?.store);
  const lockText = request.lock;
  const wrapLock = request.wrapKindError?.lock;
  const lock = lockText === void 0 ? defaultLockKind({ kind }, request.onGitHub) : withWrap(() => parseLockKind(lockText), wrapLock && (() => wrapLock(lockText)));
  const store = buildStoreSettings({
    kind,
    lock,
    stream,
    stateDir: request.stateDir ? import_node_path12.default.resolve(request.stateDir) : defaultStateDir(env),
    stateDirSource: request.stateDir ? request.names.stateDir : defaultStateDirSource(env),
    github: () => {
      const target = request.github();
      return {
        repository: parseRepository(target.repository, target.repositoryName),
        token: target.token,
        apiUrl: target.apiUrl ?? DEFAULT_API_URL
      };
    },
    secretName: request.secretName,
    secretScope: parseSecretScope(request.secretScope, request.names.secretScope),
    secretVisibility: parseOrgVisibility(request.secretVisibility, request.names.secretVisibility),
    secretValue: request.secretValue,
    readCommand: request.readCommand,
    writeCommand: request.writeCommand,
    commandTimeoutMs: request.commandTimeoutMs(),
    cacheRef: env.GITHUB_REF ?? "",
    defaultBranch: readRunContext(env).defaultBranch,
    allowBranchScope: request.allowBranchScope,
    names: request.names
  });
  return { store, lock };
}
function withWrap(parse2, wrap) {
  try {
    return parse2();
  } catch (error) {
    throw wrap ? wrap(error) : error;
  }
}
var import_node_path12;
var init_stream_settings = __esm({
  "src/app/stream-settings.ts"() {
    "use strict";
    import_node_path12 = __toESM(require("node:path"), 1);
    init_stream();
    init_api_url();
    init_git_refs();
    init_run_context();
    init_secret_scope();
    init_create_lock();
    init_lock();
    init_create_store();
    init_state_dir();
    init_store_settings();
  }
});

// src/cli/shared-options.ts
var SEED_ENV, DEFAULT_LOCK_TIMEOUT_SECONDS, DEFAULT_RUN_TIMEOUT_SECONDS, RUN_TIMEOUT_OPTION, STORE_OPTIONS, LOCK_OPTIONS, JSON_OPTION, VERBOSE_OPTION, STORE_AND_LOCK_OPTIONS, STORE_ONLY_OPTIONS;
var init_shared_options = __esm({
  "src/cli/shared-options.ts"() {
    "use strict";
    init_stream();
    init_backend_kinds();
    SEED_ENV = "CODEX_AUTH_JSON";
    DEFAULT_LOCK_TIMEOUT_SECONDS = 600;
    DEFAULT_RUN_TIMEOUT_SECONDS = 3600;
    RUN_TIMEOUT_OPTION = {
      flags: "--run-timeout <seconds>",
      description: "stop Codex and everything it started after this long; what it refreshed is kept, the lock released (exit 9)",
      default: String(DEFAULT_RUN_TIMEOUT_SECONDS)
    };
    STORE_OPTIONS = [
      { flags: "--store <kind>", description: "where the stream lives", choices: STORE_KINDS, default: "file" },
      {
        flags: "--state-dir <dir>",
        description: "file store directory (default: $CODEX_AUTH_STATE_DIR, else ~/.codex-auth)"
      },
      {
        flags: "--repo <owner/name>",
        description: "git-ref store and lock: the repository (default: $GITHUB_REPOSITORY); token from GITHUB_TOKEN or GH_TOKEN"
      },
      {
        flags: "--github-api-url <url>",
        description: "git-ref store and lock: the API (default: $GITHUB_API_URL, else https://api.github.com)"
      },
      {
        flags: "--secret-name <name>",
        description: "github-secret store: the secret (its current value comes from CODEX_AUTH_JSON)"
      },
      {
        flags: "--secret-scope <scope>",
        description: "github-secret store: repo, env:NAME or org",
        default: "repo"
      },
      {
        flags: "--secret-visibility <who>",
        description: "github-secret store, org scope: who may use a secret this creates: selected (only this repository), private or all; an existing secret keeps its own",
        default: DEFAULT_ORG_VISIBILITY
      },
      {
        flags: "--read-command <cmd>",
        description: "command store: prints the stored value (exit 44 or no output: nothing stored)"
      },
      { flags: "--write-command <cmd>", description: "command store: receives the value on stdin" },
      {
        flags: "--command-timeout <seconds>",
        description: "command store: time limit of each command",
        default: "60"
      },
      {
        flags: "--allow-branch-scope",
        description: "cache store: allow writing from a branch other than the default one"
      },
      {
        flags: "--stream <name>",
        description: "the stream: one serialized line of use of one ChatGPT login",
        default: DEFAULT_STREAM
      }
    ];
    LOCK_OPTIONS = [
      {
        flags: "--lock <kind>",
        description: "lock backend (default: the store's own; git-ref inside GitHub Actions)",
        choices: LOCK_KINDS
      },
      {
        flags: "--lock-timeout <seconds>",
        description: "give up waiting for the lock after this long (exit 4)",
        default: String(DEFAULT_LOCK_TIMEOUT_SECONDS)
      }
    ];
    JSON_OPTION = {
      flags: "--json",
      description: "print one JSON object on stdout instead of text"
    };
    VERBOSE_OPTION = { flags: "--verbose", description: "print debug lines" };
    STORE_AND_LOCK_OPTIONS = [
      ...STORE_OPTIONS,
      ...LOCK_OPTIONS,
      JSON_OPTION,
      VERBOSE_OPTION
    ];
    STORE_ONLY_OPTIONS = [
      ...STORE_OPTIONS,
      JSON_OPTION,
      VERBOSE_OPTION
    ];
  }
});

// src/cli/options.ts
function parseStoreFlags(values, env) {
  const { store, lock } = resolveStreamSettings(
    {
      stream: values.stream,
      store: values.store,
      lock: values.lock || void 0,
      onGitHub: env.GITHUB_ACTIONS === "true",
      stateDir: values.stateDir || void 0,
      github: () => githubTarget(values, env),
      secretName: values.secretName,
      secretScope: values.secretScope ?? "repo",
      secretVisibility: values.secretVisibility ?? "",
      secretValue: env[SEED_ENV] ?? "",
      readCommand: values.readCommand,
      writeCommand: values.writeCommand,
      commandTimeoutMs: () => parseSeconds(values.commandTimeout ?? "60", "--command-timeout", 1, 3600) * 1e3,
      allowBranchScope: values.allowBranchScope === true,
      names: {
        stateDir: "--state-dir",
        secretName: "--secret-name NAME",
        secretScope: "--secret-scope",
        secretVisibility: "--secret-visibility",
        readCommand: "--read-command CMD",
        writeCommand: "--write-command CMD"
      }
    },
    env
  );
  return {
    store,
    lock,
    lockTimeoutMs: parseSeconds(values.lockTimeout ?? String(DEFAULT_LOCK_TIMEOUT_SECONDS), "--lock-timeout", 0, 86400) * 1e3,
    json: values.json === true,
    verbose: values.verbose === true
  };
}
function parseSeconds(value, flag, min, max) {
  const seconds = Number(value);
  if (value.trim() === "" || !Number.isFinite(seconds) || seconds < min || seconds > max) {
    throw new UsageError(
      `${flag} must be a number of seconds between ${min} and ${max}, not ${JSON.stringify(value)}.`
    );
  }
  return seconds;
}
function githubTarget(values, env) {
  const repo = values.repo ?? env.GITHUB_REPOSITORY;
  if (!repo) throw new UsageError("this store needs --repo OWNER/NAME (or GITHUB_REPOSITORY).");
  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!token) {
    throw new UsageError(
      "the git-ref store needs a token in GITHUB_TOKEN or GH_TOKEN that can write the repository's refs (contents: write)."
    );
  }
  return {
    repository: repo,
    repositoryName: "--repo",
    token,
    apiUrl: values.githubApiUrl ?? env.GITHUB_API_URL
  };
}
var init_options = __esm({
  "src/cli/options.ts"() {
    "use strict";
    init_errors();
    init_stream_settings();
    init_shared_options();
  }
});

// src/cli/commands/status.ts
var status_exports = {};
__export(status_exports, {
  run: () => run
});
async function run(input, kit) {
  const options = input.values;
  const flags = parseStoreFlags(options, kit.env);
  if (flags.store.github) kit.redactor.add([flags.store.github.token]);
  const status = await streamStatus(flags, kit.env, kit.logger(flags.verbose));
  const holder = status.lock.holder;
  if (flags.json) {
    kit.json(status);
    return 0;
  }
  const lines = [
    `stream:       ${status.stream} (${status.store}: ${status.location})`,
    status.exists ? `generation:   ${status.generation}, written ${status.writtenAt} by ${status.writer}` : "generation:   none (the stream holds nothing; seed it with `codex-auth seed`)",
    ...status.exists ? [
      `last refresh: ${status.lastRefresh ?? "-"}`,
      `fingerprint:  ${status.fingerprint} (key id ${status.keyId})`
    ] : [],
    lockLine(holder, flags.lock)
  ];
  kit.out(`${lines.join("\n")}
`);
  return 0;
}
function lockLine(holder, kind) {
  if (holder === null) return `lock:         free (${kind})`;
  const who = `${holder.owner} (host ${holder.host}, ${holder.pid === null ? "lease" : `pid ${holder.pid}`}, since ${holder.acquiredAt}, until ${holder.expiresAt})`;
  if (holder.stale) return `lock:         stale: its holder ${who} is gone; the next run takes it`;
  return `lock:         held by ${who}`;
}
var init_status2 = __esm({
  "src/cli/commands/status.ts"() {
    "use strict";
    init_status();
    init_options();
  }
});

// src/app/stream-history.ts
async function streamHistory(request, env, log) {
  const { store } = await createBackends(request.store, request.lock, env, log);
  return readStreamHistory(request.store, store, request.limit);
}
async function readStreamHistory(settings, store, limit) {
  const base = { stream: settings.stream, store: store.kind };
  if (settings.kind === "git-ref" && settings.github)
    return { ...base, ...await gitRefHistory(settings, limit) };
  if (settings.kind === "file") {
    const log = await readAuditLog(settings.stateDir, settings.stream);
    if (log !== null) {
      const entries = log.reverse().slice(0, limit);
      return {
        ...base,
        entries,
        complete: log.length <= limit,
        note: log.length > limit ? `the ${limit} newest of ${log.length} logged writes.` : null
      };
    }
    const current2 = await store.read();
    return {
      ...base,
      entries: current2 ? [entryOf2(current2, "unknown")] : [],
      complete: current2 === null,
      note: current2 ? "this stream was written before codex-auth kept an audit log: only the current write is known." : null
    };
  }
  const current = await store.read();
  return {
    ...base,
    entries: current ? [entryOf2(current, "unknown")] : [],
    complete: false,
    note: UNRECORDED[settings.kind] ?? `the ${settings.kind} store keeps only the current copy.`
  };
}
function entryOf2(envelope, why, commit) {
  return {
    generation: envelope.generation,
    writtenAt: envelope.writtenAt,
    writer: envelope.writer,
    why,
    fingerprint: envelope.fingerprint,
    ...commit ? { commit } : {}
  };
}
async function gitRefHistory(settings, limit) {
  const github = settings.github;
  if (!github) throw new Error("git-ref history without a repository");
  const { createOctokit: createOctokit2 } = await Promise.resolve().then(() => (init_octokit(), octokit_exports));
  const client = createOctokit2({ token: github.token, baseUrl: github.apiUrl });
  const repository = github.repository;
  const ref = streamRef(settings.stream);
  let sha;
  try {
    sha = (await client.rest.git.getRef({ ...repository, ref: ref.slice("refs/".length) })).data.object.sha;
  } catch (error) {
    if (statusOf(error) === 404) return { entries: [], complete: true, note: null };
    throw explainGitHubError(error, `reading ${ref}`, "contents: read");
  }
  const entries = [];
  while (sha !== null && entries.length < limit) {
    let data;
    try {
      data = (await client.rest.git.getCommit({ ...repository, commit_sha: sha })).data;
    } catch (error) {
      throw explainGitHubError(error, `reading commit ${sha}`, "contents: read");
    }
    const envelope = parseEnvelope(payloadOf(data.message), `${ref} (commit ${sha.slice(0, 12)})`);
    const recorded = /\((seed|refresh|reseed)\)\s*$/.exec(data.message.split("\n")[0] ?? "")?.[1];
    entries.push(entryOf2(envelope, recorded ?? (data.parents.length === 0 ? "seed" : "unknown"), sha));
    sha = data.parents[0]?.sha ?? null;
  }
  return {
    entries,
    complete: sha === null,
    note: sha === null ? null : `the ${limit} newest generations; older commits are on ${ref}.`
  };
}
var UNRECORDED;
var init_stream_history = __esm({
  "src/app/stream-history.ts"() {
    "use strict";
    init_envelope();
    init_git_refs();
    init_github_errors();
    init_github_errors();
    init_audit_log();
    init_git_ref_store();
    init_context();
    UNRECORDED = {
      cache: "the cache store keeps one entry per generation but the Actions cache evicts old ones and cannot list them from outside a job: only the current write is shown.",
      "github-secret": "a GitHub secret cannot be read back and keeps no versions: only the copy this job received is shown.",
      command: "the command store reads only the current value from your secret manager: only the current write is shown (your manager may keep versions of its own)."
    };
  }
});

// src/cli/commands/history.ts
var history_exports = {};
__export(history_exports, {
  run: () => run2
});
async function run2(input, kit) {
  const options = input.values;
  const flags = parseStoreFlags({ ...options, lockTimeout: "0" }, kit.env);
  if (flags.store.github) kit.redactor.add([flags.store.github.token]);
  const limit = Math.floor(parseSeconds(options.limit, "--limit", 1, 1e4));
  const history = await streamHistory({ ...flags, limit }, kit.env, kit.logger(flags.verbose));
  if (flags.json) {
    kit.json(history);
    return 0;
  }
  const lines = [
    `stream ${history.stream} (${history.store}): ${history.entries.length} write(s), newest first`,
    ...history.entries.map(
      (entry) => `  generation ${entry.generation}  ${entry.writtenAt}  ${entry.why.padEnd(7)}  ${entry.fingerprint}  ${entry.writer}`
    ),
    ...history.note ? [`note: ${history.note}`] : []
  ];
  kit.out(`${lines.join("\n")}
`);
  return 0;
}
var init_history = __esm({
  "src/cli/commands/history.ts"() {
    "use strict";
    init_stream_history();
    init_options();
  }
});

// src/app/unlock.ts
async function unlockStream(request, env, log) {
  const { lock } = await createBackends(request.store, request.lock, env, log);
  if (!request.confirmed) {
    const holder = await lock.inspect();
    throw new UsageError(
      `unlock needs ${request.confirmation}, and should be used only when the holder is gone${holder ? ` (held now by ${describeHolder(holder)})` : " (the lock is free now)"}.`
    );
  }
  const removed = await lock.forceRelease();
  return { stream: request.store.stream, released: removed !== null, holder: removed };
}
var init_unlock = __esm({
  "src/app/unlock.ts"() {
    "use strict";
    init_errors();
    init_lock();
    init_context();
  }
});

// src/cli/commands/unlock.ts
var unlock_exports = {};
__export(unlock_exports, {
  run: () => run3
});
async function run3(input, kit) {
  const options = input.values;
  const flags = parseStoreFlags(options, kit.env);
  if (flags.store.github) kit.redactor.add([flags.store.github.token]);
  const result = await unlockStream(
    { ...flags, confirmed: options.force === true, confirmation: "--force" },
    kit.env,
    kit.logger(flags.verbose)
  );
  if (flags.json) kit.json(result);
  else
    kit.out(
      result.holder ? `released the lock of stream "${result.stream}", held by ${describeHolder(result.holder)}
` : `the lock of stream "${result.stream}" was not held
`
    );
  return 0;
}
var init_unlock2 = __esm({
  "src/cli/commands/unlock.ts"() {
    "use strict";
    init_stream_settings();
    init_unlock();
    init_options();
  }
});

// src/core/auth-schema.ts
function describeSchemaIssues(issues) {
  return issues.map((issue) => `${getDotPath(issue) ?? "(top level)"}: ${problemOf(issue)}`);
}
function problemOf(issue) {
  if (issue.type === "check") return issue.message;
  if (issue.input === void 0) return "missing";
  if (issue.type === "picklist") return `must be one of ${issue.expected}`;
  const received = issue.input === null ? "null" : Array.isArray(issue.input) ? "array" : typeof issue.input;
  return `expected ${issue.expected}, received ${received}`;
}
var AUTH_MODES, tokensSchema, authFileSchema;
var init_auth_schema = __esm({
  "src/core/auth-schema.ts"() {
    "use strict";
    init_dist();
    init_rfc3339();
    AUTH_MODES = [
      "chatgpt",
      "apikey",
      "chatgptAuthTokens",
      "agentIdentity",
      "personalAccessToken",
      "bedrockApiKey",
      "bedrockAccessKeys"
    ];
    tokensSchema = looseObject({
      id_token: string(),
      access_token: string(),
      refresh_token: string(),
      account_id: nullish(string()),
      login_owner_id: nullish(string()),
      oauth_provenance: optional(unknown())
    });
    authFileSchema = looseObject({
      auth_mode: nullish(picklist(AUTH_MODES)),
      OPENAI_API_KEY: nullish(string()),
      tokens: nullish(tokensSchema),
      last_refresh: nullish(rfc3339),
      agent_identity: optional(unknown()),
      personal_access_token: nullish(string()),
      bedrock_api_key: optional(unknown()),
      bedrock_access_keys: optional(unknown())
    });
  }
});

// node_modules/jose/dist/webapi/lib/buffer_utils.js
function decodeBase64(encoded, url = false) {
  if (Uint8Array.fromBase64)
    return Uint8Array.fromBase64(encoded, { alphabet: url ? "base64url" : "base64" });
  if (url) {
    if (encoded.includes("+") || encoded.includes("/"))
      throw new TypeError("Invalid base64url");
    encoded = encoded.replace(/-/g, "+").replace(/_/g, "/");
  }
  const binary = atob(encoded), bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++)
    bytes[i] = binary.charCodeAt(i);
  return bytes;
}
var encoder, decoder, strictDecoder, UINT32_RANGE;
var init_buffer_utils = __esm({
  "node_modules/jose/dist/webapi/lib/buffer_utils.js"() {
    encoder = new TextEncoder();
    decoder = new TextDecoder();
    strictDecoder = new TextDecoder("utf-8", { fatal: true });
    UINT32_RANGE = 2 ** 32;
  }
});

// node_modules/jose/dist/webapi/util/errors.js
var JOSEError, JWTInvalid;
var init_errors2 = __esm({
  "node_modules/jose/dist/webapi/util/errors.js"() {
    JOSEError = class extends Error {
      static code = "ERR_JOSE_GENERIC";
      code = "ERR_JOSE_GENERIC";
      constructor(message, options) {
        super(message, options), this.name = this.constructor.name, Error.captureStackTrace?.(this, this.constructor);
      }
    };
    JWTInvalid = class extends JOSEError {
      static code = "ERR_JWT_INVALID";
      code = "ERR_JWT_INVALID";
    };
  }
});

// node_modules/jose/dist/webapi/util/base64url.js
function decode(input) {
  try {
    return decodeBase64(typeof input == "string" ? input : decoder.decode(input), true);
  } catch (cause) {
    throw new TypeError(invalid, { cause });
  }
}
var invalid;
var init_base64url = __esm({
  "node_modules/jose/dist/webapi/util/base64url.js"() {
    init_buffer_utils();
    invalid = "The input to be decoded is not correctly encoded.";
  }
});

// node_modules/jose/dist/webapi/lib/validate.js
function isObject(input) {
  if (typeof input != "object" || input === null || Object.prototype.toString.call(input) !== "[object Object]")
    return false;
  const prototype = Object.getPrototypeOf(input);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
var init_validate = __esm({
  "node_modules/jose/dist/webapi/lib/validate.js"() {
  }
});

// node_modules/jose/dist/webapi/util/decode_jwt.js
function decodeJwt(jwt) {
  if (typeof jwt != "string")
    throw new JWTInvalid("JWTs must use Compact JWS serialization, JWT must be a string");
  const { 1: encodedPayload, length } = jwt.split(".");
  if (length === 5)
    throw new JWTInvalid("Only JWTs using Compact JWS serialization can be decoded");
  if (length !== 3)
    throw new JWTInvalid("Invalid JWT");
  if (!encodedPayload)
    throw new JWTInvalid("JWTs must contain a payload");
  let claimsSetBytes;
  try {
    claimsSetBytes = decode(encodedPayload);
  } catch (cause) {
    throw new JWTInvalid("Failed to base64url decode the payload", { cause });
  }
  let claimsSet;
  try {
    claimsSet = JSON.parse(strictDecoder.decode(claimsSetBytes));
  } catch (cause) {
    throw new JWTInvalid("Failed to parse the decoded payload as JSON", { cause });
  }
  if (!isObject(claimsSet))
    throw new JWTInvalid("Invalid JWT Claims Set");
  return claimsSet;
}
var init_decode_jwt = __esm({
  "node_modules/jose/dist/webapi/util/decode_jwt.js"() {
    init_base64url();
    init_buffer_utils();
    init_validate();
    init_errors2();
  }
});

// node_modules/jose/dist/webapi/index.js
var init_webapi = __esm({
  "node_modules/jose/dist/webapi/index.js"() {
    init_decode_jwt();
  }
});

// src/core/jwt.ts
function decodeJwtLikeCodex(token) {
  const parts = token.split(".");
  if (parts.length !== 3 || parts.some((part) => part.length === 0)) {
    return { ok: false, reason: "it is not three non-empty dot-separated parts" };
  }
  if (!parts.every((part) => UNPADDED_BASE64URL.test(part))) {
    return { ok: false, reason: "a part is not unpadded base64url" };
  }
  try {
    return { ok: true, claims: decodeJwt(token) };
  } catch {
    return { ok: false, reason: "its payload is not a JSON object" };
  }
}
function jwtExpiry(token) {
  const decoded = decodeJwtLikeCodex(token);
  if (!decoded.ok || typeof decoded.claims.exp !== "number") return null;
  return new Date(decoded.claims.exp * 1e3);
}
var UNPADDED_BASE64URL;
var init_jwt = __esm({
  "src/core/jwt.ts"() {
    "use strict";
    init_webapi();
    UNPADDED_BASE64URL = /^[A-Za-z0-9_-]+$/;
  }
});

// src/core/bundle.ts
function parseBundle(raw, origin = "auth.json") {
  let json;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AuthUnusableError(`${origin} is not valid JSON. ${RESEED_HINT}`);
  }
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    throw new AuthUnusableError(`${origin} must hold a JSON object. ${RESEED_HINT}`);
  }
  const parsed = safeParse(authFileSchema, json);
  if (!parsed.success) {
    throw new AuthUnusableError(
      `${origin} cannot be read by Codex (${describeSchemaIssues(parsed.issues).join("; ")}). ${RESEED_HINT}`
    );
  }
  const auth = parsed.output;
  if (auth.tokens) {
    const idToken = decodeJwtLikeCodex(auth.tokens.id_token);
    if (!idToken.ok) {
      throw new AuthUnusableError(
        `${origin}: tokens.id_token is malformed (${idToken.reason}); Codex would ignore the whole file and run signed out. ${RESEED_HINT}`
      );
    }
  }
  const authMode = resolveAuthMode(auth);
  return { raw, auth, kind: kindOf(auth, authMode), authMode, fingerprint: fingerprintOf(auth) };
}
function resolveAuthMode(auth) {
  if (auth.auth_mode) return auth.auth_mode;
  if (auth.personal_access_token) return "personalAccessToken";
  return auth.OPENAI_API_KEY ? "apikey" : "chatgpt";
}
function kindOf(auth, mode) {
  switch (mode) {
    case "chatgpt":
      return auth.tokens ? "chatgpt" : "other";
    case "apikey":
      return "api_key";
    case "personalAccessToken":
      return "personal_access_token";
    default:
      return "other";
  }
}
function fingerprintOf(auth) {
  const canonical = JSON.stringify([
    auth.tokens?.id_token ?? null,
    auth.tokens?.access_token ?? null,
    auth.tokens?.refresh_token ?? null,
    auth.tokens?.account_id ?? null,
    auth.OPENAI_API_KEY ?? null,
    auth.personal_access_token ?? null
  ]);
  return `sha256:${(0, import_node_crypto3.createHash)("sha256").update(canonical).digest("hex").slice(0, 16)}`;
}
function secretValues(bundle) {
  const { auth } = bundle;
  const values = [
    auth.tokens?.id_token,
    auth.tokens?.access_token,
    auth.tokens?.refresh_token,
    auth.OPENAI_API_KEY,
    auth.personal_access_token
  ];
  for (const extra of [auth.agent_identity, auth.bedrock_api_key, auth.bedrock_access_keys]) {
    values.push(...stringLeaves(extra));
  }
  return values.filter((value) => typeof value === "string" && value.length >= 8);
}
function stringLeaves(value) {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(stringLeaves);
  return [];
}
function identityClaims(bundle) {
  const tokens = bundle.auth.tokens;
  if (!tokens) return { email: null, plan: null, accountId: null };
  const decoded = decodeJwtLikeCodex(tokens.id_token);
  const claims = decoded.ok ? decoded.claims : {};
  const openai = claims[OPENAI_AUTH_CLAIM];
  const openaiClaims = openai && typeof openai === "object" ? openai : {};
  const text = (value) => typeof value === "string" && value !== "" ? value : null;
  return {
    email: text(claims.email),
    plan: text(openaiClaims.chatgpt_plan_type),
    accountId: text(tokens.account_id) ?? text(openaiClaims.chatgpt_account_id)
  };
}
var import_node_crypto3, OPENAI_AUTH_CLAIM, RESEED_HINT;
var init_bundle = __esm({
  "src/core/bundle.ts"() {
    "use strict";
    import_node_crypto3 = require("node:crypto");
    init_dist();
    init_auth_schema();
    init_errors();
    init_jwt();
    OPENAI_AUTH_CLAIM = "https://api.openai.com/auth";
    RESEED_HINT = "Sign in again on a trusted machine (`codex login`, or `codex login --device-auth`) and reseed the stream with `codex-auth seed --force --auth-file ~/.codex/auth.json ...`.";
  }
});

// src/core/inspect.ts
function inspectBundle(bundle, now) {
  const identity = identityClaims(bundle);
  const lastRefresh = bundle.auth.last_refresh ?? null;
  const lastRefreshDate = lastRefresh ? new Date(lastRefresh) : null;
  const accessToken = bundle.auth.tokens?.access_token;
  const expiry = accessToken ? jwtExpiry(accessToken) : null;
  const problems = [];
  if (bundle.kind === "chatgpt" && !lastRefresh) {
    problems.push("last_refresh is missing: Codex will not refresh proactively and needs a 401 to recover");
  }
  if (bundle.kind !== "chatgpt") {
    problems.push(`this is a ${bundle.kind} credential, not a ChatGPT login a stream can carry`);
  }
  return {
    kind: bundle.kind,
    authMode: bundle.authMode,
    accountId: identity.accountId,
    plan: identity.plan,
    email: identity.email ? redactEmail(identity.email) : null,
    lastRefresh,
    lastRefreshAgeDays: lastRefreshDate ? round2((now.getTime() - lastRefreshDate.getTime()) / DAY_MS2) : null,
    accessTokenExpiresAt: expiry ? expiry.toISOString() : null,
    nextRefresh: bundle.kind === "chatgpt" ? nextRefresh(now, expiry, lastRefreshDate) : NO_REFRESH,
    fingerprint: bundle.fingerprint,
    problems
  };
}
function nextRefresh(now, expiry, lastRefresh) {
  if (expiry) {
    const at = new Date(expiry.getTime() - PROACTIVE_EXPIRY_WINDOW_MS);
    return { due: now >= at, reason: "proactive_expiry", at: at.toISOString() };
  }
  if (lastRefresh) {
    const at = new Date(lastRefresh.getTime() + SCHEDULED_REFRESH_AFTER_MS);
    return { due: now > at, reason: "scheduled", at: at.toISOString() };
  }
  return NO_REFRESH;
}
function round2(value) {
  return Math.round(value * 100) / 100;
}
function redactEmail(email) {
  const at = email.lastIndexOf("@");
  if (at <= 0) return "***";
  return `${email[0]}***${email.slice(at)}`;
}
var PROACTIVE_EXPIRY_WINDOW_MS, SCHEDULED_REFRESH_AFTER_MS, DAY_MS2, NO_REFRESH;
var init_inspect = __esm({
  "src/core/inspect.ts"() {
    "use strict";
    init_bundle();
    init_jwt();
    PROACTIVE_EXPIRY_WINDOW_MS = 5 * 60 * 1e3;
    SCHEDULED_REFRESH_AFTER_MS = 8 * 24 * 60 * 60 * 1e3;
    DAY_MS2 = 24 * 60 * 60 * 1e3;
    NO_REFRESH = { due: false, reason: null, at: null };
  }
});

// src/core/seed-text.ts
function normalizeSeedText(raw, origin, pathHint) {
  const text = stripBom(raw);
  const trimmed = text.trim();
  if (trimmed === "") {
    throw new UsageError(
      `${origin} is empty: it must hold the content of an auth.json from \`codex login\` (for example the file ~/.codex/auth.json). Check that the file or secret was written.`
    );
  }
  if (trimmed.startsWith("{")) return { text, decodedFrom: null };
  if (looksLikePath(trimmed)) {
    throw new UsageError(
      `${origin} holds a path (${trimmed}), not the content of an auth.json: ${pathHint.replace("PATH", trimmed)}.`
    );
  }
  const compact = trimmed.replace(/\s+/g, "");
  if (compact.length >= 16 && BASE64.test(compact)) {
    const decoded = stripBom(Buffer.from(compact, "base64").toString("utf8"));
    if (decoded.trim().startsWith("{") && isJsonObject(decoded))
      return { text: decoded, decodedFrom: "base64" };
  }
  return { text, decodedFrom: null };
}
function looksLikePath(value) {
  const trimmed = value.trim();
  if (trimmed === "" || trimmed.length > 4096 || /[\n{}"]/.test(trimmed)) return false;
  return /^(~|\.{1,2})?[/\\]/.test(trimmed) || /^[A-Za-z]:[/\\]/.test(trimmed) || /^\$\{?[A-Z_]+\}?[/\\]/.test(trimmed) || /^[^\s]+\.json$/i.test(trimmed);
}
function stripBom(text) {
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}
function isJsonObject(text) {
  try {
    const value = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value);
  } catch {
    return false;
  }
}
var BOM, BASE64, SKEW_TOLERANCE_MS;
var init_seed_text = __esm({
  "src/core/seed-text.ts"() {
    "use strict";
    init_errors();
    BOM = "\uFEFF";
    BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;
    SKEW_TOLERANCE_MS = 5 * 60 * 1e3;
  }
});

// src/platform/environ-scrub.ts
var init_environ_scrub = __esm({
  "src/platform/environ-scrub.ts"() {
    "use strict";
  }
});

// src/app/input-files.ts
async function readAuthJsonFile(file, name, onOpenToOthers) {
  return readInputFile(file, {
    flag: name,
    what: "an auth.json",
    maxBytes: MAX_AUTH_JSON_BYTES,
    ...onOpenToOthers ? { onOpenToOthers } : {}
  });
}
var init_input_files = __esm({
  "src/app/input-files.ts"() {
    "use strict";
    init_check_paths();
    init_environ_scrub();
  }
});

// src/app/inspect.ts
async function inspectAuthFile(request, secrets) {
  const raw = await readAuthJsonFile(request.file, request.source);
  const bundle = parseBundle(normalizeSeedText(raw, request.file, request.pathHint).text, request.file);
  secrets.add(secretValues(bundle));
  return inspectBundle(bundle, /* @__PURE__ */ new Date());
}
var init_inspect2 = __esm({
  "src/app/inspect.ts"() {
    "use strict";
    init_bundle();
    init_inspect();
    init_seed_text();
    init_input_files();
  }
});

// src/cli/commands/inspect.ts
var inspect_exports = {};
__export(inspect_exports, {
  run: () => run4
});
async function run4(input, kit) {
  const options = input.values;
  const file = options.authFile ?? import_node_path13.default.join(options.codexHome ?? kit.env.CODEX_HOME ?? await defaultCodexHome(), "auth.json");
  const flag = options.authFile ? "--auth-file" : options.codexHome ? "the auth.json of --codex-home" : kit.env.CODEX_HOME ? "the auth.json of CODEX_HOME" : "the default auth.json";
  const report = await inspectAuthFile(
    { file, source: flag, pathHint: "pass --auth-file with the auth.json itself" },
    kit.redactor
  );
  if (options.json === true) kit.json(report);
  else kit.out(formatReport(file, report));
  return 0;
}
async function defaultCodexHome() {
  const { homedir } = await Promise.resolve().then(() => __toESM(require("node:os"), 1));
  return import_node_path13.default.join(homedir(), ".codex");
}
function formatReport(file, report) {
  const next = report.nextRefresh;
  const nextText = next.reason === null ? "no proactive refresh (Codex refreshes only after a 401)" : `${next.due ? "due now" : next.at} (${next.reason})`;
  const lines = [
    `file:                 ${file}`,
    `kind:                 ${report.kind} (auth_mode ${report.authMode})`,
    `account:              ${report.accountId ?? "-"}`,
    `plan:                 ${report.plan ?? "-"}`,
    `email:                ${report.email ?? "-"}`,
    `last refresh:         ${report.lastRefresh ?? "-"}${report.lastRefreshAgeDays === null ? "" : ` (${report.lastRefreshAgeDays} days ago)`}`,
    `access token expires: ${report.accessTokenExpiresAt ?? "not a JWT with exp"}`,
    `next refresh:         ${nextText}`,
    `fingerprint:          ${report.fingerprint}`,
    ...report.problems.map((problem) => `problem:              ${problem}`)
  ];
  return `${lines.join("\n")}
`;
}
var import_node_path13;
var init_inspect3 = __esm({
  "src/cli/commands/inspect.ts"() {
    "use strict";
    import_node_path13 = __toESM(require("node:path"), 1);
    init_inspect2();
  }
});

// src/core/key-env.ts
var init_key_env = __esm({
  "src/core/key-env.ts"() {
    "use strict";
  }
});

// src/core/key.ts
function generateKey() {
  return (0, import_node_crypto4.randomBytes)(KEY_BYTES).toString("base64");
}
var import_node_crypto4, KEY_BYTES;
var init_key = __esm({
  "src/core/key.ts"() {
    "use strict";
    import_node_crypto4 = require("node:crypto");
    init_errors();
    init_key_env();
    KEY_BYTES = 32;
  }
});

// src/cli/commands/keygen.ts
var keygen_exports = {};
__export(keygen_exports, {
  run: () => run5
});
async function run5(_input, kit) {
  kit.io.stdout(`${generateKey()}
`);
  return 0;
}
var init_keygen = __esm({
  "src/cli/commands/keygen.ts"() {
    "use strict";
    init_key();
  }
});

// src/cli/bundles/light.ts
var light_exports = {};
__export(light_exports, {
  commands: () => commands,
  run: () => run6
});
module.exports = __toCommonJS(light_exports);

// src/cli/kit.ts
init_errors();

// src/core/untrusted-text.ts
var MAX_UNTRUSTED_LINE = 2e3;
var MAX_UNTRUSTED_LINES = 200;
var BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;
var ANSI = (
  // eslint-disable-next-line no-control-regex
  /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[@-Z\\-_]/g
);
var CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function visible(char) {
  const code = char.codePointAt(0) ?? 0;
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
}
function neutraliseLine(line, max) {
  const clean = line.replace(ANSI, "").replace(CONTROL, visible).replace(/##\[/g, "##\\[").replace(/^(\s*):(?=:)/, "$1:\\");
  if (clean.length <= max) return clean;
  const cut = /[\ud800-\udbff]/.test(clean[max - 1] ?? "") ? max - 1 : max;
  return `${clean.slice(0, cut)}\u2026 [${clean.length - cut} more characters]`;
}
function untrustedLines(text, options = {}) {
  const max = options.maxLineLength ?? MAX_UNTRUSTED_LINE;
  const maxLines = options.maxLines ?? MAX_UNTRUSTED_LINES;
  const prefix = options.prefix ?? "";
  const bounded = text.length > max * maxLines * 2 ? text.slice(0, max * maxLines * 2) : text;
  const lines = bounded.split(BREAKS);
  while (lines.length > 0 && (lines[lines.length - 1] ?? "").trim() === "") lines.pop();
  while (lines.length > 0 && (lines[0] ?? "").trim() === "") lines.shift();
  const shown = lines.slice(0, maxLines).map((line) => prefix + neutraliseLine(line, max));
  const moreLines = lines.length - shown.length;
  if (moreLines > 0 || bounded !== text) {
    shown.push(`${prefix}\u2026 [cut: ${moreLines > 0 ? `${moreLines} more lines` : "more text"}]`);
  }
  return shown;
}
function jsonForLog(json) {
  return json.replace(/##\[/g, "##\\u005b").replace(/[\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (char) => {
    return `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`;
  });
}

// src/cli/console.ts
var OWN_TEXT = { maxLineLength: 2e4, maxLines: 2e3 };
function stderrText(redactor, text) {
  return `${untrustedLines(redactor.redact(text), OWN_TEXT).join("\n")}
`;
}
function stderrLogger(io, redactor, verbose) {
  const line = (prefix, message) => io.stderr(stderrText(redactor, `codex-auth: ${prefix}${message}`));
  return {
    info: (message) => line("", message),
    warn: (message) => line("warning: ", message),
    debug: (message) => {
      if (verbose) line("debug: ", message);
    }
  };
}

// src/core/redactor.ts
var Redactor = class {
  secrets = /* @__PURE__ */ new Set();
  add(values) {
    for (const value of values) if (value.length >= 8) this.secrets.add(value);
  }
  contains(text) {
    for (const secret of this.secrets) if (text.includes(secret)) return true;
    return false;
  }
  redact(text) {
    let out = text;
    for (const secret of this.secrets) {
      if (out.includes(secret)) out = out.split(secret).join("***");
    }
    return out;
  }
};

// src/cli/kit.ts
function createKit(io, env) {
  const redactor = new Redactor();
  const kit = {
    io,
    env,
    redactor,
    logger: (verbose) => stderrLogger(io, redactor, verbose),
    out: (text) => io.stdout(redactor.redact(text)),
    // A JSON result can carry the agent's text (finalMessage): no workflow command in it when stdout is a CI log.
    json: (value) => io.stdout(`${jsonForLog(redactor.redact(JSON.stringify(value, null, 2)))}
`),
    fail(error, json) {
      const failure = asCodexAuthError(error);
      if (json) kit.json({ error: errorJson(failure) });
      else io.stderr(stderrText(redactor, `codex-auth: error: ${failure.message}`));
      return failure.exitCode;
    }
  };
  return kit;
}
function errorJson(error) {
  return { code: error.code, message: error.message };
}

// src/cli/bundles/command-bundle.ts
function commandBundle(loaders) {
  const run7 = async (command, input, io, env) => {
    const kit = createKit(io, env);
    const load = loaders[command];
    try {
      if (!load) throw new Error(`${command} is not in this bundle`);
      const loaded2 = await load();
      return await loaded2.run(input, kit);
    } catch (error) {
      return kit.fail(error, input.values.json === true);
    }
  };
  return { run: run7, commands: Object.keys(loaders) };
}

// src/cli/bundles/light.ts
var { run: run6, commands } = commandBundle({
  status: () => Promise.resolve().then(() => (init_status2(), status_exports)),
  history: () => Promise.resolve().then(() => (init_history(), history_exports)),
  unlock: () => Promise.resolve().then(() => (init_unlock2(), unlock_exports)),
  inspect: () => Promise.resolve().then(() => (init_inspect3(), inspect_exports)),
  keygen: () => Promise.resolve().then(() => (init_keygen(), keygen_exports))
});
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  commands,
  run
});
