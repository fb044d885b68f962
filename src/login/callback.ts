/**
 * The loopback end of the login: a one-shot HTTP server on 127.0.0.1 that
 * receives Spotify's redirect (`/callback?code=…&state=…`), answers the browser
 * with a short page, and hands the code over once — or a LoginError. It closes
 * itself on every outcome, so a login never leaves a port open behind it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { AbortedError, LoginError } from '../base/errors.js';
import { DASHBOARD_URL } from './credentials.js';
import { redirectUriFor } from './pkce.js';

export interface CallbackOptions {
  /** 0 lets the system pick (tests); a real login needs the registered port. */
  port: number;
  /** The `state` sent to /authorize; any other value is a forged or stale answer. */
  state: string;
  timeoutMs: number;
  signal?: AbortSignal;
}

export interface CallbackServer {
  /** The port actually bound (the system's pick when 0 was asked for). */
  readonly port: number;
  readonly redirectUri: string;
  /** Settles once, after the server has closed: the code, or why there is none. */
  readonly code: Promise<string>;
  /** Stop waiting (a pending `code` rejects with AbortedError) and close. Safe to call twice. */
  close(): Promise<void>;
}

export type CallbackResult = { code: string } | { error: LoginError };

/** Reads Spotify's redirect query. The state is checked before anything else is believed. */
export function readCallback(params: URLSearchParams, expectedState: string): CallbackResult {
  if (params.get('state') !== expectedState) {
    return { error: new LoginError('the browser came back with a different state (state mismatch; start again with spoti-dl login)') };
  }
  const error = params.get('error');
  if (error === 'access_denied') {
    return { error: new LoginError('you declined the access request in the browser; run spoti-dl login again if that was a mistake') };
  }
  if (error !== null) {
    return { error: new LoginError(`Spotify refused the sign-in (${printable(error)}); run spoti-dl login again`) };
  }
  const code = params.get('code');
  if (!code) return { error: new LoginError('the browser came back without a sign-in code; run spoti-dl login again') };
  return { code };
}

export async function startCallbackServer(o: CallbackOptions): Promise<CallbackServer> {
  o.signal?.throwIfAborted();
  const server = http.createServer();
  await listen(server, o.port);
  const port = (server.address() as AddressInfo).port;
  const redirectUri = redirectUriFor(port);

  let closing: Promise<void> | null = null;
  const shutDown = (): Promise<void> =>
    (closing ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Browsers keep sockets open (keep-alive, preconnect); they would hold close() forever.
      server.closeAllConnections();
    }));

  let finish!: (result: string | Error) => void;
  const code = new Promise<string>((resolve, reject) => {
    let done = false;
    finish = (result) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      o.signal?.removeEventListener('abort', onAbort);
      void shutDown().then(() => (typeof result === 'string' ? resolve(result) : reject(result)));
    };
    const timer = setTimeout(() => {
      finish(
        new LoginError(
          `no answer from the browser within ${duration(o.timeoutMs)}; run spoti-dl login again`,
          `if Spotify showed "INVALID_CLIENT: Invalid redirect URI", add ${redirectUri} to your app's Redirect URIs at ${DASHBOARD_URL}`,
        ),
      );
    }, o.timeoutMs);
    const onAbort = () => finish(o.signal?.reason instanceof Error ? o.signal.reason : new AbortedError());
    o.signal?.addEventListener('abort', onAbort, { once: true });
    if (o.signal?.aborted) onAbort(); // aborted while we were binding the port
  });
  // The caller may close() without awaiting `code`; that must not be an unhandled rejection.
  code.catch(() => {});

  let answered = false;
  server.on('request', (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/callback') return sendPage(res, 404, 'Not found', 'This server only waits for the Spotify sign-in.');
    if (req.method !== 'GET') return sendPage(res, 405, 'Not allowed', 'The sign-in answer comes as a GET request.');
    if (answered) return sendPage(res, 409, 'Already answered', 'This sign-in has already finished; look at the terminal.');
    answered = true;
    const result = readCallback(url.searchParams, o.state);
    // Hand the result over only once the page is out, so closing cannot cut it off.
    if ('code' in result) {
      sendPage(res, 200, 'Signed in — you can close this tab', 'spoti-dl received the sign-in; go back to the terminal.', () => finish(result.code));
    } else {
      sendPage(res, 400, 'Sign-in failed', result.error.message, () => finish(result.error));
    }
  });
  server.on('error', (err) => finish(new LoginError('the sign-in server stopped unexpectedly', undefined, { cause: err })));

  return {
    port,
    redirectUri,
    code,
    close: () => {
      finish(new AbortedError('login cancelled'));
      return shutDown();
    },
  };
}

/** Start, wait, close: for callers that need nothing between listening and the answer. */
export async function waitForCallback(o: CallbackOptions): Promise<string> {
  return (await startCallbackServer(o)).code;
}

function listen(server: http.Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => reject(listenError(err, port));
    server.once('error', onError);
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

function listenError(err: NodeJS.ErrnoException, port: number): LoginError {
  const hint = 'choose another with spoti-dl login --port <n>, and register http://127.0.0.1:<n>/callback in your Spotify app';
  if (err.code === 'EADDRINUSE') {
    return new LoginError(`port ${port} on 127.0.0.1 is already in use, so the sign-in cannot come back there`, hint, { cause: err });
  }
  if (err.code === 'EACCES') {
    return new LoginError(`not allowed to listen on port ${port} on 127.0.0.1`, hint, { cause: err });
  }
  return new LoginError(`cannot listen on 127.0.0.1:${port} (${err.code ?? err.message})`, hint, { cause: err });
}

function sendPage(res: http.ServerResponse, status: number, title: string, text: string, then?: () => void): void {
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>spoti-dl: ${escapeHtml(title)}</title></head>` +
    `<body style="font-family:system-ui,sans-serif;max-width:36em;margin:4em auto;line-height:1.5">` +
    `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></body></html>\n`;
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    // The callback URL carries the code; the page must not pass it on.
    'Referrer-Policy': 'no-referrer',
    Connection: 'close',
  });
  res.end(html, then);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A query value echoed into a message: short, one line, no control characters. */
function printable(text: string): string {
  const clean = text.replace(/[^\x20-\x7e]/g, '?');
  return clean.length > 80 ? `${clean.slice(0, 80)}…` : clean;
}

function duration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}
