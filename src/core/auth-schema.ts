import * as v from 'valibot';
import { rfc3339 } from './rfc3339.js';

// The shape of auth.json as Codex 0.169.0 deserializes it (codex-rs/login/src/auth/storage.rs).
// Unknown keys are tolerated, as serde does; the raw text is what travels, so nothing is lost by parsing.

export const AUTH_MODES = [
  'chatgpt',
  'apikey',
  'chatgptAuthTokens',
  'agentIdentity',
  'personalAccessToken',
  'bedrockApiKey',
  'bedrockAccessKeys',
] as const;

export const tokensSchema = v.looseObject({
  id_token: v.string(),
  access_token: v.string(),
  refresh_token: v.string(),
  account_id: v.nullish(v.string()),
  login_owner_id: v.nullish(v.string()),
  oauth_provenance: v.optional(v.unknown()),
});

export const authFileSchema = v.looseObject({
  auth_mode: v.nullish(v.picklist(AUTH_MODES)),
  OPENAI_API_KEY: v.nullish(v.string()),
  tokens: v.nullish(tokensSchema),
  last_refresh: v.nullish(rfc3339),
  agent_identity: v.optional(v.unknown()),
  personal_access_token: v.nullish(v.string()),
  bedrock_api_key: v.optional(v.unknown()),
  bedrock_access_keys: v.optional(v.unknown()),
});

export type AuthFile = v.InferOutput<typeof authFileSchema>;
export type AuthMode = (typeof AUTH_MODES)[number];

/**
 * One line per schema problem, naming the JSON path, never the value (values are secrets): valibot's own messages
 * quote a string it did not expect, so they are not used, except for our own checks (rfc3339 above).
 */
export function describeSchemaIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => `${v.getDotPath(issue) ?? '(top level)'}: ${problemOf(issue)}`);
}

function problemOf(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'check') return issue.message;
  if (issue.input === undefined) return 'missing';
  if (issue.type === 'picklist') return `must be one of ${issue.expected}`;
  const received = issue.input === null ? 'null' : Array.isArray(issue.input) ? 'array' : typeof issue.input;
  return `expected ${issue.expected}, received ${received}`;
}
