#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunks/chunk-YCU5FPVW.js";
import {
  loadActionState
} from "./chunks/chunk-JYIXL5F2.js";
import {
  runEntry
} from "./chunks/chunk-F57MOJQF.js";
import "./chunks/chunk-LJKJUEZM.js";
import "./chunks/chunk-ILKYZM45.js";
import "./chunks/chunk-O3GMTOAH.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-NQECC4KP.js";
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
import "./chunks/chunk-ZIF5URXC.js";
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
  const { setRoundTripOutputs, writeSummary } = await import("./chunks/report-2XGOPHO3.js");
  setRoundTripOutputs(result);
  await writeSummary(result, "finished by the post step");
  if (result.error) throw result.error;
}

// src/entry/post.ts
await runEntry(() => runPost());
