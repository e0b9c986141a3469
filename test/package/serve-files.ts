// Serves a fixed set of files over HTTP on the loopback interface, for pages opened by the browser tests.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One file to serve. */
export interface ServedFile {
  body: string | Uint8Array;
  type: string;
}

/** A running server. */
export interface FileServer {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  /** The paths asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Starts a server of `files` on 127.0.0.1 at a free port; any other path is a 404.
 * @param files The files by path (`/index.html`).
 */
export async function serveFiles(files: Readonly<Record<string, ServedFile>>): Promise<FileServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const file = Object.hasOwn(files, path) ? files[path] : undefined;
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
