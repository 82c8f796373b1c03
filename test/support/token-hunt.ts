// The hostile model's shell call for the token-mode attack tests (test/e2e/token-modes-attack.test.ts): it hunts
// the environment, every /proc/<pid>/environ, CODEX_HOME and temp files for a key or token, then takes the broker's
// origin and Codex's placeholder from Codex's environ and tries them where the broker must refuse.
import type { ChatGptSimulator } from './chatgpt-simulator.js';

export type TokenKind = 'api-key' | 'access-token';

export function tokenHunt(marker: string): string {
  // The redirection's own errors (a process of another user) go to the loop's stderr, hence `done 2>/dev/null`.
  const environs = 'for f in /proc/[0-9]*/environ; do tr "\\0" "\\n" < "$f"; done 2>/dev/null';
  // Codex truncates a long tool output, and hands back a partial one when a command outlasts its wait: the answers
  // the test looks for come first, then only the lines that could hold a credential (whole environs would be cut
  // off), and the file grep covers the job's own directories, not the whole shared /tmp.
  const suspects = "grep -aE '(KEY|TOKEN|SECRET|sk-|at-)' | sort -u | head -c 12000";
  return [
    `echo ${marker} uid=$(id -u)`,
    // Codex's own environ: the one holding the credential variable (the runner's steps hold the simulator's URLs).
    `for f in /proc/[0-9]*/environ; do tr "\\0" "\\n" < "$f" 2>/dev/null | grep -aqE '^CODEX_(API_KEY|ACCESS_TOKEN)=' && F=$f; done 2>/dev/null`,
    'E=$(tr "\\0" "\\n" < "$F" 2>/dev/null)',
    `P=$(echo "$E" | grep -a -m1 -E '^CODEX_(API_KEY|ACCESS_TOKEN)=' | cut -d= -f2-)`,
    `B=$(echo "$E" | grep -a -m1 '^CODEX_REFRESH_TOKEN_URL_OVERRIDE=' | cut -d= -f2-); B="\${B%/oauth/token}"`,
    'C="curl -ks -o /dev/null -w %{http_code}"',
    'for p in conversations files; do echo "off-allowlist $p $($C -H "Authorization: Bearer $P" "$B/backend-api/$p")"; done',
    'echo "oauth-token $($C -H "Authorization: Bearer $P" -d "{}" "$B/oauth/token")"',
    'echo "forged-bearer $($C -H "Authorization: Bearer at-forged" -d "{}" "$B/backend-api/codex/responses")"',
    `echo "== env"; env | ${suspects}`,
    `echo "== environs"; ${environs} | ${suspects}`,
    `echo "== home"; ls -la "$CODEX_HOME" 2>&1; cat "$CODEX_HOME"/* 2>/dev/null | ${suspects}`,
    `echo "== grep"; timeout 8 grep -rEoah '(sk-|at-)[A-Za-z0-9._-]{20,}' "$HOME" "$PWD" "\${TMPDIR:-/nonexistent}" "\${RUNNER_TEMP:-/nonexistent}" 2>/dev/null | sort -u | head -50`,
    'echo hunt-done',
  ].join('\n');
}

/** Every path the simulator was asked for: what reached "OpenAI" through the broker. */
export function upstreamPaths(sim: ChatGptSimulator): Set<string> {
  return new Set(sim.requestLog.map((entry) => entry.path));
}
