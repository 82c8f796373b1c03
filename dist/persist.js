#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  persistStream
} from "./chunks/chunk-SKKGC7EF.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-CY3LPUIL.js";
import "./chunks/chunk-S7G63SAM.js";
import "./chunks/chunk-RUIPKGJZ.js";
import "./chunks/chunk-YZ6XO2XS.js";
import "./chunks/chunk-VEWUXA3N.js";
import {
  maskSecretInputs,
  runEntry
} from "./chunks/chunk-SXUM7I3X.js";
import {
  removeCodexHome
} from "./chunks/chunk-P3R7BVFE.js";
import {
  readSecretInputs,
  readStreamSettings
} from "./chunks/chunk-322WQRKS.js";
import "./chunks/chunk-E23NC7MH.js";
import "./chunks/chunk-HMVT4RTB.js";
import {
  createActionContext
} from "./chunks/chunk-6EIDHNYH.js";
import "./chunks/chunk-QPSYYNYM.js";
import "./chunks/chunk-R22SLIYD.js";
import "./chunks/chunk-CRLPSG6N.js";
import "./chunks/chunk-6QDNW4AD.js";
import "./chunks/chunk-NOKRVJGV.js";
import "./chunks/chunk-2DVPQHNO.js";
import "./chunks/chunk-TQTFMJCZ.js";
import "./chunks/chunk-5JJLJS4J.js";
import "./chunks/chunk-II5M2ZT6.js";
import "./chunks/chunk-GFVZWYEL.js";
import "./chunks/chunk-E2WPYHU4.js";
import "./chunks/chunk-FBIOMMMX.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-IHANQPID.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import {
  UsageError
} from "./chunks/chunk-ZFGQ5PT4.js";
import {
  getInput
} from "./chunks/chunk-EYVVJBUX.js";
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
