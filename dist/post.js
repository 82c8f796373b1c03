#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunks/chunk-YLD3EEP5.js";
import {
  loadActionState
} from "./chunks/chunk-EDBG6CTG.js";
import "./chunks/chunk-546M73PZ.js";
import {
  runEntry,
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-NG4FWKHX.js";
import "./chunks/chunk-SE5PFNQ5.js";

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
