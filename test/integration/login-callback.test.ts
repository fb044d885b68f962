import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { AbortedError, LoginError } from '../../src/base/errors.js';
import { readCallback, startCallbackServer, waitForCallback, type CallbackServer } from '../../src/login/callback.js';

const STATE = 'expected-state-123';
let servers: CallbackServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function start(options: { timeoutMs?: number; signal?: AbortSignal; port?: number } = {}): Promise<CallbackServer> {
  const server = await startCallbackServer({ port: options.port ?? 0, state: STATE, timeoutMs: options.timeoutMs ?? 10_000, signal: options.signal });
  servers.push(server);
  return server;
}

const get = (server: CallbackServer, pathAndQuery: string) => fetch(`http://127.0.0.1:${server.port}${pathAndQuery}`);

/** Resolves true when nothing listens on the port any more. */
function isClosed(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

describe('readCallback', () => {
  const q = (query: string) => readCallback(new URLSearchParams(query), STATE);
  const message = (query: string) => {
    const r = q(query);
    return 'error' in r ? r.error.message : null;
  };

  it('accepts the code when the state matches', () => {
    expect(q(`code=abc&state=${STATE}`)).toEqual({ code: 'abc' });
  });

  it.each([`code=abc&state=other`, 'code=abc', `code=abc&state=${STATE}x`, `code=abc&state=`])('rejects %s as a state mismatch', (query) => {
    expect(message(query)).toMatch(/state mismatch; start again/);
  });

  it('checks the state before believing an error', () => {
    expect(message('error=access_denied&state=forged')).toMatch(/state mismatch/);
  });

  it.each([
    [`error=access_denied&state=${STATE}`, /^you declined/],
    [`error=server_error&state=${STATE}`, /Spotify refused the sign-in \(server_error\)/],
    [`state=${STATE}`, /without a sign-in code/],
    [`code=&state=${STATE}`, /without a sign-in code/],
  ])('%s → %s', (query, expected) => {
    expect(message(query)).toMatch(expected);
  });

  it('echoes a hostile error value only as one short printable line', () => {
    const m = message(`error=${encodeURIComponent('x\n\u001b[31m' + 'y'.repeat(500))}&state=${STATE}`)!;
    expect(m).not.toMatch(/[\n\u001b]/);
    expect(m.length).toBeLessThan(200);
  });
});

describe('startCallbackServer', () => {
  it('resolves with the code, answers a friendly page, then closes', async () => {
    const server = await start();
    expect(server.port).toBeGreaterThan(0);
    expect(server.redirectUri).toBe(`http://127.0.0.1:${server.port}/callback`);
    const res = await get(server, `/callback?code=the-code&state=${STATE}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(await res.text()).toContain('Signed in — you can close this tab');
    await expect(server.code).resolves.toBe('the-code');
    expect(await isClosed(server.port)).toBe(true);
  });

  it('refuses the code on a state mismatch, and says so in the page', async () => {
    const server = await start();
    const res = await get(server, '/callback?code=stolen-code&state=forged');
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('Sign-in failed');
    expect(page).toContain('state mismatch');
    const err = await server.code.then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(LoginError);
    expect((err as LoginError).message).toMatch(/state mismatch; start again/);
    expect((err as LoginError).message).not.toContain('stolen-code');
    expect(await isClosed(server.port)).toBe(true);
  });

  it('reports access_denied as the user declining', async () => {
    const server = await start();
    const res = await get(server, `/callback?error=access_denied&state=${STATE}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('you declined');
    await expect(server.code).rejects.toThrow(/^you declined/);
    await expect(server.code).rejects.toBeInstanceOf(LoginError);
  });

  it('escapes what it echoes into the page', async () => {
    const server = await start();
    const res = await get(server, `/callback?error=${encodeURIComponent('<script>x</script>')}&state=${STATE}`);
    const page = await res.text();
    expect(page).not.toContain('<script>');
    expect(page).toContain('&#60;script&#62;');
    await expect(server.code).rejects.toBeInstanceOf(LoginError);
  });

  it('answers 404 to other paths (favicon) and keeps waiting for the callback', async () => {
    const server = await start();
    expect((await get(server, '/favicon.ico')).status).toBe(404);
    expect((await get(server, '/')).status).toBe(404);
    expect((await get(server, `/callbackx?code=no&state=${STATE}`)).status).toBe(404);
    expect(await isClosed(server.port)).toBe(false);
    await get(server, `/callback?code=after-favicon&state=${STATE}`);
    await expect(server.code).resolves.toBe('after-favicon');
  });

  it('does not take a code from a POST', async () => {
    const server = await start();
    const res = await fetch(`http://127.0.0.1:${server.port}/callback?code=c&state=${STATE}`, { method: 'POST' });
    expect(res.status).toBe(405);
    await get(server, `/callback?code=real&state=${STATE}`);
    await expect(server.code).resolves.toBe('real');
  });

  it('times out cleanly and closes the port', async () => {
    const server = await start({ timeoutMs: 50 });
    const began = Date.now();
    const err = await server.code.then(
      () => null,
      (e: unknown) => e,
    );
    expect(Date.now() - began).toBeLessThan(5_000);
    expect(err).toBeInstanceOf(LoginError);
    expect((err as LoginError).message).toBe('no answer from the browser within 50 ms; run spoti-dl login again');
    expect((err as LoginError).hint).toContain(server.redirectUri);
    expect((err as LoginError).exitCode).toBe(3);
    expect(await isClosed(server.port)).toBe(true);
  });

  it('says a timeout of a second or more in seconds', async () => {
    const server = await start({ timeoutMs: 1_000 });
    await expect(server.code).rejects.toThrow('no answer from the browser within 1 s; run spoti-dl login again');
  });

  it('stops on abort with the abort reason and closes', async () => {
    const controller = new AbortController();
    const server = await start({ signal: controller.signal });
    const reason = new AbortedError('stopped by test');
    setTimeout(() => controller.abort(reason), 20);
    await expect(server.code).rejects.toBe(reason);
    expect(await isClosed(server.port)).toBe(true);
  });

  it('refuses to start when already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new AbortedError());
    await expect(start({ signal: controller.signal })).rejects.toBeInstanceOf(AbortedError);
  });

  it('close() rejects a pending code with AbortedError and frees the port', async () => {
    const server = await start();
    await server.close();
    await expect(server.code).rejects.toBeInstanceOf(AbortedError);
    expect(await isClosed(server.port)).toBe(true);
    await server.close(); // twice is fine
  });

  it('closes even while the browser holds a keep-alive connection', async () => {
    const server = await start();
    const socket = net.connect(server.port, '127.0.0.1'); // a preconnect that never sends a request
    await new Promise((r) => socket.once('connect', r));
    await get(server, `/callback?code=kept&state=${STATE}`);
    await expect(server.code).resolves.toBe('kept');
    expect(await isClosed(server.port)).toBe(true);
    socket.destroy();
  });

  it('names the port and --port when the port is taken', async () => {
    const first = await start();
    const err = await start({ port: first.port }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(LoginError);
    expect((err as LoginError).message).toContain(`port ${first.port} on 127.0.0.1 is already in use`);
    expect((err as LoginError).hint).toContain('--port');
  });
});

describe('waitForCallback', () => {
  it('resolves with the code from a real request', async () => {
    // Port 0 hides the chosen port from the caller, so find a free one first.
    const probe = net.createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise((r) => probe.close(r));
    const pending = waitForCallback({ port, state: STATE, timeoutMs: 5_000 });
    // The server is up only once waitForCallback has bound the port: knock until it answers.
    for (let tries = 0; ; tries++) {
      const ok = await fetch(`http://127.0.0.1:${port}/callback?code=waited&state=${STATE}`).then(
        () => true,
        () => false,
      );
      if (ok || tries > 100) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    await expect(pending).resolves.toBe('waited');
    expect(await isClosed(port)).toBe(true);
  });
});
