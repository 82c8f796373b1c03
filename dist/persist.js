#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  persistStream
} from "./chunks/chunk-GNOCUD6E.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-YQHOWWGR.js";
import "./chunks/chunk-VK4HBRYA.js";
import "./chunks/chunk-RUIPKGJZ.js";
import "./chunks/chunk-YZ6XO2XS.js";
import "./chunks/chunk-VEWUXA3N.js";
import {
  maskSecretInputs,
  runEntry
} from "./chunks/chunk-BEWJ2XXN.js";
import {
  removeCodexHome
} from "./chunks/chunk-ZHRIHA5V.js";
import {
  readSecretInputs,
  readStreamSettings
} from "./chunks/chunk-SLTLSQ4D.js";
import "./chunks/chunk-WKKK4JYS.js";
import "./chunks/chunk-HMVT4RTB.js";
import {
  createActionContext
} from "./chunks/chunk-L6Q2XOPL.js";
import "./chunks/chunk-YNDTUR7L.js";
import "./chunks/chunk-CIDBP2ZF.js";
import "./chunks/chunk-EUNAYYPH.js";
import "./chunks/chunk-6QDNW4AD.js";
import "./chunks/chunk-YCUPB3DU.js";
import "./chunks/chunk-BGMYLJLW.js";
import "./chunks/chunk-TQTFMJCZ.js";
import "./chunks/chunk-D6X7CSPK.js";
import "./chunks/chunk-PV43NZUB.js";
import "./chunks/chunk-UKYCNE7M.js";
import "./chunks/chunk-MF5IORL2.js";
import "./chunks/chunk-V2UB7CIZ.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-JNRKALG7.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import {
  UsageError
} from "./chunks/chunk-GPR62DEP.js";
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
