// A small static file server for dist/, bound to 127.0.0.1 only.
//
// Used by scripts/serve.sh (the README's first command) and by the end-to-end tests.
// Usage: node scripts/static-server.mjs [dir] [port]   (port 0 picks a free one)
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Starts serving `dir` on 127.0.0.1:`port`. Resolves to `{ url, port, requests, close }`;
 * `requests` records every path asked for, in order.
 */
export async function serve(dir = "dist", port = 0) {
  const root = resolve(dir);
  const requests = [];
  const server = createServer(async (req, res) => {
    // A path the URL parser or the percent-decoder refuses ("//", "/%zz") is a 400, not a
    // crash of the server.
    let path;
    try {
      path = decodeURIComponent(new URL(`http://x${req.url ?? "/"}`).pathname);
    } catch {
      requests.push(req.url ?? "");
      res.writeHead(400).end();
      return;
    }
    requests.push(path);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
      });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((ok) => server.listen(port, "127.0.0.1", ok));
  const actual = server.address().port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    requests,
    // Ends kept-alive connections too, so closing never waits on a browser's idle socket.
    close: () =>
      new Promise((ok) => {
        server.close(ok);
        server.closeAllConnections();
      }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? "dist";
  const port = Number(process.argv[3] ?? 8080);
  const { url } = await serve(dir, port);
  console.log(`Serving ${dir}/ at ${url}  (Ctrl-C to stop)`);
}
