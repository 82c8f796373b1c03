// Issues, issue comments and labels of the ONE repository of the loopback GitHub REST simulator
// (./github-simulator.ts), enough for a bot that opens, updates, comments on and closes one issue per stream.
//
// - Issues are numbered from 1. Lists are GitHub's: open issues by default (`state=open|closed|all`), newest first
//   by created_at (`sort=created|updated|comments`, `direction=asc|desc`), `labels=a,b` keeps issues that carry ALL
//   the given labels, `creator=<login>`, `since=<ISO 8601>` (updated at or after); `per_page` 30 by default (at most
//   100), `page`, and a `link` header that keeps the other query parameters, so Octokit's paginate() works.
// - Closing sets closed_at, closed_by and state_reason ('completed' unless 'not_planned' or 'duplicate' is asked
//   for); reopening sets state_reason 'reopened'. state_reason is ignored unless the state changes (GitHub's docs).
// - Labels have case-insensitive names. Naming a label that does not exist when creating or updating an issue
//   creates it, with color 'ededed', as GitHub does; POST /labels with a taken name is 422 already_exists.
// - Issues, comments and labels need the token's `issues` permission: 'read' for GETs, 'write' for the rest
//   (403 "Resource not accessible by integration" otherwise, checked before the issue's existence).
// - The author of an issue or comment is the token's login (github-actions[bot] unless addToken says otherwise).
// Messages: "Validation Failed" with GitHub's `errors` array for an existing label (as GitHub answers it) and for
// bodies over 65536 characters (from client issue reports: resource Issue code custom for issues, resource
// IssueComment code unprocessable field data for comments); those marked "approximation" are not verified.

import type { Reply } from './github-simulator-secrets.js';

export type IssuesPermission = 'write' | 'read' | 'none';
export type IssueState = 'open' | 'closed';
export type IssueStateReason = 'completed' | 'not_planned' | 'duplicate' | 'reopened';
/** What `sim.issues()` / `sim.issue(n)` return: labels by name (sorted), comments' bodies in order. */
export type SimIssue = {
  number: number;
  title: string;
  body: string | null;
  state: IssueState;
  stateReason: IssueStateReason | null;
  labels: string[];
  author: string;
  comments: string[];
};

export type IssuesRequest = {
  /** Path segments after '/repos/{owner}/{repo}', each percent-decoded on its own (a label name may hold '/'). */
  readonly segments: readonly string[];
  readonly method: string;
  readonly body: Record<string, unknown>;
  readonly query: URLSearchParams;
  /** The request's path as sent (still encoded), for pagination links. */
  readonly rawPath: string;
  readonly permission: IssuesPermission;
  /** The token's login: the author of what it creates. */
  readonly login: string;
};

export interface RepoIssues {
  /** Serves an issues, comments or labels route, or returns undefined when the path is none of them. */
  route(request: IssuesRequest): Reply | undefined;
  issues(): SimIssue[];
  issue(number: number): SimIssue | null;
}

type Label = { id: number; name: string; color: string; description: string | null };
type Comment = { id: number; body: string; author: string; created: Date; updated: Date };
type Issue = {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: IssueState;
  stateReason: IssueStateReason | null;
  /** By lower-cased name: the labels map's keys. */
  labels: Set<string>;
  author: string;
  closedBy: string | null;
  comments: Comment[];
  created: Date;
  updated: Date;
  closed: Date | null;
};

/** A complete reply thrown from deep inside a handler (GitHub's "Validation Failed" carries an `errors` array). */
class Rejection extends Error {
  constructor(readonly reply: Reply) {
    super('rejected');
  }
}

const DOCS = 'https://docs.github.com/rest/issues';
const MAX_BODY = 65536;
const DEFAULT_COLOR = 'ededed';
const COLOR = /^[0-9a-fA-F]{6}$/;
const NUMBER = /^[1-9]\d{0,9}$/;
const CLOSE_REASONS: readonly string[] = ['completed', 'not_planned', 'duplicate'];
const STATE_REASONS: readonly string[] = [...CLOSE_REASONS, 'reopened'];

