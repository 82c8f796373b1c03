#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  persistStream
} from "./chunks/chunk-VBPWJBS4.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-3X7S4WO2.js";
import "./chunks/chunk-X4LOA4CT.js";
import "./chunks/chunk-RUIPKGJZ.js";
import "./chunks/chunk-YZ6XO2XS.js";
import "./chunks/chunk-VEWUXA3N.js";
import {
  maskSecretInputs,
  runEntry
} from "./chunks/chunk-HQY72C4V.js";
import {
  removeCodexHome
} from "./chunks/chunk-LJKJUEZM.js";
import {
  readSecretInputs,
  readStreamSettings
} from "./chunks/chunk-PZPCIHE4.js";
import "./chunks/chunk-7LURD4YP.js";
import "./chunks/chunk-HMVT4RTB.js";
import {
  createActionContext
} from "./chunks/chunk-4R3V4MNO.js";
import "./chunks/chunk-G6Q6C4QY.js";
import "./chunks/chunk-EIDAXP42.js";
import "./chunks/chunk-OPBAR4RW.js";
import "./chunks/chunk-6QDNW4AD.js";
import "./chunks/chunk-EDI6SDEY.js";
import "./chunks/chunk-W5LKU2P6.js";
import "./chunks/chunk-TQTFMJCZ.js";
import "./chunks/chunk-PELD74GZ.js";
import "./chunks/chunk-ER7JQW37.js";
import "./chunks/chunk-ZPSJA46B.js";
import "./chunks/chunk-MMQOEJFE.js";
import "./chunks/chunk-UK6APPUX.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-MRK7U6WM.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import {
  UsageError
} from "./chunks/chunk-ZIF5URXC.js";
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
