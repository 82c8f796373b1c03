#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunks/chunk-BYS6CBVV.js";
import {
  loadActionState
} from "./chunks/chunk-FPFBRSPZ.js";
import {
  runEntry
} from "./chunks/chunk-IFZRHUZH.js";
import "./chunks/chunk-PIVWQXDD.js";
import "./chunks/chunk-ZCHIDNSL.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-G5OK7NPG.js";
import "./chunks/chunk-FMIRX2W3.js";
import "./chunks/chunk-6J6WE5VK.js";
import "./chunks/chunk-QQHIARQO.js";
import "./chunks/chunk-ORVGXUZE.js";
import "./chunks/chunk-JSWSABV6.js";
import "./chunks/chunk-AIBTV52M.js";
import "./chunks/chunk-U3UU3URN.js";
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
  const { setRoundTripOutputs, writeSummary } = await import("./chunks/report-4WOW62DV.js");
  setRoundTripOutputs(result);
  await writeSummary(result, "finished by the post step");
  if (result.error) throw result.error;
}

// src/entry/post.ts
await runEntry(() => runPost());
