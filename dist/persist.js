#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-6OAQ2F6D.js";
import {
  persist
} from "./chunks/chunk-4HHFL6CX.js";
import "./chunks/chunk-Z2IH7DDP.js";
import {
  createActionContext,
  maskSecretInputs,
  readSecretInputs,
  readStreamSettings,
  runEntry,
  whyNotOurHome
} from "./chunks/chunk-UEEPTXA7.js";
import "./chunks/chunk-OFMCRVKK.js";
import "./chunks/chunk-N7GVTKFE.js";
import {
  Inputs,
  readInput
} from "./chunks/chunk-OJBEYJKB.js";
import "./chunks/chunk-KFJRHRRK.js";
import "./chunks/chunk-F5ZJYPQG.js";
import "./chunks/chunk-N3T4XKQI.js";
import "./chunks/chunk-ULPY7FZK.js";
import "./chunks/chunk-7SAFMP73.js";
import "./chunks/chunk-3DQ7LV76.js";
import "./chunks/chunk-FOGE6YFT.js";
import "./chunks/chunk-PBCKZ5WM.js";
import "./chunks/chunk-4RUKDEO4.js";
import "./chunks/chunk-O6AFCUB4.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import {
  UsageError
} from "./chunks/chunk-V4C5BGZE.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-ME7AUUEY.js";
import "./chunks/chunk-GP2XTTJE.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/action/persist.ts
async function runPersist(env = process.env) {
  const secrets = readSecretInputs();
  maskSecretInputs(secrets);
  const codexHome = readInput(Inputs.codexHome) || env.CODEX_HOME;
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
  const result = await persist({ codexHome, removeJobHome: true }, ctx);
  setRoundTripOutputs(result);
  await writeSummary(result, "persist");
  if (result.error) throw result.error;
}

// src/entry/persist.ts
await runEntry(() => runPersist());
