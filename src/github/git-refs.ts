import { UsageError } from '../core/errors.js';
import { explainGitHubError, messageOf, statusOf } from './github-errors.js';
import type { GitHubClient } from './octokit.js';

// Plumbing for refs whose commits carry their payload in the commit message (an envelope, a lock holder) over the
// empty tree. That keeps every operation at one API call: a commit needs no blob and no tree of its own.

/** Git's empty tree: every git object database knows it without storing it. */
export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

export interface Repository {
  readonly owner: string;
  readonly repo: string;
}

export type FastForward = 'updated' | 'not-fast-forward' | 'missing';

const WRITE = 'contents: write';
const READ = 'contents: read';

export class GitRefs {
  private emptyTree = EMPTY_TREE;

  constructor(
    private readonly client: GitHubClient,
    readonly repository: Repository,
  ) {}

  /** The commit a ref points at, or null. `ref` is the full name (`refs/codex-auth/...`). */
  async readRef(ref: string): Promise<string | null> {
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
  async listRefs(prefix: string): Promise<Map<string, string>> {
    try {
      const { data } = await this.client.rest.git.listMatchingRefs({
        ...this.repository,
        ref: shortName(prefix),
      });
      return new Map(data.map((entry) => [entry.ref, entry.object.sha]));
    } catch (error) {
      throw explainGitHubError(error, `listing ${prefix}`, READ);
    }
  }

  async readMessage(sha: string): Promise<string> {
    try {
      const { data } = await this.client.rest.git.getCommit({ ...this.repository, commit_sha: sha });
      return data.message;
    } catch (error) {
      throw explainGitHubError(error, `reading commit ${sha}`, READ);
    }
  }

  /** A commit over the empty tree with `message`. */
  async createCommit(message: string, parents: readonly string[]): Promise<string> {
    const create = () =>
      this.client.rest.git.createCommit({
        ...this.repository,
        message,
        tree: this.emptyTree,
        parents: [...parents],
      });
    try {
      return (await create()).data.sha;
    } catch (error) {
      // A host that does not treat the empty tree as present: store it once, then retry.
      if (statusOf(error) === 422 && /tree/i.test(messageOf(error)) && this.emptyTree === EMPTY_TREE) {
        try {
          this.emptyTree = (await this.client.rest.git.createTree({ ...this.repository, tree: [] })).data.sha;
          return (await create()).data.sha;
        } catch (retryError) {
          throw explainGitHubError(retryError, 'writing a commit', WRITE);
        }
      }
      throw explainGitHubError(error, 'writing a commit', WRITE);
    }
  }

  /** Creates `ref` at `sha`; false when it already exists (GitHub's 422 "Reference already exists"). */
  async createRef(ref: string, sha: string): Promise<boolean> {
    try {
      await this.client.rest.git.createRef({ ...this.repository, ref, sha });
      return true;
    } catch (error) {
      if (statusOf(error) === 422 && /already exists/i.test(messageOf(error))) return false;
      throw explainGitHubError(error, `creating ${ref}`, WRITE);
    }
  }

  /** Moves `ref` to `sha` only if `sha` descends from where the ref is now: a compare-and-swap. */
  async fastForward(ref: string, sha: string, force = false): Promise<FastForward> {
    try {
      await this.client.rest.git.updateRef({ ...this.repository, ref: shortName(ref), sha, force });
      return 'updated';
    } catch (error) {
      if (statusOf(error) === 422) {
        const said = messageOf(error);
        if (/not a fast forward/i.test(said)) return 'not-fast-forward';
        if (/does not exist/i.test(said)) return 'missing';
      }
      throw explainGitHubError(error, `updating ${ref}`, WRITE);
    }
  }

  /** Deletes `ref`; false when it did not exist. */
  async deleteRef(ref: string): Promise<boolean> {
    try {
      await this.client.rest.git.deleteRef({ ...this.repository, ref: shortName(ref) });
      return true;
    } catch (error) {
      // Only GitHub's "Reference does not exist" means already gone: any other 422 is reported, not swallowed.
      if (statusOf(error) === 404) return false;
      if (statusOf(error) === 422 && /does not exist/i.test(messageOf(error))) return false;
      throw explainGitHubError(error, `deleting ${ref}`, WRITE);
    }
  }
}

/** The REST API names refs without the leading `refs/` in paths. */
function shortName(ref: string): string {
  return ref.replace(/^refs\//, '');
}

export function parseRepository(value: string, source: string): Repository {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value.trim());
  if (!match?.[1] || !match[2]) {
    throw new UsageError(`${source} must be OWNER/NAME, not ${JSON.stringify(value)}`);
  }
  return { owner: match[1], repo: match[2] };
}

/** Subject line for humans browsing the ref, then a blank line, then the payload. */
export function commitMessage(subject: string, payload: string): string {
  return `${subject}\n\n${payload}`;
}

export function payloadOf(message: string): string {
  const at = message.indexOf('\n\n');
  return at === -1 ? message : message.slice(at + 2);
}
