import { UsageError } from './errors.js';
import { parseStreamName } from './stream.js';

// A lane is one way to run a job: a stream (its own ChatGPT login, lock and store entry) or a token mode (an API
// key billed to the platform account, or a ChatGPT access token). Lanes are tried one at a time, in the order the
// user wrote them, and only when the one before is usage-limited (before any tool ran) or its login is dead.

export type TokenLaneKind = 'api-key' | 'access-token';

export type LaneSpec =
  { readonly kind: 'stream'; readonly stream: string } | { readonly kind: TokenLaneKind };

export interface LaneSpecNames {
  /** How the user wrote the list, for messages: "input lanes" or "--lanes". */
  readonly input: string;
  /** Where each token lane's secret comes from, for messages: e.g. "input api-key" or "CODEX_API_KEY". */
  readonly secrets: Readonly<Record<TokenLaneKind, string>>;
}

export function laneName(lane: LaneSpec): string {
  return lane.kind === 'stream' ? `stream:${lane.stream}` : lane.kind;
}

/**
 * The fallback list after the primary stream. Entries are separated by commas or new lines: `stream:NAME` (or a
 * bare NAME), `api-key`, `access-token`. Every mistake names the input and the entry, and nothing runs.
 */
export function parseLaneList(
  text: string,
  primary: LaneSpec,
  names: LaneSpecNames,
  hasSecret: (kind: TokenLaneKind) => boolean,
): LaneSpec[] {
  const trimmed = text.trim();
  if (trimmed === '') return [primary];
  const lanes: LaneSpec[] = [primary];
  trimmed.split(/[,\n]/).forEach((raw, index) => {
    const entry = raw.trim();
    const where = `${names.input}, entry ${index + 1}`;
    if (entry === '') {
      throw new UsageError(
        `${where} is empty: write one lane per entry (stream:NAME, api-key or access-token), separated by commas or new lines, with no empty entry.`,
      );
    }
    const lane = parseEntry(entry, where);
    if (lane.kind !== 'stream' && !hasSecret(lane.kind)) {
      throw new UsageError(
        `${where} is a ${lane.kind} lane, but ${names.secrets[lane.kind]} is empty: give the ${lane.kind === 'api-key' ? 'API key' : 'access token'} there (from a secret), or remove the lane.`,
      );
    }
    const name = laneName(lane);
    if (lanes.some((seen) => laneName(seen) === name)) {
      const first = laneName(primary) === name ? ' (it is the primary stream, which always runs first)' : '';
      throw new UsageError(
        `${where} repeats lane ${JSON.stringify(name)}${first}: each lane may appear once.`,
      );
    }
    lanes.push(lane);
  });
  return lanes;
}

function parseEntry(entry: string, where: string): LaneSpec {
  if (entry === 'api-key' || entry === 'access-token') return { kind: entry };
  const stream = entry.startsWith('stream:') ? entry.slice('stream:'.length) : entry;
  if (entry.includes(':') && !entry.startsWith('stream:')) {
    throw new UsageError(
      `${where}: unknown lane ${JSON.stringify(entry)}; a lane is stream:NAME (or NAME), api-key or access-token.`,
    );
  }
  try {
    return { kind: 'stream', stream: parseStreamName(stream) };
  } catch (error) {
    throw new UsageError(`${where}: ${(error as Error).message}`);
  }
}
