#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  rfc3339
} from "./chunk-DCRTVRTH.js";
import {
  getDotPath,
  looseObject,
  nullish,
  optional,
  picklist,
  safeParse,
  string,
  unknown
} from "./chunk-2G7TLW22.js";
import {
  AuthUnusableError
} from "./chunk-V4C5BGZE.js";

// src/core/bundle.ts
import { createHash } from "node:crypto";

// src/core/auth-schema.ts
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

// node_modules/jose/dist/webapi/lib/buffer_utils.js
var encoder = new TextEncoder();
var decoder = new TextDecoder();
var strictDecoder = new TextDecoder("utf-8", { fatal: true });
var UINT32_RANGE = 2 ** 32;
function decodeBase64(encoded, url = false) {
  if (Uint8Array.fromBase64)
    return Uint8Array.fromBase64(encoded, { alphabet: url ? "base64url" : "base64" });
  if (url) {
    if (encoded.includes("+") || encoded.includes("/"))
      throw new TypeError("Invalid base64url");
    encoded = encoded.replace(/-/g, "+").replace(/_/g, "/");
  }
  const binary = atob(encoded), bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++)
    bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// node_modules/jose/dist/webapi/util/errors.js
var JOSEError = class extends Error {
  static code = "ERR_JOSE_GENERIC";
  code = "ERR_JOSE_GENERIC";
  constructor(message, options) {
    super(message, options), this.name = this.constructor.name, Error.captureStackTrace?.(this, this.constructor);
  }
};
var JWTInvalid = class extends JOSEError {
  static code = "ERR_JWT_INVALID";
  code = "ERR_JWT_INVALID";
};

// node_modules/jose/dist/webapi/util/base64url.js
var invalid = "The input to be decoded is not correctly encoded.";
function decode(input) {
  try {
    return decodeBase64(typeof input == "string" ? input : decoder.decode(input), true);
  } catch (cause) {
    throw new TypeError(invalid, { cause });
  }
}

// node_modules/jose/dist/webapi/lib/validate.js
function isObject(input) {
  if (typeof input != "object" || input === null || Object.prototype.toString.call(input) !== "[object Object]")
    return false;
  const prototype = Object.getPrototypeOf(input);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}

// node_modules/jose/dist/webapi/util/decode_jwt.js
function decodeJwt(jwt) {
  if (typeof jwt != "string")
    throw new JWTInvalid("JWTs must use Compact JWS serialization, JWT must be a string");
  const { 1: encodedPayload, length } = jwt.split(".");
  if (length === 5)
    throw new JWTInvalid("Only JWTs using Compact JWS serialization can be decoded");
  if (length !== 3)
    throw new JWTInvalid("Invalid JWT");
  if (!encodedPayload)
    throw new JWTInvalid("JWTs must contain a payload");
  let claimsSetBytes;
  try {
    claimsSetBytes = decode(encodedPayload);
  } catch (cause) {
    throw new JWTInvalid("Failed to base64url decode the payload", { cause });
  }
  let claimsSet;
  try {
    claimsSet = JSON.parse(strictDecoder.decode(claimsSetBytes));
  } catch (cause) {
    throw new JWTInvalid("Failed to parse the decoded payload as JSON", { cause });
  }
  if (!isObject(claimsSet))
    throw new JWTInvalid("Invalid JWT Claims Set");
  return claimsSet;
}

// src/core/jwt.ts
var UNPADDED_BASE64URL = /^[A-Za-z0-9_-]+$/;
function decodeJwtLikeCodex(token) {
  const parts = token.split(".");
  if (parts.length !== 3 || parts.some((part) => part.length === 0)) {
    return { ok: false, reason: "it is not three non-empty dot-separated parts" };
  }
  if (!parts.every((part) => UNPADDED_BASE64URL.test(part))) {
    return { ok: false, reason: "a part is not unpadded base64url" };
  }
  try {
    return { ok: true, claims: decodeJwt(token) };
  } catch {
    return { ok: false, reason: "its payload is not a JSON object" };
  }
}
function jwtExpiry(token) {
  const decoded = decodeJwtLikeCodex(token);
  if (!decoded.ok || typeof decoded.claims.exp !== "number") return null;
  return new Date(decoded.claims.exp * 1e3);
}

