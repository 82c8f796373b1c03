import { promises as fs } from 'node:fs';
import path from 'node:path';

// actions/checkout leaves the job's token where git finds it (`persist-credentials` is true by default): as an
// `http.<url>.extraheader = AUTHORIZATION: basic ...` line in .git/config (v4 and earlier), or in a config file
// under RUNNER_TEMP that .git/config pulls in with `includeIf ... path = ...` (v5 and later). The agent works in
// that checkout, and with the `contents: write` our quick starts ask for, that token can push code and delete
// the stream's refs. The seal cannot hide .git/config (git needs it), so the fix is the user's: say it.

const EXTRAHEADER = /^\s*extraheader\s*=\s*AUTHORIZATION:/im;
const INCLUDE_PATH = /^\s*path\s*=\s*(.+?)\s*$/gim;

/** The config file holding a persisted checkout token for the work tree around `dir`, or null. */
export async function findPersistedCheckoutToken(dir: string): Promise<string | null> {
  const config = await gitConfigAbove(path.resolve(dir));
  if (config === null) return null;
  const text = await fs.readFile(config, 'utf8').catch(() => '');
  if (EXTRAHEADER.test(text)) return config;
  for (const match of text.matchAll(INCLUDE_PATH)) {
    const included = path.resolve(path.dirname(config), (match[1] ?? '').replace(/^"(.*)"$/, '$1'));
    const includedText = await fs.readFile(included, 'utf8').catch(() => '');
    if (EXTRAHEADER.test(includedText)) return included;
  }
  return null;
}

async function gitConfigAbove(start: string): Promise<string | null> {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, '.git', 'config');
    if ((await fs.stat(candidate).catch(() => null))?.isFile()) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

export function persistedTokenWarning(file: string): string {
  return `the job's GitHub token is persisted in ${file} by actions/checkout, where the agent can read it (and with contents: write, push code or delete this stream's refs). Set \`persist-credentials: false\` on the actions/checkout step.`;
}
