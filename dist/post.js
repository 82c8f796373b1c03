#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunks/chunk-VL5KPAW4.js";
import {
  loadActionState
} from "./chunks/chunk-JNQ52UZ5.js";
import "./chunks/chunk-QHGS4CDQ.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-I4WQ2T2F.js";
import {
  runEntry
} from "./chunks/chunk-VKFZUIPM.js";
import "./chunks/chunk-O4FHUZZJ.js";

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
