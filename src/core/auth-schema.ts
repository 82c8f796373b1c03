import * as z from './zod.js';

// The shape of auth.json as Codex 0.169.0 deserializes it (codex-rs/login/src/auth/storage.rs).
// Unknown keys are tolerated, as serde does; the raw text is what travels, so nothing is lost by parsing.

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;

export const rfc3339 = z.string().check(
  z.refine((value) => RFC3339.test(value) && !Number.isNaN(Date.parse(value)), {
    message: 'must be an RFC 3339 timestamp such as 2026-11-21T08:04:24.763008311Z',
  }),
);

export const AUTH_MODES = [
  'chatgpt',
  'apikey',
  'chatgptAuthTokens',
  'agentIdentity',
  'personalAccessToken',
  'bedrockApiKey',
  'bedrockAccessKeys',
] as const;

export const tokensSchema = z.looseObject({
  id_token: z.string(),
  access_token: z.string(),
  refresh_token: z.string(),
  account_id: z.nullish(z.string()),
  login_owner_id: z.nullish(z.string()),
  oauth_provenance: z.optional(z.unknown()),
});

export const authFileSchema = z.looseObject({
  auth_mode: z.nullish(z.enum(AUTH_MODES)),
  OPENAI_API_KEY: z.nullish(z.string()),
  tokens: z.nullish(tokensSchema),
  last_refresh: z.nullish(rfc3339),
  agent_identity: z.optional(z.unknown()),
  personal_access_token: z.nullish(z.string()),
  bedrock_api_key: z.optional(z.unknown()),
  bedrock_access_keys: z.optional(z.unknown()),
});

export type AuthFile = z.infer<typeof authFileSchema>;
export type AuthMode = (typeof AUTH_MODES)[number];

/** One line per schema problem, naming the JSON path, never the value (values are secrets). */
export function describeSchemaIssues(error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    return `${path}: ${issue.message}`;
  });
}
