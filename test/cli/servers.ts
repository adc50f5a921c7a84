import * as http from 'http';
import { AddressInfo } from 'net';

/** An HTTP server on 127.0.0.1 that a test can take down and bring back on the same port. */
export class LoopbackServer {
  /** Starts a server on 127.0.0.1 with a free port. */
  public static async start(handler: http.RequestListener): Promise<LoopbackServer> {
    const s = new LoopbackServer(handler);
    await s.listen(0);
    return s;
  }

  public port = 0;
  /** Host headers of the requests received, in order. */
  public readonly hosts: string[] = [];
  private server?: http.Server;

  private constructor(private readonly handler: http.RequestListener) {}

  /** Stops accepting connections and drops the open ones (connections are refused until `up()`). */
  public async down(): Promise<void> {
    const s = this.server;
    this.server = undefined;
    if (!s) return;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  /** Listens again on the same port. */
  public async up(): Promise<void> {
    if (!this.server) await this.listen(this.port);
  }

  private listen(port: number): Promise<void> {
    const s = http.createServer((req, res) => {
      this.hosts.push(String(req.headers.host));
      this.handler(req, res);
    });
    s.keepAliveTimeout = 100;
    this.server = s;
    return new Promise((resolve) => s.listen(port, '127.0.0.1', () => {
      this.port = (s.address() as AddressInfo).port;
      resolve();
    }));
  }
}

/** A member behind an ingress that routes only `host`: 200 on /health for it, 404 otherwise (ingress-nginx's default backend). */
export function ingressRouting(host: string, bareHost: 'default-backend-404' | 'catch-all-200' = 'default-backend-404'): http.RequestListener {
  return (req, res) => {
    const h = String(req.headers.host ?? '').replace(/:\d+$/, '');
    if (h === host && req.url === '/health') {
      res.statusCode = 200;
    } else if (bareHost === 'catch-all-200' && /^\d+\.\d+\.\d+\.\d+$/.test(h)) {
      res.statusCode = 200;
    } else {
      res.statusCode = 404;
    }
    res.end();
  };
}

/** Collects what the command prints. */
export function capture(): { out: (s: string) => void; err: (s: string) => void; stdout: () => string; stderr: () => string } {
  const o: string[] = [];
  const e: string[] = [];
  return { out: (s) => o.push(s), err: (s) => e.push(s), stdout: () => o.join('\n'), stderr: () => e.join('\n') };
}
