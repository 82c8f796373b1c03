// Moving the reference out of the README moved anchors: every relative link in the Markdown a user reads must
// reach an existing file, and an anchor a heading of that file (GitHub's slugs).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docFiles, REPO_ROOT } from '../../support/markdown-blocks.js';

const FILES = [...docFiles(), 'SECURITY.md', 'TROUBLESHOOTING.md', 'CHANGELOG.md'];

/** GitHub's heading anchor: lower case, punctuation other than `-` and `_` dropped, spaces to `-`. */
const slug = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/ /g, '-');

function anchors(file: string): Set<string> {
  const text = readFileSync(path.join(REPO_ROOT, file), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1] ?? '')));
}

function links(file: string): string[] {
  const text = readFileSync(path.join(REPO_ROOT, file), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '').filter((l) => !/^[a-z]+:/.test(l));
}

describe('links between the docs', () => {
  it.each(FILES)('%s links only to files and headings that exist', (file) => {
    const broken: string[] = [];
    for (const link of links(file)) {
      const [target = '', anchor] = link.split('#');
      const resolved = target === '' ? file : path.normalize(path.join(path.dirname(file), target));
      if (!existsSync(path.join(REPO_ROOT, resolved))) broken.push(`${link}: no file ${resolved}`);
      else if (anchor && resolved.endsWith('.md') && !anchors(resolved).has(anchor))
        broken.push(`${link}: no heading`);
    }
    expect(broken).toEqual([]);
  });
});
