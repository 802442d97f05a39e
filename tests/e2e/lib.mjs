// Shared by the e2e scripts and bench.mjs: a static file server for dist/ on a free localhost port,
// Debian's Chromium launched headless with software WebGL2, and CPU time of a process tree.
import { createServer } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
};

// Serves `root` read-only; resolves to { url, origin, close() }. `headers(path)` may add response
// headers for a file (a Content-Security-Policy header, say).
export function serve(root, { headers = () => ({}) } = {}) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const body = readFileSync(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
                           'Content-Length': body.length, 'Cache-Control': 'no-store', ...headers(path) });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => {
    const origin = `http://127.0.0.1:${server.address().port}`;
    ok({ url: `${origin}/`, origin, close: () => new Promise((done) => server.close(done)) });
  }));
}

export const CHROMIUM = process.env.USJP_CHROMIUM || '/usr/bin/chromium';

// The flags that give headless Chromium WebGL2 on SwiftShader with no GPU and no network chatter.
export const CHROMIUM_ARGS = ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic',
                              '--no-first-run', '--disable-background-networking', '--disable-component-update',
                              '--disable-sync'];

// Debian's Chromium, headless; playwright-core gives it a fresh temporary profile (--user-data-dir).
export function launchBrowser(extraArgs = []) {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

// CPU time (user + system, seconds) of a process and all its descendants, from /proc.
export function treeCpuSeconds(rootPid) {
  const ticks = Number(process.env.USJP_CLK_TCK || 100);
  const stats = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(entry), { ppid: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / ticks });
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const pending = [rootPid];
  while (pending.length) {
    const pid = pending.pop();
    for (const [child, s] of stats) if (s.ppid === pid) pending.push(child);
    if (pid !== rootPid && stats.has(pid)) total += stats.get(pid).cpu;
  }
  return total;
}
