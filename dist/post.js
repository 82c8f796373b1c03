#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunks/chunk-U5V4QCXT.js";
import {
  loadActionState
} from "./chunks/chunk-6XKGMBZN.js";
import {
  runEntry
} from "./chunks/chunk-UZHB4YXX.js";
import "./chunks/chunk-GE7YRBSE.js";
import "./chunks/chunk-UHFTKGOZ.js";
import "./chunks/chunk-EQ272HND.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-QKU27C5W.js";
import "./chunks/chunk-4ISNCFAF.js";
import "./chunks/chunk-4CI2ILPJ.js";
import "./chunks/chunk-YK663KJU.js";
import "./chunks/chunk-6QDNW4AD.js";
import "./chunks/chunk-OGX6INNE.js";
import "./chunks/chunk-B4PXWS7N.js";
import "./chunks/chunk-TQTFMJCZ.js";
import "./chunks/chunk-TZMLPVJV.js";
import "./chunks/chunk-QMFLO4ZD.js";
import "./chunks/chunk-DQAX4442.js";
import "./chunks/chunk-C72APL46.js";
import "./chunks/chunk-BP3KPCEJ.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-R7ZAKF2J.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-X5N6Q7YB.js";
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
  const { setRoundTripOutputs, writeSummary } = await import("./chunks/report-VWKRMF5I.js");
  setRoundTripOutputs(result);
  await writeSummary(result, "finished by the post step");
  if (result.error) throw result.error;
}

// src/entry/post.ts
await runEntry(() => runPost());
