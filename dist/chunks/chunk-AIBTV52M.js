#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  explainGitHubError,
  messageOf,
  statusOf
} from "./chunk-6DHBGNWT.js";
import {
  UsageError
} from "./chunk-53B7ORU2.js";

// src/github/git-refs.ts
var EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
var WRITE = "contents: write";
var READ = "contents: read";
var GitRefs = class {
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

export {
  GitRefs,
  parseRepository,
  commitMessage,
  payloadOf
};
