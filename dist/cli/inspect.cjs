#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/core/errors.ts
function isCodexAuthError(error) {
  if (!(error instanceof Error)) return false;
  const { code, exitCode } = error;
  return typeof code === "string" && Object.hasOwn(EXIT_CODE_OF_CODE, code) && EXIT_CODE_OF_CODE[code] === exitCode;
}
function asCodexAuthError(error) {
  if (isCodexAuthError(error)) return error;
  if (error instanceof Error) return new InternalError(error.message, { cause: error });
  return new InternalError(`unexpected failure: ${String(error)}`);
}
var ExitCode, CodexAuthError, UsageError, AuthUnusableError, InternalError, EXIT_CODE_OF_CODE;
var init_errors = __esm({
  "src/core/errors.ts"() {
    "use strict";
    ExitCode = {
      ok: 0,
      codexFailed: 1,
      usage: 2,
      authUnusable: 3,
      lockTimeout: 4,
      storeConflict: 5,
      envelopeUnreadable: 6,
      notSealed: 7,
      usageLimited: 8,
      runTimeout: 9
    };
    CodexAuthError = class extends Error {
    };
    UsageError = class extends CodexAuthError {
      exitCode = ExitCode.usage;
      code = "usage";
      name = "UsageError";
    };
    AuthUnusableError = class extends CodexAuthError {
      exitCode = ExitCode.authUnusable;
      code = "auth_unusable";
      name = "AuthUnusableError";
    };
    InternalError = class extends CodexAuthError {
      exitCode = ExitCode.codexFailed;
      code = "internal";
      name = "InternalError";
    };
    EXIT_CODE_OF_CODE = {
      usage: ExitCode.usage,
      auth_unusable: ExitCode.authUnusable,
      not_seeded: ExitCode.authUnusable,
      lock_timeout: ExitCode.lockTimeout,
      lock_lost: ExitCode.lockTimeout,
      store_conflict: ExitCode.storeConflict,
      rollback_refused: ExitCode.storeConflict,
      envelope_unreadable: ExitCode.envelopeUnreadable,
      not_sealed: ExitCode.notSealed,
      codex_failed: ExitCode.codexFailed,
      usage_limited: ExitCode.usageLimited,
      revoke_unconfirmed: ExitCode.codexFailed,
      run_timeout: ExitCode.runTimeout,
      internal: ExitCode.codexFailed
    };
  }
});

