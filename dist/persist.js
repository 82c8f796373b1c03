#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  persistStream
} from "./chunks/chunk-UPOND6MT.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-FSTGLLBW.js";
import "./chunks/chunk-O7UCNDJT.js";
import "./chunks/chunk-CIWH6T25.js";
import "./chunks/chunk-Q42TUPIE.js";
import "./chunks/chunk-XIAVRHVS.js";
import "./chunks/chunk-RUIPKGJZ.js";
import "./chunks/chunk-YZ6XO2XS.js";
import "./chunks/chunk-VEWUXA3N.js";
import {
  maskSecretInputs,
  runEntry
} from "./chunks/chunk-WM5DQPWJ.js";
import {
  readSecretInputs,
  readStreamSettings
} from "./chunks/chunk-HQM4RCGJ.js";
import {
  createActionContext
} from "./chunks/chunk-KHCZPKZM.js";
import "./chunks/chunk-4K5XSMT3.js";
import "./chunks/chunk-LYTM6AB4.js";
import "./chunks/chunk-UGWYQO4N.js";
import "./chunks/chunk-H3YLSNVV.js";
import {
  removeCodexHome
} from "./chunks/chunk-66ZDSCP4.js";
import "./chunks/chunk-QZ6GSQOM.js";
import "./chunks/chunk-NVDLWAIV.js";
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
import "./chunks/chunk-TPJRLEMN.js";
import "./chunks/chunk-OIVYCDER.js";
import "./chunks/chunk-QSVIKI3B.js";
import "./chunks/chunk-7S5RA6R7.js";
import "./chunks/chunk-OTHGSV5L.js";
import "./chunks/chunk-PU5KTUZ5.js";
import "./chunks/chunk-342JZ6O6.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-FP6FQLO4.js";
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
