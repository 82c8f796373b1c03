#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  createCliContext
} from "./chunk-KUVUE3Z5.js";
import {
  TOKEN_ENV,
  parseStoreFlags,
  printResult,
  resultJson
} from "./chunk-62TV26KF.js";
import {
  runLanes,
  runTokenMode
} from "./chunk-NUGA6WL3.js";
import {
  lowUsageWarning,
  runRoundTrip
} from "./chunk-O7UCNDJT.js";
import "./chunk-CIWH6T25.js";
import "./chunk-Q42TUPIE.js";
import "./chunk-XIAVRHVS.js";
import "./chunk-YZ6XO2XS.js";
import "./chunk-VEWUXA3N.js";
import {
  runCodex
} from "./chunk-4K5XSMT3.js";
import "./chunk-LYTM6AB4.js";
import "./chunk-UGWYQO4N.js";
import "./chunk-H3YLSNVV.js";
import "./chunk-66ZDSCP4.js";
import "./chunk-QZ6GSQOM.js";
import "./chunk-NVDLWAIV.js";
import "./chunk-A7DRJN3A.js";
import "./chunk-4YZFDFZ3.js";
import "./chunk-LBIPEUCS.js";
import "./chunk-MP7ASFGA.js";
import "./chunk-DOGKGVIM.js";
import "./chunk-JLPINNX3.js";
import "./chunk-TZZC6J3Q.js";
import "./chunk-Z554JWHF.js";
import {
  laneName
} from "./chunk-TPJRLEMN.js";
import "./chunk-OIVYCDER.js";
import "./chunk-QSVIKI3B.js";
import "./chunk-7S5RA6R7.js";
import "./chunk-OTHGSV5L.js";
import "./chunk-PU5KTUZ5.js";
import "./chunk-342JZ6O6.js";
import "./chunk-HMVT4RTB.js";
import "./chunk-FP6FQLO4.js";
import "./chunk-RPFSE2RI.js";
import "./chunk-AJPOGGCO.js";
import "./chunk-J5IH24H5.js";
import "./chunk-TQTFMJCZ.js";
import "./chunk-27JTPA2S.js";
import "./chunk-C5ZNOPJA.js";
import "./chunk-LSQGGRNO.js";
import "./chunk-EUK65H27.js";
import {
  UsageError
} from "./chunk-HPAV43AD.js";
import "./chunk-DZ5XX4ZY.js";

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
export {
  printLanesResult,
  runCliLanes
};
