#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  persistStream
} from "./chunks/chunk-Y3IZMM6X.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-6UQNYTGL.js";
import "./chunks/chunk-E2H2VHQV.js";
import "./chunks/chunk-RUIPKGJZ.js";
import "./chunks/chunk-PD5UZF6M.js";
import "./chunks/chunk-VEWUXA3N.js";
import {
  maskSecretInputs,
  runEntry
} from "./chunks/chunk-6BACY76C.js";
import {
  removeCodexHome
} from "./chunks/chunk-RHHV2IKF.js";
import {
  readSecretInputs,
  readStreamSettings
} from "./chunks/chunk-VORFJQI6.js";
import "./chunks/chunk-PLCWXD5G.js";
import "./chunks/chunk-HMVT4RTB.js";
import {
  createActionContext
} from "./chunks/chunk-MNXOTCXD.js";
import "./chunks/chunk-VDYQEXDP.js";
import "./chunks/chunk-CSH6KCUT.js";
import "./chunks/chunk-CSSOBUSU.js";
import "./chunks/chunk-6QDNW4AD.js";
import "./chunks/chunk-UR4U65OI.js";
import "./chunks/chunk-JR5GKABG.js";
import "./chunks/chunk-TQTFMJCZ.js";
import "./chunks/chunk-EFVUH4WY.js";
import "./chunks/chunk-TZJQPSBZ.js";
import "./chunks/chunk-E3I54VE6.js";
import "./chunks/chunk-24DIYJ2P.js";
import "./chunks/chunk-PLEOC4NK.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-RZWJ4HE4.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import {
  UsageError
} from "./chunks/chunk-HKABORLE.js";
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
