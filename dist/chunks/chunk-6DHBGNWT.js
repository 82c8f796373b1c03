#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  InternalError,
  UsageError
} from "./chunk-53B7ORU2.js";

// src/github/github-errors.ts
var EMPTY_REPOSITORY_FIX = 'Push a first commit to any branch of the repository (for example `git commit --allow-empty -m "first commit" && git push`), then run again';
var EmptyRepositoryError = class extends UsageError {
  fix = EMPTY_REPOSITORY_FIX;
};
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
  let path = request.url;
  try {
    path = new URL(request.url).pathname;
  } catch {
  }
  return `${request.method} ${decodeURIComponent(path)}`;
}

export {
  explainGitHubError,
  statusOf,
  messageOf
};
