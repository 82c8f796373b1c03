#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunks/chunk-Z7EU3FO2.js";
import {
  loadActionState
} from "./chunks/chunk-6WNLMHT6.js";
import {
  runEntry
} from "./chunks/chunk-XMCGHXSH.js";
import "./chunks/chunk-6QLVJIBN.js";
import "./chunks/chunk-ZEBWQHRB.js";
import "./chunks/chunk-ABJGEG63.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-IVU7YTVI.js";
import "./chunks/chunk-B45VUE4X.js";
import "./chunks/chunk-YYUIABWZ.js";
import "./chunks/chunk-SSEI6XJJ.js";
import "./chunks/chunk-OVITESHP.js";
import "./chunks/chunk-PQT25EE2.js";
import "./chunks/chunk-JBLTFLGE.js";
import "./chunks/chunk-5QKIY3HD.js";
import "./chunks/chunk-6RGMQ3H4.js";
import "./chunks/chunk-N3T4XKQI.js";
import "./chunks/chunk-ULPY7FZK.js";
import "./chunks/chunk-LSYKLU52.js";
import "./chunks/chunk-QCQITM44.js";
import "./chunks/chunk-27RNYUPI.js";
import "./chunks/chunk-VMHUWGWS.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-V4C5BGZE.js";
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
  const { setRoundTripOutputs, writeSummary } = await import("./chunks/report-JNXEI64X.js");
  setRoundTripOutputs(result);
  await writeSummary(result, "finished by the post step");
  if (result.error) throw result.error;
}

// src/entry/post.ts
await runEntry(() => runPost());
