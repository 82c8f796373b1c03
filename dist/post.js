#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunks/chunk-LV7VPLLY.js";
import {
  loadActionState
} from "./chunks/chunk-QSXSHKNE.js";
import "./chunks/chunk-6DFYXPLN.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-BU2ND4Y3.js";
import {
  runEntry
} from "./chunks/chunk-OIQ7W5C3.js";
import "./chunks/chunk-L4XN5KNZ.js";

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
