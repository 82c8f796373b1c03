#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunks/chunk-P4A7XEFP.js";
import {
  loadActionState
} from "./chunks/chunk-ERVV6TTU.js";
import "./chunks/chunk-RYUPDAK5.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-6DAFJPIC.js";
import {
  runEntry
} from "./chunks/chunk-M56SUTZ4.js";
import "./chunks/chunk-RUIPKGJZ.js";
import "./chunks/chunk-G2X6QK7N.js";
import "./chunks/chunk-D6UGOP7V.js";
import "./chunks/chunk-ZWWUJUOW.js";
import "./chunks/chunk-FGXSCJA6.js";
import "./chunks/chunk-66ZDSCP4.js";
import "./chunks/chunk-QAFNNIV2.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-Q42TUPIE.js";
import "./chunks/chunk-I5GMXUOT.js";
import "./chunks/chunk-QSVIKI3B.js";
import "./chunks/chunk-MNXCFRYD.js";
import "./chunks/chunk-PU5KTUZ5.js";
import "./chunks/chunk-C3N67VWX.js";
import "./chunks/chunk-CTVTCGPW.js";
import "./chunks/chunk-27JNL73D.js";
import "./chunks/chunk-RPFSE2RI.js";
import "./chunks/chunk-4YZFDFZ3.js";
import "./chunks/chunk-QM46CLBH.js";
import "./chunks/chunk-J5IH24H5.js";
import "./chunks/chunk-E5T7ENZY.js";
import "./chunks/chunk-27JTPA2S.js";
import "./chunks/chunk-LSQGGRNO.js";
import "./chunks/chunk-EYVVJBUX.js";
import "./chunks/chunk-DOGKGVIM.js";
import "./chunks/chunk-EUK65H27.js";
import "./chunks/chunk-JLPINNX3.js";
import "./chunks/chunk-TZZC6J3Q.js";
import "./chunks/chunk-Z554JWHF.js";
import "./chunks/chunk-OIVYCDER.js";
import "./chunks/chunk-7S5RA6R7.js";
import "./chunks/chunk-VEWUXA3N.js";
import "./chunks/chunk-AJPOGGCO.js";
import "./chunks/chunk-QJCFBWVG.js";
import "./chunks/chunk-OOUMU5EI.js";
import "./chunks/chunk-C5ZNOPJA.js";
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
