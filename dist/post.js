#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunks/chunk-MTNPQ67V.js";
import {
  loadActionState
} from "./chunks/chunk-MGA35ZR2.js";
import "./chunks/chunk-QOJVMXLP.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-NJGIUI4L.js";
import {
  runEntry
} from "./chunks/chunk-WQGG76EL.js";
import "./chunks/chunk-YQTOBCUV.js";

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
