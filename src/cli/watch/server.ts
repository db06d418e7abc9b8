import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { EVENTS_PATH } from './live-page.js';

/** Loopback only: the preview shows a map's source texts, which are nobody else's business on the network. */
export const WATCH_HOST = '127.0.0.1';

export interface PreviewServer {
  /** The address the socket is bound to, as the operating system reports it. */
  address: BoundAddress;
  url: string;
  /** Tells every open page that build `build` is ready. */
  announce(build: string): void;
  close(): Promise<void>;
}

export interface BoundAddress {
  address: string;
  port: number;
}

export interface PreviewContent {
  /** The current page and the build it shows. */
  current(): { html: string; build: string };
}

const COMMON_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // A meta policy cannot forbid framing; this header adds only that, so the page's own policy still rules the rest.
  'Content-Security-Policy': "frame-ancestors 'none'",
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function plain(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...COMMON_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra });
  res.end(`${text}\n`);
}

function event(build: string): string {
  return `event: reload\ndata: ${build}\n\n`;
}

/**
 * Serves exactly two request targets, `/` and `/events`, compared as raw strings: nothing is decoded or
 * joined to a folder, so no spelling of `..` can reach a file. The Host header must name this server, so
 * a web page that rebinds its own domain name to 127.0.0.1 cannot read the preview.
 */
export function startPreviewServer(port: number, content: PreviewContent): Promise<PreviewServer> {
  const streams = new Set<ServerResponse>();
  let bound = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').toLowerCase();
    if (host !== `${WATCH_HOST}:${bound}` && host !== `localhost:${bound}`) {
      plain(res, 403, `argmap watch answers only to http://${WATCH_HOST}:${bound}/ and http://localhost:${bound}/`);
      return;
    }
    if (req.url !== '/' && req.url !== EVENTS_PATH) {
      plain(res, 404, `not found; argmap watch serves only / and ${EVENTS_PATH}`);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      plain(res, 405, `${req.method} is not allowed; expected GET or HEAD`, { Allow: 'GET, HEAD' });
      return;
    }
    if (req.url === '/') {
      const { html } = content.current();
      res.writeHead(200, { ...COMMON_HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(Buffer.byteLength(html)) });
      res.end(req.method === 'HEAD' ? undefined : html);
      return;
    }
    res.writeHead(200, { ...COMMON_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    res.write(`retry: 1000\n${event(content.current().build)}`);
    streams.add(res);
    res.on('close', () => streams.delete(res));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, WATCH_HOST, () => {
      server.off('error', reject);
      const { address: host, port: boundPort } = server.address() as BoundAddress;
      const address = { address: host, port: boundPort };
      bound = boundPort;
      resolve({
        address,
        url: `http://${WATCH_HOST}:${bound}/`,
        announce(build) {
          for (const s of streams) s.write(event(build));
        },
        close() {
          for (const s of streams) s.end();
          streams.clear();
          return new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          });
        },
      });
    });
  });
}
