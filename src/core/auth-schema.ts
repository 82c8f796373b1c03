import { z } from 'zod';

// The shape of auth.json as Codex 0.169.0 deserializes it (codex-rs/login/src/auth/storage.rs).
// Unknown keys are tolerated, as serde does; the raw text is what travels, so nothing is lost by parsing.

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;

export const rfc3339 = z.string().refine((value) => RFC3339.test(value) && !Number.isNaN(Date.parse(value)), {
  message: 'must be an RFC 3339 timestamp such as 2026-11-21T08:04:24.763008311Z',
});

export const AUTH_MODES = [
  'chatgpt',
  'apikey',
  'chatgptAuthTokens',
  'agentIdentity',
  'personalAccessToken',
  'bedrockApiKey',
  'bedrockAccessKeys',
] as const;

export const tokensSchema = z
  .object({
    id_token: z.string(),
    access_token: z.string(),
    refresh_token: z.string(),
    account_id: z.string().nullish(),
    login_owner_id: z.string().nullish(),
    oauth_provenance: z.unknown().optional(),
  })
  .loose();

export const authFileSchema = z
  .object({
    auth_mode: z.enum(AUTH_MODES).nullish(),
    OPENAI_API_KEY: z.string().nullish(),
    tokens: tokensSchema.nullish(),
    last_refresh: rfc3339.nullish(),
    agent_identity: z.unknown().optional(),
    personal_access_token: z.string().nullish(),
    bedrock_api_key: z.unknown().optional(),
    bedrock_access_keys: z.unknown().optional(),
  })
  .loose();

export type AuthFile = z.infer<typeof authFileSchema>;
export type AuthMode = (typeof AUTH_MODES)[number];

/** One line per schema problem, naming the JSON path, never the value (values are secrets). */
export function describeSchemaIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    return `${path}: ${issue.message}`;
  });
}
