#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  sealRequestFrom
} from "./chunk-2CCBNDAN.js";
import {
  readConfigFileArgument
} from "./chunk-TIRO6PLG.js";
import {
  parseStoreFlags
} from "./chunk-K7XAUVPN.js";
import {
  optionsOf
} from "./chunk-SCQZIXAE.js";
import {
  createCliContext
} from "./chunk-6CK3WCLT.js";
import "./chunk-4AH7IMLG.js";
import "./chunk-G4TKJDY6.js";
import {
  keepFresh
} from "./chunk-U5UYT6GH.js";
import {
  describeNextRefresh
} from "./chunk-RUIPKGJZ.js";
import {
  describePlanUsage
} from "./chunk-FR7755A4.js";
import "./chunk-ZWWUJUOW.js";
import "./chunk-G3CPVCKQ.js";
import "./chunk-66ZDSCP4.js";
import "./chunk-QAFNNIV2.js";
import "./chunk-HMVT4RTB.js";
import "./chunk-Q42TUPIE.js";
import "./chunk-I5GMXUOT.js";
import "./chunk-QSVIKI3B.js";
import "./chunk-MNXCFRYD.js";
import "./chunk-PU5KTUZ5.js";
import "./chunk-C3N67VWX.js";
import {
  resolveCodex
} from "./chunk-CTVTCGPW.js";
import "./chunk-S44WLHXD.js";
import {
  currentWorkflowRun
} from "./chunk-RPFSE2RI.js";
import "./chunk-TSTBO63M.js";
import "./chunk-KQMSNF6O.js";
import "./chunk-J5IH24H5.js";
import "./chunk-67EZGFYO.js";
import "./chunk-27JTPA2S.js";
import "./chunk-LSQGGRNO.js";
import "./chunk-DOGKGVIM.js";
import "./chunk-EUK65H27.js";
import "./chunk-MGRXMJMR.js";
import "./chunk-JKYZGPF4.js";
import "./chunk-2G7TLW22.js";
import {
  parseStreamName
} from "./chunk-7S5RA6R7.js";
import "./chunk-VEWUXA3N.js";
import "./chunk-AJPOGGCO.js";
import "./chunk-QJCFBWVG.js";
import "./chunk-LRSS5WRI.js";
import "./chunk-C5ZNOPJA.js";
import {
  UsageError
} from "./chunk-HPAV43AD.js";
import "./chunk-DZ5XX4ZY.js";

// src/cli/commands/keep-fresh.ts
async function run(input, kit) {
  const options = optionsOf(input);
  const streams = options.streams.split(",").map((name) => parseStreamName(name.trim())).filter(Boolean);
  if (streams.length === 0) throw new UsageError("--streams needs at least one stream name.");
  const log = kit.logger(options.verbose === true);
  const contexts = await Promise.all(
    streams.map(
      (stream) => createCliContext(parseStoreFlags({ ...options, stream }, kit.env), kit.env, log, kit.redactor)
    )
  );
  const rows = await keepFresh(contexts, {
    codexPath: await resolveCodex(options.codex, kit.env),
    codexConfig: options.codexConfig ? await readConfigFileArgument(options.codexConfig, "--codex-config") : void 0,
    baseEnv: kit.env,
    lockTimeoutMs: parseStoreFlags(options, kit.env).lockTimeoutMs,
    onOutput: (line) => log.debug(line),
    seal: sealRequestFrom(options)
  });
  const alerts = options.alert ? await sendAlerts(rows, options, kit) : [];
  if (options.json === true) kit.json({ streams: rows, alerts, healthy: rows.every((row) => row.healthy) });
  else
    kit.out(
      formatRows(rows) + alerts.map((alert) => `alert ${alert.stream}: ${describeAlert(alert)}
`).join("")
    );
  return rows.every((row) => row.healthy) ? 0 : Math.max(...rows.map((row) => row.exitCode));
}
function formatRows(rows) {
  const lines = rows.map((row) => {
    const state = row.healthy ? row.refreshed ? "refreshed" : "fresh" : row.reseedNeeded ? "RESEED NEEDED" : "FAILED";
    return [
      `${row.stream}: ${state}`,
      `  generation ${row.generation ?? "-"}, last refresh ${row.lastRefresh ?? "-"}, access token expires ${row.accessTokenExpiresAt ?? "-"}`,
      `  next refresh ${describeNextRefresh(row) || "-"}; last writer ${row.lastWriter ?? "-"}`,
      `  plan usage: ${row.usageLimited ? `usage limit reached, resets ${row.resetsAt ?? "-"}; ` : ""}${describePlanUsage(row.planUsage)}`,
      ...row.problem ? [`  problem: ${row.problem}`] : []
    ].join("\n");
  });
  return `${lines.join("\n")}
`;
}
async function sendAlerts(rows, options, kit) {
  const target = parseStoreFlags({ ...options, store: "git-ref", lock: "none" }, kit.env).store.github;
  if (!target) throw new UsageError("--alert needs --repo OWNER/NAME and GITHUB_TOKEN.");
  kit.redactor.add([target.token]);
  const [{ createOctokit }, { syncAlert }] = await Promise.all([
    import("./octokit-OPGEB4EX.js"),
    import("./alerts-N5CCH6ID.js")
  ]);
  const client = createOctokit({ token: target.token, baseUrl: target.apiUrl });
  const outcomes = [];
  for (const row of rows) {
    outcomes.push(
      await syncAlert(client, target.repository, row, {
        runUrl: currentWorkflowRun(kit.env)?.url ?? null,
        reseedCommand: `codex-auth seed --force --store ${options.store} --stream ${row.stream} --auth-file ~/.codex/auth.json`,
        now: /* @__PURE__ */ new Date()
      })
    );
  }
  return outcomes;
}
function describeAlert(alert) {
  if (alert.action === "no-permission") return alert.message;
  if (alert.action === "none")
    return alert.issue ? `issue #${alert.issue} left as it is` : "nothing to report";
  return `issue #${alert.issue} ${alert.action} (${alert.url})`;
}
export {
  describeAlert,
  run
};
