import type { RoundTripResult } from '../app/front-end.js';
import { protectionLine } from '../app/protection-words.js';
import { untrustedWhole } from '../core/untrusted-text.js';
import { errorJson, type Kit } from './kit.js';

/** The `--json` object of run/restore/persist. Its field names are a contract with scripts. */
export function resultJson(result: RoundTripResult): Record<string, unknown> {
  const { error, ...rest } = result;
  return { ...rest, error: error ? errorJson(error) : null };
}

/** Prints a round-trip result and returns the exit code. */
export function printResult(kit: Kit, result: RoundTripResult, json: boolean, verb: string): number {
  if (json) {
    kit.json(resultJson(result));
    return result.error?.exitCode ?? 0;
  }
  if (result.finalMessage !== null) {
    kit.out(`${untrustedWhole(kit.redactor.redact(result.finalMessage))}\n`);
  }
  const state = [
    result.seeded ? 'seeded' : null,
    result.refreshed ? 'refreshed' : 'not refreshed',
    result.persisted ? 'persisted' : 'nothing written',
    sealWords(result),
  ].filter(Boolean);
  // Which protection kept the login from the agent, and the isolation's figures: one line, also before a failure.
  const protection = protectionLine(result);
  if (protection !== null) kit.io.stderr(kit.redactor.redact(`codex-auth: protection: ${protection}\n`));
  const figures = `lock wait ${(result.lockWaitMs / 1000).toFixed(1)} s, ${(result.durationMs / 1000).toFixed(1)} s in all`;
  if (result.error) {
    // A failure is said once, by its error. What had happened before it is worth a line only when a stored copy
    // was loaded (a refresh may have been persisted); "restored ... no generation" would claim what never was.
    if (result.generation !== null) {
      kit.io.stderr(
        kit.redactor.redact(
          `codex-auth: stream "${result.stream}" (${result.store}) before the failure: generation ${result.generation}, ${state.join(', ')}, ${figures}\n`,
        ),
      );
    }
    return kit.fail(result.error, false);
  }
  kit.io.stderr(
    kit.redactor.redact(
      `codex-auth: ${verb} stream "${result.stream}" (${result.store}): generation ${result.generation ?? '-'}, ${state.join(', ')}, ${figures}\n`,
    ),
  );
  return 0;
}

function sealWords(result: RoundTripResult): string | null {
  if (result.seal === null) return null;
  if (result.seal.sealed) return `sealed (${result.seal.mode}, probe ${result.seal.probeMs} ms)`;
  return `NOT sealed: ${result.seal.reason ?? 'not probed'}`;
}
