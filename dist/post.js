#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunks/chunk-5DOGE7W4.js";
import {
  loadActionState
} from "./chunks/chunk-ZG2BWGA6.js";
import {
  runEntry
} from "./chunks/chunk-4SFAJDQT.js";
import "./chunks/chunk-S6DDDNO7.js";
import "./chunks/chunk-N4A2WMSV.js";
import "./chunks/chunk-YZFL4L6Z.js";
import "./chunks/chunk-JTL7EAL7.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-KOSZJBRL.js";
import "./chunks/chunk-6UEGME2Z.js";
import "./chunks/chunk-CBJWJQWG.js";
import "./chunks/chunk-F5ZJYPQG.js";
import "./chunks/chunk-5QKIY3HD.js";
import "./chunks/chunk-6QDNW4AD.js";
import "./chunks/chunk-N3T4XKQI.js";
import "./chunks/chunk-ULPY7FZK.js";
import "./chunks/chunk-NSJHP72U.js";
import "./chunks/chunk-QCQITM44.js";
import "./chunks/chunk-27RNYUPI.js";
import "./chunks/chunk-TQTFMJCZ.js";
import "./chunks/chunk-VMHUWGWS.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-V4C5BGZE.js";
import "./chunks/chunk-EYVVJBUX.js";
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
  const { setRoundTripOutputs, writeSummary } = await import("./chunks/report-ZTQA5O22.js");
  setRoundTripOutputs(result);
  await writeSummary(result, "finished by the post step");
  if (result.error) throw result.error;
}

// src/entry/post.ts
await runEntry(() => runPost());
