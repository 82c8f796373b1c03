#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  persistStream
} from "./chunks/chunk-FQRGINYQ.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-XF5GP5GS.js";
import {
  createActionContext,
  maskSecretInputs,
  readSecretInputs,
  readStreamSettings,
  runEntry
} from "./chunks/chunk-P66R723N.js";
import "./chunks/chunk-4K5XSMT3.js";
import "./chunks/chunk-LYTM6AB4.js";
import "./chunks/chunk-UYQC3EAL.js";
import "./chunks/chunk-I6WEU2DZ.js";
import {
  removeCodexHome
} from "./chunks/chunk-66ZDSCP4.js";
import "./chunks/chunk-Q42TUPIE.js";
import "./chunks/chunk-BDFZ7RZ3.js";
import "./chunks/chunk-NVDLWAIV.js";
import "./chunks/chunk-XIAVRHVS.js";
import "./chunks/chunk-A7DRJN3A.js";
import "./chunks/chunk-4YZFDFZ3.js";
import "./chunks/chunk-LBIPEUCS.js";
import "./chunks/chunk-MP7ASFGA.js";
import {
  getInput
} from "./chunks/chunk-EYVVJBUX.js";
import "./chunks/chunk-DOGKGVIM.js";
import "./chunks/chunk-JLPINNX3.js";
import "./chunks/chunk-TZZC6J3Q.js";
import "./chunks/chunk-Z554JWHF.js";
import "./chunks/chunk-RUIPKGJZ.js";
import "./chunks/chunk-IK7ZZC4U.js";
import "./chunks/chunk-QSVIKI3B.js";
import "./chunks/chunk-FJM4ODI6.js";
import "./chunks/chunk-OTHGSV5L.js";
import "./chunks/chunk-PU5KTUZ5.js";
import "./chunks/chunk-342JZ6O6.js";
import "./chunks/chunk-VEWUXA3N.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-Z6H5YR5N.js";
import "./chunks/chunk-RPFSE2RI.js";
import "./chunks/chunk-AJPOGGCO.js";
import "./chunks/chunk-J5IH24H5.js";
import "./chunks/chunk-TQTFMJCZ.js";
import "./chunks/chunk-27JTPA2S.js";
import "./chunks/chunk-C5ZNOPJA.js";
import "./chunks/chunk-LSQGGRNO.js";
import "./chunks/chunk-EUK65H27.js";
import {
  UsageError
} from "./chunks/chunk-HPAV43AD.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/action/persist.ts
async function runPersist(env = process.env) {
  const secrets = readSecretInputs();
  maskSecretInputs(secrets);
  const codexHome = getInput("codex-home") || env.CODEX_HOME;
  if (!codexHome) {
    throw new UsageError(
      "persist needs the CODEX_HOME that restore exported: run the restore action earlier in this job, or pass input codex-home."
    );
  }
  const ctx = await createActionContext(readStreamSettings(env, secrets), secrets, env);
  const result = await persistStream(ctx, codexHome);
  if (!result.error || result.error.exitCode !== 2) await removeCodexHome(codexHome);
  setRoundTripOutputs(result);
  await writeSummary(result, "persist");
  if (result.error) throw result.error;
}

// src/entry/persist.ts
await runEntry(() => runPersist());
