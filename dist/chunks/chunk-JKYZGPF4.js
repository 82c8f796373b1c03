#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  check,
  getDotPath,
  looseObject,
  nullish,
  optional,
  picklist,
  pipe,
  string,
  unknown
} from "./chunk-2G7TLW22.js";

// src/core/auth-schema.ts
var RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;
var rfc3339 = pipe(
  string(),
  check(
    (value) => RFC3339.test(value) && !Number.isNaN(Date.parse(value)),
    "must be an RFC 3339 timestamp such as 2026-11-21T08:04:24.763008311Z"
  )
);
var AUTH_MODES = [
  "chatgpt",
  "apikey",
  "chatgptAuthTokens",
  "agentIdentity",
  "personalAccessToken",
  "bedrockApiKey",
  "bedrockAccessKeys"
];
var tokensSchema = looseObject({
  id_token: string(),
  access_token: string(),
  refresh_token: string(),
  account_id: nullish(string()),
  login_owner_id: nullish(string()),
  oauth_provenance: optional(unknown())
});
var authFileSchema = looseObject({
  auth_mode: nullish(picklist(AUTH_MODES)),
  OPENAI_API_KEY: nullish(string()),
  tokens: nullish(tokensSchema),
  last_refresh: nullish(rfc3339),
  agent_identity: optional(unknown()),
  personal_access_token: nullish(string()),
  bedrock_api_key: optional(unknown()),
  bedrock_access_keys: optional(unknown())
});
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

export {
  rfc3339,
  authFileSchema,
  describeSchemaIssues
};
