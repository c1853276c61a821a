#!/usr/bin/env node
/*
 * Runs ruff's WebAssembly build (the npm package @astral-sh/ruff-wasm-nodejs) over every .py file
 * of a tree and prints one line per diagnostic, sorted, in the form
 *
 *     path:line:col: CODE message
 *
 * with paths relative to TREE ('/' separated), 1-based lines and columns counted in Unicode code
 * points. Syntax errors print as code E999 only when E999 is among the selected codes (they are
 * counted on standard error either way).
 *
 * Usage:
 *
 *     node ruff_wasm_check.js [--peers DIR] [--select F821,F822,F823] [--target py313]
 *                             [--preview] [--convention google|numpy|pep257] TREE
 *
 * DIR is the folder whose node_modules holds @astral-sh/ruff-wasm-nodejs (default: $RUFF_WASM_DIR,
 * else the usual Node resolution). The wasm API checks a string and knows no file name, so rules
 * `--preview` turns on ruff's preview rules and behaviours (RUF029, several ASYNC rules). Rules
 * that depend on the name (__init__.py, .pyi stubs, per-file settings) behave as for a plain module;
 * `# noqa` comments are honoured.
 */
'use strict';
const fs = require('fs');
const path = require('path');

function parseArgs(argv) {
  const opts = { peers: process.env.RUFF_WASM_DIR || null, select: 'F821,F822,F823', target: 'py313', preview: false, convention: null, tree: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--peers') opts.peers = argv[++i];
    else if (a === '--select') opts.select = argv[++i];
    else if (a === '--target') opts.target = argv[++i];
    else if (a === '--preview') opts.preview = true;
    else if (a === '--convention') opts.convention = argv[++i];
    else if (a === '-h' || a === '--help') { usage(0); }
    else if (opts.tree === null) opts.tree = a;
    else usage(2);
  }
  if (opts.tree === null) usage(2);
  return opts;
}

function usage(code) {
  process.stderr.write('usage: node ruff_wasm_check.js [--peers DIR] [--select CODES] [--target py313] [--preview] [--convention NAME] TREE\n');
  process.exit(code);
}

function loadRuff(peers) {
  const name = '@astral-sh/ruff-wasm-nodejs';
  if (peers) return require(require.resolve(name, { paths: [path.resolve(peers)] }));
  return require(name);
}

function* walk(dir) {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === '.git' || e.name === 'node_modules' || e.name === '__pycache__') continue;
      yield* walk(full);
    } else if (e.isFile() && e.name.endsWith('.py')) {
      yield full;
    }
  }
}

// PEP 263: UTF-8 unless the first two lines declare another encoding.
function decode(buf) {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
  const head = buf.subarray(0, 400).toString('latin1').split('\n').slice(0, 2);
  let enc = 'utf-8';
  for (const line of head) {
    const m = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/.exec(line);
    if (m) { enc = m[1].toLowerCase(); break; }
    if (!/^[ \t\f]*(#.*)?\r?$/.test(line)) break;
  }
  if (enc === 'utf8' || enc.startsWith('utf-8')) enc = 'utf-8';
  return new TextDecoder(enc, { fatal: true }).decode(buf);
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const ruff = loadRuff(opts.peers);
  const wanted = opts.select.split(',').map((s) => s.trim()).filter(Boolean);
  const wantSyntax = wanted.includes('E999');
  const select = wanted.filter((c) => c !== 'E999');
  const lint = { select };
  if (opts.preview) lint.preview = true;
  if (opts.convention) lint.pydocstyle = { convention: opts.convention };
  const ws = new ruff.Workspace({ 'target-version': opts.target, lint }, ruff.PositionEncoding.Utf32);
  const root = path.resolve(opts.tree);
  const out = [];
  let files = 0, skipped = 0, syntaxFiles = 0;
  for (const file of walk(root)) {
    const rel = path.relative(root, file).split(path.sep).join('/');
    let text;
    try {
      text = decode(fs.readFileSync(file));
    } catch (e) {
      skipped++;
      process.stderr.write(`${rel}: skipped, cannot decode (${e.message})\n`);
      continue;
    }
    files++;
    let diags;
    try {
      diags = ws.check(text);
    } catch (e) {
      process.stderr.write(`${rel}: ruff failed: ${String(e).slice(0, 200)}\n`);
      continue;
    }
    let syntax = false;
    for (const d of diags) {
      const code = d.code === null || d.code === 'invalid-syntax' ? 'E999' : d.code;
      if (code === 'E999') { syntax = true; if (!wantSyntax) continue; }
      const msg = d.message.replace(/[\r\n]+/g, ' ');
      out.push([rel, d.start_location.row, d.start_location.column, `${rel}:${d.start_location.row}:${d.start_location.column}: ${code} ${msg}`]);
    }
    if (syntax) syntaxFiles++;
  }
  out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]));
  process.stdout.write(out.map((r) => r[3] + '\n').join(''));
  process.stderr.write(`ruff ${ruff.Workspace.version()}: ${files} files checked, ${skipped} skipped, ${syntaxFiles} with syntax errors, ${out.length} diagnostics\n`);
}

main();
