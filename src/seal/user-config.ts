import { parse, TomlError } from 'smol-toml';
import { UsageError } from '../core/errors.js';

// The user's Codex config as the seal reads it: parsed with a message naming the input, and the one place where
// it could pick a sandbox behind our back refused (a profile's sandbox_mode switches the permission profile off).

type Table = Record<string, unknown>;
/** The front end's names for the inputs at fault (SealInputNames, in part). */
interface Names {
  readonly codexConfig: string;
  readonly sandbox: string;
}

export function parseUserConfig(text: string, names: Names): Table {
  try {
    return parse(text) as Table;
  } catch (error) {
    const where = error instanceof TomlError ? ` (line ${error.line}, column ${error.column})` : '';
    throw new UsageError(`${names.codexConfig} is not valid TOML${where}; fix it or leave it empty.`);
  }
}

export function refuseProfileSandboxModes(doc: Table, names: Names): void {
  const profiles = asTable(doc.profiles);
  for (const [profile, body] of Object.entries(profiles ?? {})) {
    if (asTable(body)?.sandbox_mode !== undefined) {
      throw new UsageError(
        `[profiles.${profile}] in ${names.codexConfig} sets sandbox_mode, which would switch off the profile that keeps the login from the agent; choose the sandbox with ${names.sandbox} instead.`,
      );
    }
  }
}

function asTable(value: unknown): Table | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Table) : undefined;
}
