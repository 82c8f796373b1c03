#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  identityClaims,
  jwtExpiry
} from "./chunk-TSTBO63M.js";

// src/core/inspect.ts
var PROACTIVE_EXPIRY_WINDOW_MS = 5 * 60 * 1e3;
var SCHEDULED_REFRESH_AFTER_MS = 8 * 24 * 60 * 60 * 1e3;
var DAY_MS = 24 * 60 * 60 * 1e3;
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
var NO_REFRESH = { due: false, reason: null, at: null };
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

export {
  inspectBundle
};
