import { parseBundle, secretValues } from '../core/bundle.js';
import { type BundleReport, inspectBundle } from '../core/inspect.js';
import type { SecretSink } from '../core/logger.js';
import { normalizeSeedText } from '../core/seed-text.js';
import { readAuthJsonFile } from './input-files.js';

// inspect: one auth.json checked exactly as Codex reads it, and when Codex will refresh it. Prints no token: its
// secrets are handed to the sink before anything is reported.

export interface InspectRequest {
  readonly file: string;
  /** How the front end names where the file came from (`--auth-file`), for messages about it. */
  readonly source: string;
  /** What to do when the file holds a path instead of the auth.json itself. */
  readonly pathHint: string;
}

export async function inspectAuthFile(request: InspectRequest, secrets: SecretSink): Promise<BundleReport> {
  const raw = await readAuthJsonFile(request.file, request.source);
  const bundle = parseBundle(normalizeSeedText(raw, request.file, request.pathHint).text, request.file);
  secrets.add(secretValues(bundle));
  return inspectBundle(bundle, new Date());
}