// node_modules/valibot/dist/index.mjs
// @__NO_SIDE_EFFECTS__
function getGlobalConfig(config$1) {
  if (!config$1 && !store$4) return DEFAULT_CONFIG;
  return {
    lang: config$1?.lang ?? store$4?.lang,
    message: config$1?.message,
    abortEarly: config$1?.abortEarly ?? store$4?.abortEarly,
    abortPipeEarly: config$1?.abortPipeEarly ?? store$4?.abortPipeEarly
  };
}
// @__NO_SIDE_EFFECTS__
function getGlobalMessage(lang) {
  return store$3?.get(lang);
}
// @__NO_SIDE_EFFECTS__
function getSchemaMessage(lang) {
  return store$2?.get(lang);
}
// @__NO_SIDE_EFFECTS__
function getSpecificMessage(reference, lang) {
  return store$1?.get(reference)?.get(lang);
}
// @__NO_SIDE_EFFECTS__
function _stringify(input) {
  const type = typeof input;
  if (type === "string") return `"${input}"`;
  if (type === "number" || type === "bigint" || type === "boolean") return `${input}`;
  if (type === "object" || type === "function") return (input && Object.getPrototypeOf(input)?.constructor?.name) ?? "null";
  return type;
}
function _addIssue(context, label, dataset, config$1, other) {
  const input = other && "input" in other ? other.input : dataset.value;
  const expected = other?.expected ?? context.expects ?? null;
  const received = other?.received ?? /* @__PURE__ */ _stringify(input);
  const issue = {
    kind: context.kind,
    type: context.type,
    input,
    expected,
    received,
    message: `Invalid ${label}: ${expected ? `Expected ${expected} but r` : "R"}eceived ${received}`,
    requirement: context.requirement,
    path: other?.path,
    issues: other?.issues,
    lang: config$1.lang,
    abortEarly: config$1.abortEarly,
    abortPipeEarly: config$1.abortPipeEarly
  };
  const isSchema = context.kind === "schema";
  const message$1 = other?.message ?? context.message ?? /* @__PURE__ */ getSpecificMessage(context.reference, issue.lang) ?? (isSchema ? /* @__PURE__ */ getSchemaMessage(issue.lang) : null) ?? config$1.message ?? /* @__PURE__ */ getGlobalMessage(issue.lang);
  if (message$1 !== void 0) issue.message = typeof message$1 === "function" ? message$1(issue) : message$1;
  if (isSchema) dataset.typed = false;
  if (dataset.issues) dataset.issues.push(issue);
  else dataset.issues = [issue];
}
// @__NO_SIDE_EFFECTS__
function _isValidObjectKey(object$1, key) {
  return Object.prototype.hasOwnProperty.call(object$1, key) && key !== "__proto__" && key !== "prototype" && key !== "constructor";
}
// @__NO_SIDE_EFFECTS__
function _joinExpects(values$1, separator) {
  const list = [...new Set(values$1)];
  if (list.length > 1) return `(${list.join(` ${separator} `)})`;
  return list[0] ?? "never";
}
function _standardSchema(schema) {
  schema["~standard"] = {
    version: 1,
    vendor: "valibot",
    validate: (value$1) => schema["~run"]({ value: value$1 }, /* @__PURE__ */ getGlobalConfig())
  };
  return schema;
}
// @__NO_SIDE_EFFECTS__
function getDotPath(issue) {
  if (issue.path) {
    let key = "";
    for (const item of issue.path) if (typeof item.key === "string" || typeof item.key === "number") if (key) key += `.${item.key}`;
    else key += item.key;
    else return null;
    return key;
  }
  return null;
}
// @__NO_SIDE_EFFECTS__
function check(requirement, message$1) {
  return {
    kind: "validation",
    type: "check",
    reference: check,
    async: false,
    expects: null,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function getFallback(schema, dataset, config$1) {
  return typeof schema.fallback === "function" ? schema.fallback(dataset, config$1) : schema.fallback;
}
// @__NO_SIDE_EFFECTS__
function getDefault(schema, dataset, config$1) {
  return typeof schema.default === "function" ? schema.default(dataset, config$1) : schema.default;
}
// @__NO_SIDE_EFFECTS__
function looseObject(entries$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "loose_object",
    reference: looseObject,
    expects: "Object",
    async: false,
    entries: entries$1,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input && typeof input === "object") {
        dataset.typed = true;
        dataset.value = {};
        for (const key in this.entries) {
          const valueSchema = this.entries[key];
          if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
            const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
            const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
            if (valueDataset.issues) {
              const pathItem = {
                type: "object",
                origin: "value",
                input,
                key,
                value: value$1
              };
              for (const issue of valueDataset.issues) {
                if (issue.path) issue.path.unshift(pathItem);
                else issue.path = [pathItem];
                dataset.issues?.push(issue);
              }
              if (!dataset.issues) dataset.issues = valueDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!valueDataset.typed) dataset.typed = false;
            dataset.value[key] = valueDataset.value;
          } else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
          else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
            _addIssue(this, "key", dataset, config$1, {
              input: void 0,
              expected: `"${key}"`,
              path: [{
                type: "object",
                origin: "key",
                input,
                key,
                value: input[key]
              }]
            });
            if (config$1.abortEarly) break;
          }
        }
        if (!dataset.issues || !config$1.abortEarly) {
          for (const key in input) if (/* @__PURE__ */ _isValidObjectKey(input, key) && !Object.prototype.hasOwnProperty.call(this.entries, key)) dataset.value[key] = input[key];
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function nullish(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "nullish",
    reference: nullish,
    expects: `(${wrapped.expects} | null | undefined)`,
    async: false,
    wrapped,
    default: default_,
    "~run"(dataset, config$1) {
      if (dataset.value === null || dataset.value === void 0) {
        if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
        if (dataset.value === null || dataset.value === void 0) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config$1);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function optional(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "optional",
    reference: optional,
    expects: `(${wrapped.expects} | undefined)`,
    async: false,
    wrapped,
    default: default_,
    "~run"(dataset, config$1) {
      if (dataset.value === void 0) {
        if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
        if (dataset.value === void 0) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config$1);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function picklist(options, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "picklist",
    reference: picklist,
    expects: /* @__PURE__ */ _joinExpects(options.map(_stringify), "|"),
    async: false,
    options,
    message: message$1,
    "~run"(dataset, config$1) {
      if (this.options.includes(dataset.value)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function string(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "string",
    reference: string,
    expects: "string",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "string") dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function unknown() {
  return _standardSchema({
    kind: "schema",
    type: "unknown",
    reference: unknown,
    expects: "unknown",
    async: false,
    "~run"(dataset) {
      dataset.typed = true;
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function pipe(...pipe$1) {
  return _standardSchema({
    ...pipe$1[0],
    pipe: pipe$1,
    "~run"(dataset, config$1) {
      for (const item of pipe$1) if (item.kind !== "metadata") {
        if (dataset.issues && (item.kind === "schema" || item.kind === "transformation")) {
          dataset.typed = false;
          break;
        }
        if (!dataset.issues || !config$1.abortEarly && !config$1.abortPipeEarly) dataset = item["~run"](dataset, config$1);
      }
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function safeParse(schema, input, config$1) {
  const dataset = schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
  return {
    typed: dataset.typed,
    success: !dataset.issues,
    output: dataset.value,
    issues: dataset.issues
  };
}
var store$4, DEFAULT_CONFIG, store$3, store$2, store$1, EMOJI_REGEX;
var init_dist = __esm({
  "node_modules/valibot/dist/index.mjs"() {
    DEFAULT_CONFIG = {
      lang: void 0,
      message: void 0,
      abortEarly: void 0,
      abortPipeEarly: void 0
    };
    EMOJI_REGEX = new RegExp("^(?:[\\u{1F1E6}-\\u{1F1FF}]{2}|\\u{1F3F4}[\\u{E0061}-\\u{E007A}]{2}[\\u{E0030}-\\u{E0039}\\u{E0061}-\\u{E007A}]{1,3}\\u{E007F}|(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation})(?:\\u200D(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation}))*)+$", "u");
  }
});

// src/core/rfc3339.ts
var RFC3339, rfc3339;
var init_rfc3339 = __esm({
  "src/core/rfc3339.ts"() {
    "use strict";
    init_dist();
    RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;
    rfc3339 = pipe(
      string(),
      check(
        (value) => RFC3339.test(value) && !Number.isNaN(Date.parse(value)),
        "must be an RFC 3339 timestamp such as 2026-11-21T08:04:24.763008311Z"
      )
    );
  }
});

// src/core/auth-schema.ts
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
var AUTH_MODES, tokensSchema, authFileSchema;
var init_auth_schema = __esm({
  "src/core/auth-schema.ts"() {
    "use strict";
    init_dist();
    init_rfc3339();
    AUTH_MODES = [
      "chatgpt",
      "apikey",
      "chatgptAuthTokens",
      "agentIdentity",
      "personalAccessToken",
      "bedrockApiKey",
      "bedrockAccessKeys"
    ];
    tokensSchema = looseObject({
      id_token: string(),
      access_token: string(),
      refresh_token: string(),
      account_id: nullish(string()),
      login_owner_id: nullish(string()),
      oauth_provenance: optional(unknown())
    });
    authFileSchema = looseObject({
      auth_mode: nullish(picklist(AUTH_MODES)),
      OPENAI_API_KEY: nullish(string()),
      tokens: nullish(tokensSchema),
      last_refresh: nullish(rfc3339),
      agent_identity: optional(unknown()),
      personal_access_token: nullish(string()),
      bedrock_api_key: optional(unknown()),
      bedrock_access_keys: optional(unknown())
    });
  }
});

// node_modules/jose/dist/webapi/lib/buffer_utils.js
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
var encoder, decoder, strictDecoder, UINT32_RANGE;
var init_buffer_utils = __esm({
  "node_modules/jose/dist/webapi/lib/buffer_utils.js"() {
    encoder = new TextEncoder();
    decoder = new TextDecoder();
    strictDecoder = new TextDecoder("utf-8", { fatal: true });
    UINT32_RANGE = 2 ** 32;
  }
});

// node_modules/jose/dist/webapi/util/errors.js
var JOSEError, JWTInvalid;
var init_errors2 = __esm({
  "node_modules/jose/dist/webapi/util/errors.js"() {
    JOSEError = class extends Error {
      static code = "ERR_JOSE_GENERIC";
      code = "ERR_JOSE_GENERIC";
      constructor(message, options) {
        super(message, options), this.name = this.constructor.name, Error.captureStackTrace?.(this, this.constructor);
      }
    };
    JWTInvalid = class extends JOSEError {
      static code = "ERR_JWT_INVALID";
      code = "ERR_JWT_INVALID";
    };
  }
});

// node_modules/jose/dist/webapi/util/base64url.js
function decode(input) {
  try {
    return decodeBase64(typeof input == "string" ? input : decoder.decode(input), true);
  } catch (cause) {
    throw new TypeError(invalid, { cause });
  }
}
var invalid;
var init_base64url = __esm({
  "node_modules/jose/dist/webapi/util/base64url.js"() {
    init_buffer_utils();
    invalid = "The input to be decoded is not correctly encoded.";
  }
});

// node_modules/jose/dist/webapi/lib/validate.js
function isObject(input) {
  if (typeof input != "object" || input === null || Object.prototype.toString.call(input) !== "[object Object]")
    return false;
  const prototype = Object.getPrototypeOf(input);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
var init_validate = __esm({
  "node_modules/jose/dist/webapi/lib/validate.js"() {
  }
});

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
var init_decode_jwt = __esm({
  "node_modules/jose/dist/webapi/util/decode_jwt.js"() {
    init_base64url();
    init_buffer_utils();
    init_validate();
    init_errors2();
  }
});

// node_modules/jose/dist/webapi/index.js
var init_webapi = __esm({
  "node_modules/jose/dist/webapi/index.js"() {
    init_decode_jwt();
  }
});

// src/core/jwt.ts
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
var UNPADDED_BASE64URL;
var init_jwt = __esm({
  "src/core/jwt.ts"() {
    "use strict";
    init_webapi();
    UNPADDED_BASE64URL = /^[A-Za-z0-9_-]+$/;
  }
});

// src/core/bundle.ts
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
  return `sha256:${(0, import_node_crypto.createHash)("sha256").update(canonical).digest("hex").slice(0, 16)}`;
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
var import_node_crypto, OPENAI_AUTH_CLAIM, RESEED_HINT;
var init_bundle = __esm({
  "src/core/bundle.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    init_dist();
    init_auth_schema();
    init_errors();
    init_jwt();
    OPENAI_AUTH_CLAIM = "https://api.openai.com/auth";
    RESEED_HINT = "Sign in again on a trusted machine (`codex login`, or `codex login --device-auth`) and reseed the stream with `codex-auth seed --force --auth-file ~/.codex/auth.json ...`.";
  }
});

// src/core/inspect.ts
function inspectBundle(bundle, now) {
  const identity = identityClaims(bundle);
  const lastRefresh = bundle.auth.last_refresh ?? null;
  const lastRefreshDate = lastRefresh ? new Date(lastRefresh) : null;
  const accessToken = bundle.auth.tokens?.access_token;
  const expiry = accessToken ? jwtExpiry(accessToken) : null;
  const problems = [];
  if (bundle.kind === "chatgpt" && !lastRefresh) {
    problems.push("last_refresh is missing: Codex will not refresh proactively and needs a 401 to recover");
  }
  if (bundle.kind !== "chatgpt") {
    problems.push(`this is a ${bundle.kind} credential, not a ChatGPT login a stream can carry`);
  }
  return {
    kind: bundle.kind,
    authMode: bundle.authMode,
    accountId: identity.accountId,
    plan: identity.plan,
    email: identity.email ? redactEmail(identity.email) : null,
    lastRefresh,
    lastRefreshAgeDays: lastRefreshDate ? round2((now.getTime() - lastRefreshDate.getTime()) / DAY_MS) : null,
    accessTokenExpiresAt: expiry ? expiry.toISOString() : null,
    nextRefresh: bundle.kind === "chatgpt" ? nextRefresh(now, expiry, lastRefreshDate) : NO_REFRESH,
    fingerprint: bundle.fingerprint,
    problems
  };
}
function nextRefresh(now, expiry, lastRefresh) {
  if (expiry) {
    const at = new Date(expiry.getTime() - PROACTIVE_EXPIRY_WINDOW_MS);
    return { due: now >= at, reason: "proactive_expiry", at: at.toISOString() };
  }
  if (lastRefresh) {
    const at = new Date(lastRefresh.getTime() + SCHEDULED_REFRESH_AFTER_MS);
    return { due: now > at, reason: "scheduled", at: at.toISOString() };
  }
  return NO_REFRESH;
}
function round2(value) {
  return Math.round(value * 100) / 100;
}
function redactEmail(email) {
  const at = email.lastIndexOf("@");
  if (at <= 0) return "***";
  return `${email[0]}***${email.slice(at)}`;
}
var PROACTIVE_EXPIRY_WINDOW_MS, SCHEDULED_REFRESH_AFTER_MS, DAY_MS, NO_REFRESH;
var init_inspect = __esm({
  "src/core/inspect.ts"() {
    "use strict";
    init_bundle();
    init_jwt();
    PROACTIVE_EXPIRY_WINDOW_MS = 5 * 60 * 1e3;
    SCHEDULED_REFRESH_AFTER_MS = 8 * 24 * 60 * 60 * 1e3;
    DAY_MS = 24 * 60 * 60 * 1e3;
    NO_REFRESH = { due: false, reason: null, at: null };
  }
});

// src/core/seed-text.ts
function normalizeSeedText(raw, origin, pathHint) {
  const text = stripBom(raw);
  const trimmed = text.trim();
  if (trimmed === "") {
    throw new UsageError(
      `${origin} is empty: it must hold the content of an auth.json from \`codex login\` (for example the file ~/.codex/auth.json). Check that the file or secret was written.`
    );
  }
  if (trimmed.startsWith("{")) return { text, decodedFrom: null };
  if (looksLikePath(trimmed)) {
    throw new UsageError(
      `${origin} holds a path (${trimmed}), not the content of an auth.json: ${pathHint.replace("PATH", trimmed)}.`
    );
  }
  const compact = trimmed.replace(/\s+/g, "");
  if (compact.length >= 16 && BASE64.test(compact)) {
    const decoded = stripBom(Buffer.from(compact, "base64").toString("utf8"));
    if (decoded.trim().startsWith("{") && isJsonObject(decoded))
      return { text: decoded, decodedFrom: "base64" };
  }
  return { text, decodedFrom: null };
}
function looksLikePath(value) {
  const trimmed = value.trim();
  if (trimmed === "" || trimmed.length > 4096 || /[\n{}"]/.test(trimmed)) return false;
  return /^(~|\.{1,2})?[/\\]/.test(trimmed) || /^[A-Za-z]:[/\\]/.test(trimmed) || /^\$\{?[A-Z_]+\}?[/\\]/.test(trimmed) || /^[^\s]+\.json$/i.test(trimmed);
}
function stripBom(text) {
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}
function isJsonObject(text) {
  try {
    const value = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value);
  } catch {
    return false;
  }
}
var BOM, BASE64, SKEW_TOLERANCE_MS;
var init_seed_text = __esm({
  "src/core/seed-text.ts"() {
    "use strict";
    init_errors();
    BOM = "\uFEFF";
    BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;
    SKEW_TOLERANCE_MS = 5 * 60 * 1e3;
  }
});

// src/fs/secure-files.ts
function isErrno(error, code) {
  return error instanceof Error && error.code === code;
}
var init_secure_files = __esm({
  "src/fs/secure-files.ts"() {
    "use strict";
  }
});

// src/fs/check-paths.ts
async function readInputFile(file, input) {
  const at = `${input.flag} ${file}`;
  let fd;
  try {
    fd = (0, import_node_fs.openSync)(file, import_node_fs.constants.O_RDONLY | import_node_fs.constants.O_NONBLOCK);
  } catch (error) {
    if (isErrno(error, "ENOENT")) {
      throw new UsageError(`${at}: no such file. Pass the path of ${input.what}.`);
    }
    if (isErrno(error, "EACCES")) {
      throw new UsageError(
        `${at}: permission denied: this user cannot read it. Run as its owner, or make it readable by this user only (chmod 600 as the owner).`
      );
    }
    if (isErrno(error, "ENOTDIR")) {
      throw new UsageError(
        `${at}: a part of the path is a file, not a directory. Pass the path of ${input.what}.`
      );
    }
    throw error;
  }
  try {
    const stat = (0, import_node_fs.fstatSync)(fd);
    if (stat.isFIFO()) return await readPipe(fd, at, input);
    refuseKind(stat, at, input.what, file);
    if (stat.size > input.maxBytes) {
      throw new UsageError(
        `${at} is ${stat.size} bytes, more than the ${Math.round(input.maxBytes / 1024)} KB limit for ${input.what}: this is not ${input.what}. Pass the right file.`
      );
    }
    if ((stat.mode & 63) !== 0 && input.onOpenToOthers) {
      input.onOpenToOthers(
        `${at} is readable by other users (mode ${(stat.mode & 511).toString(8).padStart(4, "0")}) and holds live tokens: chmod 600 ${file}, or delete it once the stream is seeded.`
      );
    }
    return (0, import_node_fs.readFileSync)(fd, "utf8");
  } catch (error) {
    if (isErrno(error, "EISDIR")) refuseKind({ isDirectory: () => true }, at, input.what, file);
    throw error;
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}
async function readPipe(fd, at, input) {
  const started = Date.now();
  const chunks = [];
  let size = 0;
  let writerSeen = false;
  const buffer = Buffer.alloc(64 * 1024);
  for (; ; ) {
    let n;
    try {
      n = (0, import_node_fs.readSync)(fd, buffer, 0, buffer.length, null);
    } catch (error) {
      if (!isErrno(error, "EAGAIN")) throw error;
      n = null;
      writerSeen = true;
    }
    if (n !== null && n > 0) {
      chunks.push(Buffer.from(buffer.subarray(0, n)));
      size += n;
      writerSeen = true;
      if (size > input.maxBytes) {
        throw new UsageError(
          `${at} gave more than the ${Math.round(input.maxBytes / 1024)} KB limit for ${input.what}: this is not ${input.what}. Pass the right file.`
        );
      }
      continue;
    }
    if (n === 0 && writerSeen) return Buffer.concat(chunks).toString("utf8");
    const waited = Date.now() - started;
    if (!writerSeen && waited > PIPE_WRITER_WAIT_MS || waited > PIPE_TOTAL_MS) {
      throw new UsageError(
        `${at} is a pipe ${writerSeen ? `that did not end within ${PIPE_TOTAL_MS / 1e3} s` : `nobody wrote to within ${PIPE_WRITER_WAIT_MS / 1e3} s`}. Write ${input.what} into it (for example ${input.flag} <(your-secret-tool read ...)), or pass a regular file holding ${input.what}.`
      );
    }
    await new Promise((resolve) => setTimeout(resolve, PIPE_POLL_MS));
  }
}
function refuseKind(stat, at, what, file) {
  if (stat.isDirectory()) {
    throw new UsageError(
      `${at} is a directory, not a file. Pass the file itself${what.includes("auth.json") ? ` (for example ${import_node_path.default.join(file, "auth.json")})` : ""}.`
    );
  }
  const kind = specialKind(stat);
  if (kind)
    throw new UsageError(`${at} is ${kind}, not a regular file. Pass a regular file holding ${what}.`);
}
function specialKind(stat) {
  if (stat.isFIFO?.()) return "a named pipe (FIFO)";
  if (stat.isCharacterDevice?.() || stat.isBlockDevice?.()) return "a device";
  if (stat.isSocket?.()) return "a socket";
  return null;
}
var import_node_fs, import_node_path, MAX_AUTH_JSON_BYTES, MAX_CONFIG_BYTES, PIPE_WRITER_WAIT_MS, PIPE_TOTAL_MS, PIPE_POLL_MS;
var init_check_paths = __esm({
  "src/fs/check-paths.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    import_node_path = __toESM(require("node:path"), 1);
    init_errors();
    init_secure_files();
    MAX_AUTH_JSON_BYTES = 64 * 1024;
    MAX_CONFIG_BYTES = 1024 * 1024;
    PIPE_WRITER_WAIT_MS = 1e4;
    PIPE_TOTAL_MS = 6e4;
    PIPE_POLL_MS = 20;
  }
});

// src/fs/environ-scrub.ts
var init_environ_scrub = __esm({
  "src/fs/environ-scrub.ts"() {
    "use strict";
  }
});

// src/app/input-files.ts
async function readAuthJsonFile(file, name, onOpenToOthers) {
  return readInputFile(file, {
    flag: name,
    what: "an auth.json",
    maxBytes: MAX_AUTH_JSON_BYTES,
    ...onOpenToOthers ? { onOpenToOthers } : {}
  });
}
var init_input_files = __esm({
  "src/app/input-files.ts"() {
    "use strict";
    init_check_paths();
    init_environ_scrub();
  }
});

// src/app/inspect.ts
async function inspectAuthFile(request, secrets) {
  const raw = await readAuthJsonFile(request.file, request.source);
  const bundle = parseBundle(normalizeSeedText(raw, request.file, request.pathHint).text, request.file);
  secrets.add(secretValues(bundle));
  return inspectBundle(bundle, /* @__PURE__ */ new Date());
}
var init_inspect2 = __esm({
  "src/app/inspect.ts"() {
    "use strict";
    init_bundle();
    init_inspect();
    init_seed_text();
    init_input_files();
  }
});

// src/cli/commands/inspect.ts
var inspect_exports = {};
__export(inspect_exports, {
  run: () => run
});
async function run(input, kit) {
  const options = input.values;
  const file = options.authFile ?? import_node_path2.default.join(options.codexHome ?? kit.env.CODEX_HOME ?? await defaultCodexHome(), "auth.json");
  const flag = options.authFile ? "--auth-file" : options.codexHome ? "the auth.json of --codex-home" : kit.env.CODEX_HOME ? "the auth.json of CODEX_HOME" : "the default auth.json";
  const report = await inspectAuthFile(
    { file, source: flag, pathHint: "pass --auth-file with the auth.json itself" },
    kit.redactor
  );
  if (options.json === true) kit.json(report);
  else kit.out(formatReport(file, report));
  return 0;
}
async function defaultCodexHome() {
  const { homedir } = await Promise.resolve().then(() => __toESM(require("node:os"), 1));
  return import_node_path2.default.join(homedir(), ".codex");
}
function formatReport(file, report) {
  const next = report.nextRefresh;
  const nextText = next.reason === null ? "no proactive refresh (Codex refreshes only after a 401)" : `${next.due ? "due now" : next.at} (${next.reason})`;
  const lines = [
    `file:                 ${file}`,
    `kind:                 ${report.kind} (auth_mode ${report.authMode})`,
    `account:              ${report.accountId ?? "-"}`,
    `plan:                 ${report.plan ?? "-"}`,
    `email:                ${report.email ?? "-"}`,
    `last refresh:         ${report.lastRefresh ?? "-"}${report.lastRefreshAgeDays === null ? "" : ` (${report.lastRefreshAgeDays} days ago)`}`,
    `access token expires: ${report.accessTokenExpiresAt ?? "not a JWT with exp"}`,
    `next refresh:         ${nextText}`,
    `fingerprint:          ${report.fingerprint}`,
    ...report.problems.map((problem) => `problem:              ${problem}`)
  ];
  return `${lines.join("\n")}
`;
}
var import_node_path2;
var init_inspect3 = __esm({
  "src/cli/commands/inspect.ts"() {
    "use strict";
    import_node_path2 = __toESM(require("node:path"), 1);
    init_inspect2();
  }
});

// src/cli/bundles/inspect.ts
var inspect_exports2 = {};
__export(inspect_exports2, {
  commands: () => commands,
  run: () => run2
});
module.exports = __toCommonJS(inspect_exports2);

// src/cli/kit.ts
init_errors();

// src/core/untrusted-text.ts
var MAX_UNTRUSTED_LINE = 2e3;
var MAX_UNTRUSTED_LINES = 200;
var BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;
var ANSI = (
  // eslint-disable-next-line no-control-regex
  /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[@-Z\\-_]/g
);
var CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function visible(char) {
  const code = char.codePointAt(0) ?? 0;
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
}
function neutraliseLine(line, max) {
  const clean = line.replace(ANSI, "").replace(CONTROL, visible).replace(/##\[/g, "##\\[").replace(/^(\s*):(?=:)/, "$1:\\");
  if (clean.length <= max) return clean;
  const cut = /[\ud800-\udbff]/.test(clean[max - 1] ?? "") ? max - 1 : max;
  return `${clean.slice(0, cut)}\u2026 [${clean.length - cut} more characters]`;
}
function untrustedLines(text, options = {}) {
  const max = options.maxLineLength ?? MAX_UNTRUSTED_LINE;
  const maxLines = options.maxLines ?? MAX_UNTRUSTED_LINES;
  const prefix = options.prefix ?? "";
  const bounded = text.length > max * maxLines * 2 ? text.slice(0, max * maxLines * 2) : text;
  const lines = bounded.split(BREAKS);
  while (lines.length > 0 && (lines[lines.length - 1] ?? "").trim() === "") lines.pop();
  while (lines.length > 0 && (lines[0] ?? "").trim() === "") lines.shift();
  const shown = lines.slice(0, maxLines).map((line) => prefix + neutraliseLine(line, max));
  const moreLines = lines.length - shown.length;
  if (moreLines > 0 || bounded !== text) {
    shown.push(`${prefix}\u2026 [cut: ${moreLines > 0 ? `${moreLines} more lines` : "more text"}]`);
  }
  return shown;
}
function jsonForLog(json) {
  return json.replace(/##\[/g, "##\\u005b").replace(/[\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (char) => {
    return `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`;
  });
}

// src/cli/console.ts
var OWN_TEXT = { maxLineLength: 2e4, maxLines: 2e3 };
function stderrText(redactor, text) {
  return `${untrustedLines(redactor.redact(text), OWN_TEXT).join("\n")}
`;
}
function stderrLogger(io, redactor, verbose) {
  const line = (prefix, message) => io.stderr(stderrText(redactor, `codex-auth: ${prefix}${message}`));
  return {
    info: (message) => line("", message),
    warn: (message) => line("warning: ", message),
    debug: (message) => {
      if (verbose) line("debug: ", message);
    }
  };
}

// src/core/redactor.ts
var Redactor = class {
  secrets = /* @__PURE__ */ new Set();
  add(values) {
    for (const value of values) if (value.length >= 8) this.secrets.add(value);
  }
  contains(text) {
    for (const secret of this.secrets) if (text.includes(secret)) return true;
    return false;
  }
  redact(text) {
    let out = text;
    for (const secret of this.secrets) {
      if (out.includes(secret)) out = out.split(secret).join("***");
    }
    return out;
  }
};

// src/cli/kit.ts
function createKit(io, env) {
  const redactor = new Redactor();
  const kit = {
    io,
    env,
    redactor,
    logger: (verbose) => stderrLogger(io, redactor, verbose),
    out: (text) => io.stdout(redactor.redact(text)),
    // A JSON result can carry the agent's text (finalMessage): no workflow command in it when stdout is a CI log.
    json: (value) => io.stdout(`${jsonForLog(redactor.redact(JSON.stringify(value, null, 2)))}
`),
    fail(error, json) {
      const failure = asCodexAuthError(error);
      if (json) kit.json({ error: errorJson(failure) });
      else io.stderr(stderrText(redactor, `codex-auth: error: ${failure.message}`));
      return failure.exitCode;
    }
  };
  return kit;
}
function errorJson(error) {
  return { code: error.code, message: error.message };
}

// src/cli/bundles/command-bundle.ts
function commandBundle(loaders) {
  const run3 = async (command, input, io, env) => {
    const kit = createKit(io, env);
    const load = loaders[command];
    try {
      if (!load) throw new Error(`${command} is not in this bundle`);
      const loaded = await load();
      return await loaded.run(input, kit);
    } catch (error) {
      return kit.fail(error, input.values.json === true);
    }
  };
  return { run: run3, commands: Object.keys(loaders) };
}

// src/cli/bundles/inspect.ts
var { run: run2, commands } = commandBundle({
  inspect: () => Promise.resolve().then(() => (init_inspect3(), inspect_exports))
});
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  commands,
  run
});
