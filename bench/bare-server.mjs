// The reference for the page cache's hits: a bare node:http server that sends the very bytes and headers the app
// sent for each route. `node bench/bare-server.mjs <pages.json> <port>`; pages.json maps a path to
// { status, headers: [name, value, …], body: base64 }.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const [file, port] = process.argv.slice(2);
const pages = new Map(Object.entries(JSON.parse(readFileSync(file, "utf8"))).map(([path, p]) => [path, { ...p, body: Buffer.from(p.body, "base64") }]));
createServer((request, response) => {
  const page = pages.get(request.url);
  if (!page) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(page.status, page.headers);
  response.end(page.body);
}).listen(Number(port), "127.0.0.1", () => console.log(`bare server on ${port}`));
