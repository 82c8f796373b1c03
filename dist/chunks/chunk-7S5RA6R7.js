#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-HPAV43AD.js";

// src/core/stream.ts
var CHARACTERS = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
var DEFAULT_STREAM = "default";
var RULE = 'use 1-64 characters from A-Z a-z 0-9 . _ -, starting with a letter or digit, without "..", and not ending in "." or ".lock" (for example "default" or "nightly-review")';
function legacyStreamNameProblem(name) {
  if (name.includes("..")) return 'contains ".."';
  if (name.endsWith(".")) return 'ends in "."';
  if (name.toLowerCase().endsWith(".lock")) return 'ends in ".lock"';
  return null;
}
function parseStreamName(name) {
  if (!CHARACTERS.test(name) || name === "..") {
    throw new UsageError(`invalid stream name ${JSON.stringify(name)}: ${RULE}.`);
  }
  return name;
}
function legacyStreamMessage(name, exists) {
  const problem = legacyStreamNameProblem(name);
  if (problem === null) return null;
  return exists ? `stream name ${JSON.stringify(name)} ${problem}: it is kept working because the stream already exists, but it cannot be a git ref, so it cannot move to the git-ref store. Reseed the login under a new name that follows the rule (${RULE}) when convenient.` : `invalid stream name ${JSON.stringify(name)}: it ${problem}, which a git ref cannot hold, and every store follows the same rule: ${RULE}.`;
}

export {
  DEFAULT_STREAM,
  parseStreamName,
  legacyStreamMessage
};
