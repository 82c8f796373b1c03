#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  persistStream
} from "./chunks/chunk-PCU7HP7L.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-HJ3WQRLW.js";
import {
  removeHomeRecord,
  whyNotOurHome
} from "./chunks/chunk-JYIXL5F2.js";
import "./chunks/chunk-VL4XRLT2.js";
import "./chunks/chunk-RUIPKGJZ.js";
import "./chunks/chunk-YZ6XO2XS.js";
import "./chunks/chunk-VEWUXA3N.js";
import {
  maskSecretInputs,
  runEntry
} from "./chunks/chunk-F57MOJQF.js";
import {
  removeCodexHome
} from "./chunks/chunk-LJKJUEZM.js";
import {
  readSecretInputs,
  readStreamSettings
} from "./chunks/chunk-ILKYZM45.js";
import "./chunks/chunk-O3GMTOAH.js";
import "./chunks/chunk-HMVT4RTB.js";
import {
  createActionContext
} from "./chunks/chunk-NQECC4KP.js";
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
  const notOurs = await whyNotOurHome(codexHome, null, env);
  if (notOurs !== null) {
    throw new UsageError(
      `persist was given ${codexHome} as the CODEX_HOME, but ${notOurs}: nothing was persisted or removed. Pass the codex-home output of the restore action of this job (or leave codex-home empty to use the CODEX_HOME restore exported).`
    );
  }
  const ctx = await createActionContext(readStreamSettings(env, secrets), secrets, env);
  const result = await persistStream(ctx, codexHome);
  if (!result.error || result.error.exitCode !== 2) {
    await removeCodexHome(codexHome);
    await removeHomeRecord(codexHome);
  }
  setRoundTripOutputs(result);
  await writeSummary(result, "persist");
  if (result.error) throw result.error;
}

// src/entry/persist.ts
await runEntry(() => runPersist());
