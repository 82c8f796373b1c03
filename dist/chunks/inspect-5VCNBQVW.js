#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  readAuthFileArgument
} from "./chunk-TIRO6PLG.js";
import {
  optionsOf
} from "./chunk-SCQZIXAE.js";
import "./chunk-G4TKJDY6.js";
import {
  inspectBundle
} from "./chunk-G3CPVCKQ.js";
import {
  normalizeSeedText
} from "./chunk-PU5KTUZ5.js";
import {
  parseBundle,
  secretValues
} from "./chunk-TSTBO63M.js";
import "./chunk-27JTPA2S.js";
import "./chunk-EUK65H27.js";
import "./chunk-JKYZGPF4.js";
import "./chunk-2G7TLW22.js";
import "./chunk-HPAV43AD.js";
import "./chunk-DZ5XX4ZY.js";

// src/cli/commands/inspect.ts
import os from "node:os";
import path from "node:path";
async function run(input, kit) {
  const options = optionsOf(input);
  const file = options.authFile ?? path.join(options.codexHome ?? kit.env.CODEX_HOME ?? path.join(os.homedir(), ".codex"), "auth.json");
  const flag = options.authFile ? "--auth-file" : options.codexHome ? "the auth.json of --codex-home" : kit.env.CODEX_HOME ? "the auth.json of CODEX_HOME" : "the default auth.json";
  const raw = await readAuthFileArgument(file, flag);
  const bundle = parseBundle(
    normalizeSeedText(raw, file, "pass --auth-file with the auth.json itself").text,
    file
  );
  kit.redactor.add(secretValues(bundle));
  const report = inspectBundle(bundle, /* @__PURE__ */ new Date());
  if (options.json === true) kit.json(report);
  else kit.out(formatReport(file, report));
  return 0;
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
export {
  run
};
