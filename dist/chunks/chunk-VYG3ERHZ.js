#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  reseedCommand
} from "./chunk-7ZM447HQ.js";
import {
  messageOf,
  statusOf
} from "./chunk-ULPY7FZK.js";

// src/app/alerts.ts
var ALERT_LABEL = "codex-auth";
function alertTitle(stream) {
  return `codex-auth: stream "${stream}" needs a reseed`;
}
async function syncAlert(client, repository, row, context) {
  try {
    const open = await findOpenAlert(client, repository, row.stream);
    if (row.reseedNeeded) {
      const what = `${row.problem ?? "the stream could not be used"}`;
      if (open) {
        await client.rest.issues.createComment({
          ...repository,
          issue_number: open.number,
          body: `Still failing at ${context.now.toISOString()}${context.runUrl ? ` (${context.runUrl})` : ""}:

> ${what}`
        });
        return { stream: row.stream, action: "updated", issue: open.number, url: open.html_url };
      }
      const { data } = await client.rest.issues.create({
        ...repository,
        title: alertTitle(row.stream),
        labels: [ALERT_LABEL],
        body: [
          `The Codex login of stream \`${row.stream}\` cannot be used since ${context.now.toISOString()}${context.runUrl ? ` (seen by ${context.runUrl})` : ""}:`,
          "",
          `> ${what}`,
          "",
          "Every job of this stream will fail until it is reseeded. To reseed:",
          "",
          "1. On a trusted machine, sign in: `codex login` (or `codex login --device-auth`), or run `codex-auth seed --login ...` to do both steps at once.",
          `2. Store the new login in the stream: \`${context.reseedCommand}\` (with the same \`CODEX_AUTH_KEY\`).`,
          "3. Stop using that auth.json anywhere else (another copy refreshing would kill the stream again).",
          "",
          "This issue is closed automatically once the stream is healthy again."
        ].join("\n")
      });
      return { stream: row.stream, action: "opened", issue: data.number, url: data.html_url };
    }
    if (open && row.healthy) {
      await client.rest.issues.createComment({
        ...repository,
        issue_number: open.number,
        body: `Healthy again at ${context.now.toISOString()} (generation ${row.generation ?? "-"})${context.runUrl ? `, seen by ${context.runUrl}` : ""}. Closing.`
      });
      await client.rest.issues.update({
        ...repository,
        issue_number: open.number,
        state: "closed",
        state_reason: "completed"
      });
      return { stream: row.stream, action: "closed", issue: open.number, url: open.html_url };
    }
    return { stream: row.stream, action: "none", issue: open?.number ?? null, url: open?.html_url ?? null };
  } catch (error) {
    if (statusOf(error) === 403 || statusOf(error) === 401) {
      return {
        stream: row.stream,
        action: "no-permission",
        message: `could not open or update the alert issue (${statusOf(error)} ${messageOf(error)}): add \`permissions: issues: write\` to the job.`
      };
    }
    throw error;
  }
}
async function findOpenAlert(client, repository, stream) {
  const issues = await client.paginate(client.rest.issues.listForRepo, {
    ...repository,
    state: "open",
    labels: ALERT_LABEL,
    per_page: 100
  });
  const match = issues.find((issue) => issue.title === alertTitle(stream) && !issue.pull_request);
  return match ? { number: match.number, html_url: match.html_url } : null;
}
async function syncAlerts(rows, target) {
  const { createOctokit } = await import("./octokit-XS4PRLHY.js");
  const client = createOctokit({ token: target.token, baseUrl: target.apiUrl });
  const repository = `${target.repository.owner}/${target.repository.repo}`;
  const outcomes = [];
  for (const row of rows) {
    outcomes.push(
      await syncAlert(client, target.repository, row, {
        runUrl: target.runUrl,
        reseedCommand: reseedCommand({ stream: row.stream, store: target.storeKind, repository }),
        now: /* @__PURE__ */ new Date()
      })
    );
  }
  return outcomes;
}

export {
  ALERT_LABEL,
  alertTitle,
  syncAlert,
  syncAlerts
};
