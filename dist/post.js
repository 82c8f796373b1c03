#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunks/chunk-T4AT2VG4.js";
import {
  loadActionState
} from "./chunks/chunk-TFGH4AVS.js";
import "./chunks/chunk-4HHFL6CX.js";
import {
  runEntry
} from "./chunks/chunk-UEEPTXA7.js";
import "./chunks/chunk-OFMCRVKK.js";
import "./chunks/chunk-N7GVTKFE.js";
import "./chunks/chunk-OJBEYJKB.js";
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
import "./chunks/chunk-V4C5BGZE.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-ME7AUUEY.js";
import "./chunks/chunk-GP2XTTJE.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/action/post.ts
async function runPost(env = process.env) {
  const state = loadActionState();
  if (!state.codexHome) return;
  const result = await finishAndClean(
    { ...state, codexHome: state.codexHome },
    env,
    "the main step did not finish its round trip"
  );
  if (!result) return;
  const { setRoundTripOutputs, writeSummary } = await import("./chunks/report-IV523II4.js");
  setRoundTripOutputs(result);
  await writeSummary(result, "finished by the post step");
  if (result.error) throw result.error;
}

// src/entry/post.ts
await runEntry(() => runPost());
