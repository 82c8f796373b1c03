#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  statusOf
} from "./chunk-ULPY7FZK.js";

// src/github/ref-handoff.ts
var CODEX_AUTH_REFS = "refs/codex-auth";
var RefHandoff = class {
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
async function runLiveness(client, run) {
  const [owner, repo] = run.repository.split("/");
  if (!owner || !repo) return "unknown";
  try {
    const { data } = await client.rest.actions.getWorkflowRun({ owner, repo, run_id: run.id });
    if ((data.run_attempt ?? run.attempt) > run.attempt) return "gone";
    return data.status === "completed" ? "gone" : "active";
  } catch (error) {
    return statusOf(error) === 404 ? "gone" : "unknown";
  }
}

export {
  CODEX_AUTH_REFS,
  RefHandoff,
  currentWorkflowRun,
  runLiveness
};
