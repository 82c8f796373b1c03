#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  sealRequestFrom
} from "./chunk-2CCBNDAN.js";
import {
  printResult,
  resultJson
} from "./chunk-AXRYMGNT.js";
import {
  readConfigFileArgument,
  readSeedSource
} from "./chunk-TIRO6PLG.js";
import {
  parseSeconds,
  parseStoreFlags
} from "./chunk-K7XAUVPN.js";
import {
  optionsOf
} from "./chunk-SCQZIXAE.js";
import {
  createCliContext
} from "./chunk-6CK3WCLT.js";
import "./chunk-KIXTEUMW.js";
import "./chunk-4AH7IMLG.js";
import "./chunk-G4TKJDY6.js";
import {
  describeEvent,
  runLanes,
  runTokenMode
} from "./chunk-C52MJIHL.js";
import {
  laneName,
  parseLaneList
} from "./chunk-G2X6QK7N.js";
import {
  lowUsageWarning,
  runRoundTrip
} from "./chunk-FR7755A4.js";
import "./chunk-ZWWUJUOW.js";
import "./chunk-G3CPVCKQ.js";
import "./chunk-66ZDSCP4.js";
import "./chunk-QAFNNIV2.js";
import "./chunk-HMVT4RTB.js";
import "./chunk-Q42TUPIE.js";
import {
  runCodex
} from "./chunk-I5GMXUOT.js";
import "./chunk-QSVIKI3B.js";
import "./chunk-MNXCFRYD.js";
import "./chunk-PU5KTUZ5.js";
import "./chunk-C3N67VWX.js";
import {
  resolveCodex
} from "./chunk-CTVTCGPW.js";
import "./chunk-S44WLHXD.js";
import "./chunk-RPFSE2RI.js";
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
import "./chunk-OIVYCDER.js";
import "./chunk-7S5RA6R7.js";
import "./chunk-VEWUXA3N.js";
import "./chunk-AJPOGGCO.js";
import "./chunk-QJCFBWVG.js";
import "./chunk-LRSS5WRI.js";
import "./chunk-C5ZNOPJA.js";
import {
  UsageError
} from "./chunk-HPAV43AD.js";
import "./chunk-DZ5XX4ZY.js";

// src/cli/lane-options.ts
var TOKEN_ENV = { "api-key": "CODEX_API_KEY", "access-token": "CODEX_ACCESS_TOKEN" };
function planLanes(values, flags, env) {
  const lanes = parseLaneList(
    values.lanes ?? "",
    { kind: "stream", stream: flags.store.stream },
    { input: "--lanes", secrets: { "api-key": "CODEX_API_KEY", "access-token": "CODEX_ACCESS_TOKEN" } },
    (kind) => (env[TOKEN_ENV[kind]] ?? "") !== ""
  );
  if (lanes.length > 1 && flags.store.kind === "github-secret") {
    throw new UsageError(
      "--lanes: the github-secret store holds one login (the value in CODEX_AUTH_JSON), so it cannot serve other stream lanes; use the file, git-ref, cache or command store."
    );
  }
  return {
    lanes,
    waitForResetMs: parseSeconds(values.waitForReset ?? "0", "--wait-for-reset", 0, 86400) * 1e3,
    usageWarningPercent: values.usageWarningPercent === void 0 ? null : percent(values.usageWarningPercent, "--usage-warning-percent")
  };
}
function percent(text, flag) {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value < 0 || value > 100) {
    throw new UsageError(`${flag} must be a number between 0 and 100, not ${JSON.stringify(text)}.`);
  }
  return value;
}

