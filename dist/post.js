#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunks/chunk-N2F4OY5A.js";
import {
  loadActionState
} from "./chunks/chunk-TE5LK5TU.js";
import {
  runEntry
} from "./chunks/chunk-YBZUMGZT.js";
import "./chunks/chunk-2G3OB5XO.js";
import "./chunks/chunk-7LBMUYCS.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-QF2CR2FV.js";
import "./chunks/chunk-ORVGXUZE.js";
import "./chunks/chunk-PD5UZF6M.js";
import "./chunks/chunk-ZM3T36UT.js";
import "./chunks/chunk-QQHIARQO.js";
import "./chunks/chunk-6QDNW4AD.js";
import "./chunks/chunk-AIBTV52M.js";
import "./chunks/chunk-PMVKFX55.js";
import "./chunks/chunk-TQTFMJCZ.js";
import "./chunks/chunk-WYVJKUWD.js";
import "./chunks/chunk-QOTJ4TSP.js";
import "./chunks/chunk-6DHBGNWT.js";
import "./chunks/chunk-QQC6BMSK.js";
import "./chunks/chunk-ETTTSFZM.js";
import "./chunks/chunk-VEWUXA3N.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-FVP3HEEJ.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-53B7ORU2.js";
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
  const { setRoundTripOutputs, writeSummary } = await import("./chunks/report-WLOAGNZU.js");
  setRoundTripOutputs(result);
  await writeSummary(result, "finished by the post step");
  if (result.error) throw result.error;
}

// src/entry/post.ts
await runEntry(() => runPost());
