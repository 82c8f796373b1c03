#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  RefHandoff
} from "./chunk-NVDLWAIV.js";
import {
  withAuditLog
} from "./chunk-LBIPEUCS.js";
import {
  createLock,
  createStore
} from "./chunk-FP6FQLO4.js";
import {
  currentWorkflowRun
} from "./chunk-RPFSE2RI.js";
import {
  GitRefs
} from "./chunk-J5IH24H5.js";
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

export {
  createBackends
};
