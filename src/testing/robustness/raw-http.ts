import http from 'node:http';
import net from 'node:net';

/**
 * HTTP from a chosen loopback address: the server tells clients apart by remote address, and Linux routes
 * all of 127.0.0.0/8 to loopback, so 127.0.0.2 and 127.0.0.3 are two clients on one machine.
 */

export interface Answer {
  status: number;
  text: string;
  ms: number;
}

export function httpGet(
  url: string,
  options: { agent?: http.Agent; localAddress?: string; timeoutMs?: number } = {},
): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.get(
      url,
      { agent: options.agent ?? false, localAddress: options.localAddress },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text, ms: performance.now() - started }),
        );
        res.on('error', reject);
      },
    );
    req.setTimeout(options.timeoutMs ?? 5000, () => req.destroy(new Error('timed out')));
    req.on('error', reject);
  });
}

/** A keep-alive agent whose connections all come from `localAddress`. */
export const agentFrom = (localAddress: string, maxSockets: number) =>
  new http.Agent({ keepAlive: true, maxSockets, localAddress });

/** Connects from `localAddress` and writes `text` as is (a request line, half a header…). */
export function rawConnection(
  port: number,
  localAddress: string,
  text: string,
): Promise<{ socket: net.Socket; received: () => string; closed: Promise<number> }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let received = '';
    const socket = net.connect({ port, host: '127.0.0.1', localAddress }, () => {
      socket.write(text);
      resolve({ socket, received: () => received, closed });
    });
    const closed = new Promise<number>((done) =>
      socket.once('close', () => done(performance.now() - started)),
    );
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.once('error', (error) => {
      if (socket.connecting) reject(error);
    });
  });
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

/** A high-resolution wall clock, comparable between processes on one machine. */
export const now = () => performance.timeOrigin + performance.now();
