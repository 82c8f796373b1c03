#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunks/chunk-ABTTLYPO.js";
import {
  loadActionState
} from "./chunks/chunk-VWPOGCL6.js";
import "./chunks/chunk-KW4ZBTPA.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-PA7QWGY6.js";
import {
  runEntry
} from "./chunks/chunk-YBWG77IW.js";
import "./chunks/chunk-PNOLWMBI.js";

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
