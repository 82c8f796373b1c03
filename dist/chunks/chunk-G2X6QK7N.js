#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  parseStreamName
} from "./chunk-7S5RA6R7.js";
import {
  UsageError
} from "./chunk-HPAV43AD.js";

// src/core/lane-spec.ts
function laneName(lane) {
  return lane.kind === "stream" ? `stream:${lane.stream}` : lane.kind;
}
function parseLaneList(text, primary, names, hasSecret) {
  const trimmed = text.trim();
  if (trimmed === "") return [primary];
  const lanes = [primary];
  trimmed.split(/[,\n]/).forEach((raw, index) => {
    const entry = raw.trim();
    const where = `${names.input}, entry ${index + 1}`;
    if (entry === "") {
      throw new UsageError(
        `${where} is empty: write one lane per entry (stream:NAME, api-key or access-token), separated by commas or new lines, with no empty entry.`
      );
    }
    const lane = parseEntry(entry, where);
    if (lane.kind !== "stream" && !hasSecret(lane.kind)) {
      throw new UsageError(
        `${where} is a ${lane.kind} lane, but ${names.secrets[lane.kind]} is empty: give the ${lane.kind === "api-key" ? "API key" : "access token"} there (from a secret), or remove the lane.`
      );
    }
    const name = laneName(lane);
    if (lanes.some((seen) => laneName(seen) === name)) {
      const first = laneName(primary) === name ? " (it is the primary stream, which always runs first)" : "";
      throw new UsageError(
        `${where} repeats lane ${JSON.stringify(name)}${first}: each lane may appear once.`
      );
    }
    lanes.push(lane);
  });
  return lanes;
}
function parseEntry(entry, where) {
  if (entry === "api-key" || entry === "access-token") return { kind: entry };
  const stream = entry.startsWith("stream:") ? entry.slice("stream:".length) : entry;
  if (entry.includes(":") && !entry.startsWith("stream:")) {
    throw new UsageError(
      `${where}: unknown lane ${JSON.stringify(entry)}; a lane is stream:NAME (or NAME), api-key or access-token.`
    );
  }
  try {
    return { kind: "stream", stream: parseStreamName(stream) };
  } catch (error) {
    throw new UsageError(`${where}: ${error.message}`);
  }
}

export {
  laneName,
  parseLaneList
};
