#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-HPAV43AD.js";

// src/core/seed-text.ts
var BOM = "\uFEFF";
var BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;
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
var SKEW_TOLERANCE_MS = 5 * 60 * 1e3;
function futureRefreshWarning(bundle, origin, now) {
  const lastRefresh = bundle.auth.last_refresh;
  if (!lastRefresh) return null;
  const at = Date.parse(lastRefresh);
  if (!Number.isFinite(at) || at - now.getTime() <= SKEW_TOLERANCE_MS) return null;
  const minutes = Math.round((at - now.getTime()) / 6e4);
  return `${origin}: last_refresh (${lastRefresh}) is ${minutes} minutes ahead of this machine's clock (${now.toISOString()}). One of the clocks is wrong (check NTP on the machine that signed in and on this one); until it is fixed, Codex's scheduled refresh comes that much later.`;
}
function maskUnparsedSeed(redactor, value) {
  if (looksLikePath(value)) return;
  const json = stripBom(value).trimStart().startsWith("{");
  redactor.add([value, value.trim(), ...json ? [] : value.match(/[A-Za-z0-9._~+/=-]{20,}/g) ?? []]);
}

export {
  normalizeSeedText,
  futureRefreshWarning,
  maskUnparsedSeed
};