const timestamp = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const length = (text: string): number => [...text].length; // characters, not UTF-16 units

export function createRepoIssues(deps: {
  readonly owner: string;
  readonly repo: string;
  readonly url: () => string;
  readonly fail: (status: number, message: string) => never;
}): RepoIssues {
  const { owner, repo, fail } = deps;
  const notFound = (): never => fail(404, 'Not Found');
  const noAccess = (): never => fail(403, 'Resource not accessible by integration');
  const missing = (field: string): never => fail(422, `Invalid request.\n\n"${field}" wasn't supplied.`);
  const notOneOf = (field: string, value: unknown, allowed: readonly string[]): never =>
    fail(
      422,
      `Invalid request.\n\nFor 'properties/${field}', ${JSON.stringify(value)} is not one of [${allowed.map((a) => JSON.stringify(a)).join(', ')}].`,
    ); // approximation
  const validation = (docs: string, error: Record<string, unknown>): never => {
    throw new Rejection([
      422,
      { message: 'Validation Failed', errors: [error], documentation_url: docs, status: '422' },
    ]);
  };

  const issues = new Map<number, Issue>();
  /** By lower-cased name. */
  const labels = new Map<string, Label>();
  let nextIssueId = 3_000_000_001;
  let nextCommentId = 2_000_000_001;
  let nextLabelId = 7_000_000_001;

  const api = (): string => `${deps.url()}/repos/${owner}/${repo}`;
  const web = `https://github.com/${owner}/${repo}`;
  /** Account ids by lower-cased login; github-actions[bot] has its real one. */
  const userIds = new Map<string, number>([['github-actions[bot]', 41898282]]);
  function userJson(login: string): unknown {
    const key = login.toLowerCase();
    const id = userIds.get(key) ?? 100_000_000 + userIds.size;
    userIds.set(key, id);
    const type = login.endsWith('[bot]') ? 'Bot' : 'User';
    const html_url =
      type === 'Bot' ? `https://github.com/apps/${login.slice(0, -5)}` : `https://github.com/${login}`;
    return { login, id, type, html_url };
  }

  function labelJson(label: Label): unknown {
    return {
      id: label.id,
      node_id: `LA_sim${label.id}`,
      url: `${api()}/labels/${encodeURIComponent(label.name)}`,
      name: label.name,
      color: label.color,
      default: false,
      description: label.description,
    };
  }
  const labelsOf = (issue: Issue): Label[] =>
    [...issue.labels]
      .sort()
      .map((key) => labels.get(key))
      .filter((l) => l !== undefined);

  function issueJson(issue: Issue, single: boolean): unknown {
    const url = `${api()}/issues/${issue.number}`;
    return {
      id: issue.id,
      node_id: `I_sim${issue.id}`,
      url,
      repository_url: api(),
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `${web}/issues/${issue.number}`,
      number: issue.number,
      state: issue.state,
      state_reason: issue.stateReason,
      title: issue.title,
      body: issue.body,
      user: userJson(issue.author),
      labels: labelsOf(issue).map(labelJson),
      assignee: null,
      assignees: [],
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: issue.comments.length,
      closed_at: issue.closed === null ? null : timestamp(issue.closed),
      created_at: timestamp(issue.created),
      updated_at: timestamp(issue.updated),
      author_association: 'NONE',
      // GitHub names the closer only when it serves one issue.
      ...(single ? { closed_by: issue.closedBy === null ? null : userJson(issue.closedBy) } : {}),
    };
  }

  function commentJson(issue: Issue, comment: Comment): unknown {
    return {
      id: comment.id,
      node_id: `IC_sim${comment.id}`,
      url: `${api()}/issues/comments/${comment.id}`,
      html_url: `${web}/issues/${issue.number}#issuecomment-${comment.id}`,
      issue_url: `${api()}/issues/${issue.number}`,
      body: comment.body,
      user: userJson(comment.author),
      created_at: timestamp(comment.created),
      updated_at: timestamp(comment.updated),
      author_association: 'NONE',
    };
  }

  /** GitHub's pages of a plain array; the `link` header keeps the request's other query parameters. */
  function paginate(items: readonly unknown[], req: IssuesRequest): Reply {
    const int = (name: string, fallback: number): number => {
      const n = Number.parseInt(req.query.get(name) ?? '', 10);
      return Number.isFinite(n) && n > 0 ? n : fallback;
    };
    const perPage = Math.min(int('per_page', 30), 100);
    const page = int('page', 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const at = (n: number): string => {
      const params = new URLSearchParams(req.query);
      params.set('per_page', String(perPage));
      params.set('page', String(n));
      return `<${deps.url()}${req.rawPath}?${params.toString()}>`;
    };
    const links = [
      ...(page < last ? [`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`] : []),
      ...(page > 1 ? [`${at(Math.min(page - 1, last))}; rel="prev"`, `${at(1)}; rel="first"`] : []),
    ];
    const slice = items.slice((page - 1) * perPage, page * perPage);
    return [200, slice, links.length > 0 ? { link: links.join(', ') } : {}];
  }

  function checkBody(value: unknown, resource: 'Issue' | 'IssueComment', docs: string): string | null {
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string')
      return fail(422, "Invalid request.\n\nFor 'properties/body', it is not a string."); // approximation
    if (length(value) > MAX_BODY) {
      validation(
        docs,
        resource === 'Issue'
          ? {
              resource,
              code: 'custom',
              field: 'body',
              message: 'body is too long (maximum is 65536 characters)',
            }
          : {
              resource,
              code: 'unprocessable',
              field: 'data',
              message: 'Body is too long (maximum is 65536 characters)',
            },
      );
    }
    return value;
  }

  function checkTitle(value: unknown, docs: string): string {
    if (typeof value !== 'string' && typeof value !== 'number') return missing('title');
    const title = String(value);
    // approximation
    if (title.trim() === '') validation(docs, { resource: 'Issue', code: 'missing_field', field: 'title' });
    return title;
  }

  function newLabel(name: string, color: string, description: string | null): Label {
    const label = { id: nextLabelId++, name, color, description };
    labels.set(name.toLowerCase(), label);
    return label;
  }

  /** The lower-cased names of `value` (strings or `{name}`), creating labels that do not exist yet. */
  function resolveLabels(value: unknown): Set<string> {
    if (!Array.isArray(value))
      return fail(422, "Invalid request.\n\nFor 'properties/labels', it is not an array."); // approximation
    const keys = new Set<string>();
    for (const item of value as unknown[]) {
      const raw = typeof item === 'object' && item !== null ? (item as Record<string, unknown>).name : item;
      if (typeof raw !== 'string' || raw.trim() === '') continue; // approximation: GitHub drops blank names
      const key = raw.toLowerCase();
      if (!labels.has(key)) newLabel(raw, DEFAULT_COLOR, null);
      keys.add(key);
    }
    return keys;
  }

  function issueOf(number: string | undefined): Issue {
    if (number === undefined || !NUMBER.test(number)) return notFound();
    return issues.get(Number(number)) ?? notFound();
  }

  function listIssues(req: IssuesRequest): Reply {
    const { query } = req;
    const state = query.get('state') ?? 'open';
    if (!['open', 'closed', 'all'].includes(state)) {
      validation(`${DOCS}/issues#list-repository-issues`, {
        resource: 'Issue',
        field: 'state',
        code: 'invalid',
        value: state,
      }); // approximation
    }
    const sort = query.get('sort') ?? 'created';
    if (!['created', 'updated', 'comments'].includes(sort)) {
      validation(`${DOCS}/issues#list-repository-issues`, {
        resource: 'Issue',
        field: 'sort',
        code: 'invalid',
        value: sort,
      }); // approximation
    }
    const ascending = query.get('direction') === 'asc';
    const wanted = (query.get('labels') ?? '')
      .split(',')
      .map((l) => l.trim().toLowerCase())
      .filter((l) => l !== '');
    const creator = query.get('creator')?.toLowerCase();
    const sinceText = query.get('since');
    const since = sinceText === null ? undefined : Date.parse(sinceText);
    if (since !== undefined && Number.isNaN(since)) {
      fail(422, `Invalid request.\n\n${sinceText} is not a valid date-time.`); // approximation
    }
    const key = (i: Issue): number =>
      sort === 'updated'
        ? i.updated.getTime()
        : sort === 'comments'
          ? i.comments.length
          : i.created.getTime();
    const selected = [...issues.values()]
      .filter(
        (i) =>
          (state === 'all' || i.state === state) &&
          wanted.every((l) => i.labels.has(l)) &&
          (creator === undefined || creator === '' || i.author.toLowerCase() === creator) &&
          (since === undefined || i.updated.getTime() >= since),
      )
      .sort((a, b) => (key(a) - key(b) || a.number - b.number) * (ascending ? 1 : -1));
    return paginate(
      selected.map((i) => issueJson(i, false)),
      req,
    );
  }

  function createIssue(req: IssuesRequest): Reply {
    const docs = `${DOCS}/issues#create-an-issue`;
    const title = checkTitle(req.body.title, docs);
    const body = checkBody(req.body.body, 'Issue', docs);
    const keys =
      req.body.labels === undefined || req.body.labels === null
        ? new Set<string>()
        : resolveLabels(req.body.labels);
    const now = new Date();
    const number = issues.size + 1;
    const issue: Issue = {
      id: nextIssueId++,
      number,
      title,
      body,
      state: 'open',
      stateReason: null,
      labels: keys,
      author: req.login,
      closedBy: null,
      comments: [],
      created: now,
      updated: now,
      closed: null,
    };
    issues.set(number, issue);
    return [201, issueJson(issue, true), { location: `${api()}/issues/${number}` }];
  }

  function updateIssue(issue: Issue, req: IssuesRequest): Reply {
    const docs = `${DOCS}/issues#update-an-issue`;
    const { body } = req;
    // Validate everything before changing anything.
    const title = body.title === undefined ? issue.title : checkTitle(body.title, docs);
    const text = body.body === undefined ? issue.body : checkBody(body.body, 'Issue', docs);
    if (body.state !== undefined && body.state !== 'open' && body.state !== 'closed') {
      notOneOf('state', body.state, ['open', 'closed']);
    }
    const reason = body.state_reason;
    if (reason !== undefined && reason !== null && !STATE_REASONS.includes(String(reason))) {
      notOneOf('state_reason', reason, STATE_REASONS);
    }
    const keys = body.labels === undefined ? issue.labels : resolveLabels(body.labels);
    const now = new Date();
    issue.title = title;
    issue.body = text;
    issue.labels = keys;
    const state = body.state as IssueState | undefined;
    if (state !== undefined && state !== issue.state) {
      issue.state = state;
      if (state === 'closed') {
        issue.stateReason = CLOSE_REASONS.includes(String(reason))
          ? (reason as IssueStateReason)
          : 'completed';
        issue.closed = now;
        issue.closedBy = req.login;
      } else {
        issue.stateReason = 'reopened';
        issue.closed = null;
        issue.closedBy = null;
      }
    }
    issue.updated = now;
    return [200, issueJson(issue, true)];
  }

  function createComment(issue: Issue, req: IssuesRequest): Reply {
    if (req.body.body === undefined || req.body.body === null) return missing('body');
    const text = checkBody(req.body.body, 'IssueComment', `${DOCS}/comments#create-an-issue-comment`) ?? '';
    const now = new Date();
    const comment: Comment = {
      id: nextCommentId++,
      body: text,
      author: req.login,
      created: now,
      updated: now,
    };
    issue.comments.push(comment);
    issue.updated = now; // a comment counts as an update of its issue
    return [201, commentJson(issue, comment), { location: `${api()}/issues/comments/${comment.id}` }];
  }

  function listComments(issue: Issue, req: IssuesRequest): Reply {
    const sinceText = req.query.get('since');
    const since = sinceText === null ? undefined : Date.parse(sinceText);
    if (since !== undefined && Number.isNaN(since)) {
      fail(422, `Invalid request.\n\n${sinceText} is not a valid date-time.`); // approximation
    }
    const selected = issue.comments.filter((c) => since === undefined || c.updated.getTime() >= since);
    return paginate(
      selected.map((c) => commentJson(issue, c)),
      req,
    );
  }

  function createLabel(req: IssuesRequest): Reply {
    const docs = `${DOCS}/labels#create-a-label`;
    const { name, color, description } = req.body;
    if (typeof name !== 'string') return missing('name');
    if (name.trim() === '') validation(docs, { resource: 'Label', code: 'missing_field', field: 'name' }); // approximation
    if (color !== undefined && (typeof color !== 'string' || !COLOR.test(color))) {
      validation(docs, { resource: 'Label', code: 'invalid', field: 'color' }); // approximation
    }
    if (description !== undefined && description !== null && typeof description !== 'string') {
      return fail(422, "Invalid request.\n\nFor 'properties/description', it is not a string."); // approximation
    }
    if (typeof description === 'string' && length(description) > 100) {
      validation(docs, {
        resource: 'Label',
        code: 'custom',
        field: 'description',
        message: 'description is too long (maximum is 100 characters)',
      }); // approximation
    }
    if (labels.has(name.toLowerCase())) {
      validation(docs, { resource: 'Label', code: 'already_exists', field: 'name' });
    }
    const label = newLabel(
      name,
      typeof color === 'string' ? color : DEFAULT_COLOR,
      typeof description === 'string' ? description : null,
    );
    return [201, labelJson(label), { location: `${api()}/labels/${encodeURIComponent(name)}` }];
  }

  function serve(req: IssuesRequest): Reply | undefined {
    const { method } = req;
    const [first, second, third, ...more] = req.segments;
    if (more.length > 0 || (first !== 'issues' && first !== 'labels')) return undefined;
    let handler: (() => Reply) | undefined;
    if (first === 'issues' && second === undefined) {
      if (method === 'GET') handler = () => listIssues(req);
      if (method === 'POST') handler = () => createIssue(req);
    } else if (first === 'issues' && third === undefined) {
      if (method === 'GET') handler = () => [200, issueJson(issueOf(second), true)];
      if (method === 'PATCH') handler = () => updateIssue(issueOf(second), req);
    } else if (first === 'issues' && third === 'comments') {
      if (method === 'GET') handler = () => listComments(issueOf(second), req);
      if (method === 'POST') handler = () => createComment(issueOf(second), req);
    } else if (first === 'labels' && second === undefined) {
      if (method === 'GET') {
        handler = () =>
          paginate([...labels.values()].sort((a, b) => a.name.localeCompare(b.name)).map(labelJson), req);
      }
      if (method === 'POST') handler = () => createLabel(req);
    } else if (first === 'labels' && third === undefined && second !== undefined) {
      if (method === 'GET') handler = () => [200, labelJson(labels.get(second.toLowerCase()) ?? notFound())];
    }
    if (handler === undefined) return notFound();
    // Permission before existence: a token without access learns nothing about which issues exist.
    if (req.permission === 'none' || (method !== 'GET' && req.permission !== 'write')) return noAccess();
    return handler();
  }

  function snapshot(issue: Issue): SimIssue {
    return {
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      stateReason: issue.stateReason,
      labels: labelsOf(issue).map((l) => l.name),
      author: issue.author,
      comments: issue.comments.map((c) => c.body),
    };
  }

  return {
    route(req) {
      try {
        return serve(req);
      } catch (error) {
        if (error instanceof Rejection) return error.reply;
        throw error;
      }
    },
    issues: () => [...issues.values()].map(snapshot),
    issue(number) {
      const issue = issues.get(number);
      return issue === undefined ? null : snapshot(issue);
    },
  };
}