// src/core/bundle.ts
var OPENAI_AUTH_CLAIM = "https://api.openai.com/auth";
function parseBundle(raw, origin = "auth.json") {
  let json;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AuthUnusableError(`${origin} is not valid JSON. ${RESEED_HINT}`);
  }
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    throw new AuthUnusableError(`${origin} must hold a JSON object. ${RESEED_HINT}`);
  }
  const parsed = safeParse(authFileSchema, json);
  if (!parsed.success) {
    throw new AuthUnusableError(
      `${origin} cannot be read by Codex (${describeSchemaIssues(parsed.issues).join("; ")}). ${RESEED_HINT}`
    );
  }
  const auth = parsed.output;
  if (auth.tokens) {
    const idToken = decodeJwtLikeCodex(auth.tokens.id_token);
    if (!idToken.ok) {
      throw new AuthUnusableError(
        `${origin}: tokens.id_token is malformed (${idToken.reason}); Codex would ignore the whole file and run signed out. ${RESEED_HINT}`
      );
    }
  }
  const authMode = resolveAuthMode(auth);
  return { raw, auth, kind: kindOf(auth, authMode), authMode, fingerprint: fingerprintOf(auth) };
}
var RESEED_HINT = "Sign in again on a trusted machine (`codex login`, or `codex login --device-auth`) and reseed the stream with `codex-auth seed --force --auth-file ~/.codex/auth.json ...`.";
function resolveAuthMode(auth) {
  if (auth.auth_mode) return auth.auth_mode;
  if (auth.personal_access_token) return "personalAccessToken";
  return auth.OPENAI_API_KEY ? "apikey" : "chatgpt";
}
function kindOf(auth, mode) {
  switch (mode) {
    case "chatgpt":
      return auth.tokens ? "chatgpt" : "other";
    case "apikey":
      return "api_key";
    case "personalAccessToken":
      return "personal_access_token";
    default:
      return "other";
  }
}
function fingerprintOf(auth) {
  const canonical = JSON.stringify([
    auth.tokens?.id_token ?? null,
    auth.tokens?.access_token ?? null,
    auth.tokens?.refresh_token ?? null,
    auth.tokens?.account_id ?? null,
    auth.OPENAI_API_KEY ?? null,
    auth.personal_access_token ?? null
  ]);
  return `sha256:${createHash("sha256").update(canonical).digest("hex").slice(0, 16)}`;
}
function secretValues(bundle) {
  const { auth } = bundle;
  const values = [
    auth.tokens?.id_token,
    auth.tokens?.access_token,
    auth.tokens?.refresh_token,
    auth.OPENAI_API_KEY,
    auth.personal_access_token
  ];
  for (const extra of [auth.agent_identity, auth.bedrock_api_key, auth.bedrock_access_keys]) {
    values.push(...stringLeaves(extra));
  }
  return values.filter((value) => typeof value === "string" && value.length >= 8);
}
function stringLeaves(value) {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(stringLeaves);
  return [];
}
function identityClaims(bundle) {
  const tokens = bundle.auth.tokens;
  if (!tokens) return { email: null, plan: null, accountId: null };
  const decoded = decodeJwtLikeCodex(tokens.id_token);
  const claims = decoded.ok ? decoded.claims : {};
  const openai = claims[OPENAI_AUTH_CLAIM];
  const openaiClaims = openai && typeof openai === "object" ? openai : {};
  const text = (value) => typeof value === "string" && value !== "" ? value : null;
  return {
    email: text(claims.email),
    plan: text(openaiClaims.chatgpt_plan_type),
    accountId: text(tokens.account_id) ?? text(openaiClaims.chatgpt_account_id)
  };
}
function assertStreamable(bundle, origin) {
  if (bundle.kind === "api_key") {
    throw new AuthUnusableError(
      `${origin} holds an API key, not a ChatGPT login. API keys do not rotate and need no stream: pass the key to Codex as CODEX_API_KEY instead (in the Action, the \`api-key\` input).`
    );
  }
  if (bundle.kind === "personal_access_token") {
    throw new AuthUnusableError(
      `${origin} holds a personal access token, not a ChatGPT login. Access tokens do not rotate and need no stream: pass it to Codex as CODEX_ACCESS_TOKEN instead (in the Action, the \`access-token\` input).`
    );
  }
  if (bundle.kind !== "chatgpt" || !bundle.auth.tokens) {
    throw new AuthUnusableError(
      `${origin} holds no ChatGPT tokens (auth_mode ${bundle.authMode}). ${RESEED_HINT}`
    );
  }
  if (bundle.auth.tokens.refresh_token === "") {
    throw new AuthUnusableError(`${origin}: tokens.refresh_token is empty. ${RESEED_HINT}`);
  }
}

export {
  decodeJwtLikeCodex,
  jwtExpiry,
  parseBundle,
  RESEED_HINT,
  secretValues,
  identityClaims,
  assertStreamable
};
