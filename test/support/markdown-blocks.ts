// Fenced code blocks of the project's Markdown, with the HTML comment marker (if any) that precedes each: the docs
// tests lint every YAML block and run the shell blocks a quick start marks, so what a user pastes is what is tested.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CodeBlock {
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly lang: string;
  readonly text: string;
  /** The text of the last `<!-- ... -->` comment before the block, when only blank lines separate them. */
  readonly marker: string | null;
}

export function codeBlocks(file: string): CodeBlock[] {
  const lines = readFileSync(path.join(REPO_ROOT, file), 'utf8').split('\n');
  const blocks: CodeBlock[] = [];
  let marker: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i] ?? '');
    if (!open) {
      const comment = /^<!--\s*(.*?)\s*-->$/.exec(lines[i] ?? '');
      if (comment) marker = comment[1] ?? null;
      else if ((lines[i] ?? '').trim() !== '') marker = null;
      continue;
    }
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i] ?? ''); i++) body.push(lines[i] ?? '');
    blocks.push({ file, line: start + 1, lang: open[1] ?? '', text: `${body.join('\n')}\n`, marker });
    marker = null;
  }
  return blocks;
}

/** README.md and every docs/*.md. */
export function docFiles(): string[] {
  const docs = readdirSync(path.join(REPO_ROOT, 'docs')).filter((name) => name.endsWith('.md'));
  return ['README.md', ...docs.sort().map((name) => `docs/${name}`)];
}
