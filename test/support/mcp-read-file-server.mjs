#!/usr/bin/env node
// A tiny MCP server over stdio (newline-delimited JSON-RPC 2.0), the kind a user adds to Codex's config: it offers
// one tool, read_file(path), and answers with the file's text. Codex starts it as its own child, outside the
// sandbox it applies to the agent's commands, so what this tool reads is what the agent can read through it.
// Plain JavaScript: Codex runs it with `node`, as the runner's user, from a copy the test hands over.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

const TOOLS = [
  {
    name: 'read_file',
    description: 'Reads a text file and returns its content.',
    inputSchema: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] },
    annotations: { readOnlyHint: true },
  },
];

function reply(id, result) {
  process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0', id, result })}\n`);
}

function fail(id, message) {
  process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0', id, error: { code: -32601, message } })}\n`);
}

function callTool(params) {
  if (params?.name !== 'read_file')
    return { content: [{ type: 'text', text: 'no such tool' }], isError: true };
  try {
    return { content: [{ type: 'text', text: readFileSync(String(params.arguments?.path), 'utf8') }] };
  } catch (error) {
    return { content: [{ type: 'text', text: `read_file failed: ${error.message}` }], isError: true };
  }
}

createInterface({ input: process.stdin }).on('line', (line) => {
  let message;
  try {
    message = JSON.parse(line);
  } catch {
    return;
  }
  if (message.id === undefined) return; // a notification (initialized, cancelled)
  switch (message.method) {
    case 'initialize':
      return reply(message.id, {
        protocolVersion: message.params?.protocolVersion ?? '2025-06-18',
        capabilities: { tools: { listChanged: false } },
        serverInfo: { name: 'read-file', version: '1.0.0' },
      });
    case 'tools/list':
      return reply(message.id, { tools: TOOLS });
    case 'tools/call':
      return reply(message.id, callTool(message.params));
    case 'ping':
      return reply(message.id, {});
    default:
      return fail(message.id, `method not found: ${message.method}`);
  }
});
