#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  currentWorkflowRun
} from "./chunk-RPFSE2RI.js";
import {
  withAuditLog
} from "./chunk-KQMSNF6O.js";
import {
  GitRefs
} from "./chunk-J5IH24H5.js";
import {
  createLock,
  createStore
} from "./chunk-LRSS5WRI.js";
import {
  UsageError
} from "./chunk-HPAV43AD.js";

// src/roundtrip/backends.ts
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
  const octokit = onGitHub ? await import("./octokit-OPGEB4EX.js") : null;
  let client = null;
  let git = null;
  const clientOf = () => {
    if (!octokit) throw new Error("internal: a GitHub client was asked for by a backend not on GitHub");
    return client ??= octokit.createOctokit({ token: target().token, baseUrl: target().apiUrl });
  };
  const gitOf = () => git ??= new GitRefs(clientOf(), target().repository);
  return {
    store: withHistory(await createStore(settings, { git: gitOf, client: clientOf, log, env }), settings),
    lock: await createLock(lockKind, settings, {
      git: gitOf,
      client: clientOf,
      run: currentWorkflowRun(env),
      log
    })
  };
}

export {
  createBackends
};
