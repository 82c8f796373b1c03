#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunks/chunk-GZTFX22P.js";
import {
  loadActionState
} from "./chunks/chunk-2KUI7UVM.js";
import "./chunks/chunk-BMPAQLZP.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-D733FH6J.js";
import {
  runEntry
} from "./chunks/chunk-WTEWMRFO.js";
import "./chunks/chunk-5AJR2I7G.js";
import "./chunks/chunk-B464LQL2.js";
import "./chunks/chunk-DJBYCDXH.js";
import "./chunks/chunk-XAHQPHFJ.js";
import "./chunks/chunk-OC3TEGF7.js";
import "./chunks/chunk-CWPFH5IT.js";
import "./chunks/chunk-PU5KTUZ5.js";
import "./chunks/chunk-XLRZS54G.js";
import "./chunks/chunk-66ZDSCP4.js";
import "./chunks/chunk-Q42TUPIE.js";
import "./chunks/chunk-VEWUXA3N.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-2NV5QVC6.js";
import "./chunks/chunk-A5OKKLZU.js";
import "./chunks/chunk-XIAVRHVS.js";
import "./chunks/chunk-LWSKKLNB.js";
import "./chunks/chunk-4YZFDFZ3.js";
import "./chunks/chunk-QM46CLBH.js";
import "./chunks/chunk-J5IH24H5.js";
import "./chunks/chunk-E5T7ENZY.js";
import "./chunks/chunk-27JTPA2S.js";
import "./chunks/chunk-C5ZNOPJA.js";
import "./chunks/chunk-LSQGGRNO.js";
import "./chunks/chunk-DOGKGVIM.js";
import "./chunks/chunk-EUK65H27.js";
import "./chunks/chunk-JLPINNX3.js";
import "./chunks/chunk-TZZC6J3Q.js";
import "./chunks/chunk-Z554JWHF.js";
import "./chunks/chunk-HPAV43AD.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/action/post.ts
async function runPost(env = process.env) {
  const state = loadActionState();
  if (!state.codexHome) return;
  const result = await finishAndClean(state.codexHome, env, "the main step did not finish its round trip");
  if (!result) return;
  setRoundTripOutputs(result);
  await writeSummary(result, "finished by the post step");
  if (result.error) throw result.error;
}

// src/entry/post.ts
await runEntry(() => runPost());