// src/cli/run-lanes.ts
async function runCliLanes(kit, options, plan, flags, log, request) {
  const contextFor = (stream) => createCliContext(
    stream === flags.store.stream ? flags : parseStoreFlags({ ...options, stream }, kit.env),
    kit.env,
    log,
    kit.redactor
  );
  if (plan.lanes.length > 1 && request.codexHome !== void 0) {
    throw new UsageError(
      "--codex-home cannot be combined with --lanes: each lane runs in a fresh private CODEX_HOME of its own; leave --codex-home out."
    );
  }
  for (const lane of plan.lanes.slice(1)) {
    if (lane.kind === "stream" && await (await contextFor(lane.stream)).store.read() === null) {
      throw new UsageError(
        `--lanes: lane ${laneName(lane)} is an unknown stream: the ${flags.store.kind} store holds nothing for it. Seed it first (codex-auth seed --stream ${lane.stream}), or fix the name.`
      );
    }
  }
  const usedTokens = new Set(plan.lanes.map((lane) => lane.kind));
  const streamEnv = Object.fromEntries(
    Object.entries(kit.env).filter(
      ([name]) => !(usedTokens.has("api-key") && name === "CODEX_API_KEY") && !(usedTokens.has("access-token") && name === "CODEX_ACCESS_TOKEN")
    )
  );
  const runLane = async (lane, onEvent) => {
    if (lane.kind === "stream") {
      return runRoundTrip(await contextFor(lane.stream), {
        ...request,
        seed: lane.stream === flags.store.stream ? request.seed : void 0,
        baseEnv: streamEnv,
        lockTimeoutMs: flags.lockTimeoutMs,
        onEvent
      });
    }
    const variable = TOKEN_ENV[lane.kind];
    const token = kit.env[variable] ?? "";
    kit.redactor.add([token]);
    return runTokenMode(runCodex, log, kit.redactor, {
      ...request,
      variable,
      token,
      baseEnv: kit.env,
      onEvent
    });
  };
  const lanes = await runLanes({
    lanes: plan.lanes,
    runLane,
    onEvent: request.onEvent,
    waitForResetMs: plan.waitForResetMs,
    log
  });
  return lanes;
}
function printLanesResult(kit, lanes, plan, json) {
  const warning = lowUsageWarning(lanes.lane ?? "the job", lanes.result, plan.usageWarningPercent);
  if (json) {
    kit.json({
      ...resultJson(lanes.result),
      lane: lanes.lane,
      lanesTried: lanes.attempts,
      usageWarning: warning
    });
    return lanes.result.error?.exitCode ?? 0;
  }
  if (warning) kit.io.stderr(`codex-auth: warning: ${warning}
`);
  if (lanes.attempts.length > 1 || lanes.lane === null) {
    for (const attempt of lanes.attempts) {
      kit.io.stderr(
        kit.redactor.redact(
          `codex-auth: lane ${attempt.lane}: ${attempt.outcome}${attempt.reason ? ` (${attempt.reason})` : ""}
`
        )
      );
    }
  }
  return printResult(kit, lanes.result, false, lanes.lane ? `run on lane ${lanes.lane},` : "run");
}

// src/cli/commands/run.ts
async function run(input, kit) {
  const options = optionsOf(input);
  const flags = parseStoreFlags(options, kit.env);
  const log = kit.logger(flags.verbose);
  const plan = planLanes(options, flags, kit.env);
  const seed = await readSeedSource(
    options.seedFile,
    kit.env,
    kit.redactor,
    flags.store.kind !== "github-secret",
    "--seed-file",
    log
  );
  const codexPath = await resolveCodex(options.codex, kit.env);
  const codexConfig = options.codexConfig ? await readConfigFileArgument(options.codexConfig, "--codex-config") : void 0;
  const lanes = await runCliLanes(kit, options, plan, flags, log, {
    seed,
    codexPath,
    codexArgs: input.args,
    codexHome: options.codexHome,
    codexConfig,
    seal: sealRequestFrom(options),
    onEvent: (event) => {
      const line = describeEvent(event);
      if (line) kit.io.stderr(`${kit.redactor.redact(line)}
`);
    },
    onOutput: (line) => kit.io.stderr(`${kit.redactor.redact(line)}
`)
  });
  return printLanesResult(kit, lanes, plan, flags.json);
}
export {
  run
};
