/**
 * The engine with fake workers: the scheduler's decisions carried out (a dead
 * worker replaced, a hung one killed, transient failures retried, a session
 * limit paused and resumed), on a shrunk time base.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import type { WorkRequest } from '../../src/engine/protocol.js';
import type { ServeHandlers, WorkOutcome, Worker, WorkerFactory } from '../../src/engine/worker.js';
import { AbortedError, SongError } from '../../src/base/errors.js';

type Script = (request: WorkRequest, worker: FakeWorker, handlers: ServeHandlers) => WorkOutcome | Promise<WorkOutcome> | 'hang';

class FakeWorker implements Worker {
  readonly exited: Promise<void>;
  readonly served: WorkRequest[] = [];
  #end!: () => void;
  #inFlight: ServeHandlers | null = null;
  killed = false;

  constructor(
    readonly id: number,
    private readonly script: Script,
  ) {
    this.exited = new Promise((resolve) => (this.#end = resolve));
  }

  serve(requests: readonly WorkRequest[], handlers: ServeHandlers): void {
    const request = requests[0]!;
    this.served.push(request);
    this.#inFlight = handlers;
    void Promise.resolve(this.script(request, this, handlers)).then((outcome) => {
      if (outcome === 'hang' || this.killed) return;
      this.#inFlight = null;
      handlers.done(0, outcome);
    });
  }

  /** The process dies: what it was doing ends as `died`. */
  die(): void {
    if (this.killed) return;
    this.killed = true;
    this.#inFlight?.done(0, { ok: false, died: true, message: 'the yt-dlp worker stopped (killed by SIGKILL)' });
    this.#inFlight = null;
    this.#end();
  }

  kill(): void {
    this.die();
  }
}

function factory(script: Script): WorkerFactory & { workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  return {
    mode: 'embedded',
    batch: 1,
    workers,
    start: async () => {
      const w = new FakeWorker(workers.length + 1, script);
      workers.push(w);
      return w;
    },
  };
}

const fast = { retryDelay: () => 5, sessionDelay: () => 60, random: () => 0.5 };
const search = (target: string): WorkRequest => ({ op: 'search', target, limit: 5 });
const ok = (value: unknown): WorkOutcome => ({ ok: true, value });
const fail = (message: string): WorkOutcome => ({ ok: false, message });

let engine: Engine | null = null;
afterEach(async () => {
  await engine?.close();
  engine = null;
});

describe('Engine', () => {
  it('answers each request, and one request for a repeated key', async () => {
    const f = factory((r) => ok({ echo: r.op === 'search' ? r.target : null }));
    engine = new Engine({ factory: f, maxWorkers: 2, scheduler: fast });
    const [a, b, c] = await Promise.all([
      engine.run(search('x'), { key: 'x' }),
      engine.run(search('x'), { key: 'x' }),
      engine.run(search('y'), { key: 'y' }),
    ]);
    expect([a, b, c]).toEqual([{ echo: 'x' }, { echo: 'x' }, { echo: 'y' }]);
    expect(f.workers.flatMap((w) => w.served).map((r) => (r as { target: string }).target).sort()).toEqual(['x', 'y']);
    expect(engine.workersStarted).toBe(2);
  });

  it('retries transient failures with a fresh worker when the old one died', async () => {
    let calls = 0;
    const f = factory((_r, worker) => {
      calls++;
      if (calls === 1) return fail('ERROR: [generic] Unable to download webpage: Remote end closed connection without response');
      if (calls === 2) {
        setTimeout(() => worker.die(), 1);
        return 'hang';
      }
      return ok('fine');
    });
    engine = new Engine({ factory: f, maxWorkers: 1, scheduler: fast });
    expect(await engine.run(search('x'))).toBe('fine');
    expect(calls).toBe(3);
    expect(f.workers).toHaveLength(2);
  });

  it('kills a hung worker and gives the request to a new one', async () => {
    let calls = 0;
    const f = factory(() => (++calls === 1 ? 'hang' : ok('after the hang')));
    engine = new Engine({ factory: f, maxWorkers: 1, scheduler: fast, extractTimeoutMs: 30 });
    expect(await engine.run(search('x'))).toBe('after the hang');
    expect(f.workers[0]!.killed).toBe(true);
    expect(f.workers).toHaveLength(2);
  });

  it('progress counts as life while downloading', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'spoti-dl-engine-'));
    try {
      const f = factory(async (_r, _w, handlers) => {
        for (let i = 1; i <= 4; i++) {
          await new Promise((resolve) => setTimeout(resolve, 20));
          handlers.progress(0, { downloaded: i, total: 4 });
        }
        return ok({ file: path.join(dir, 'x.src.webm') });
      });
      engine = new Engine({ factory: f, maxWorkers: 1, scheduler: fast, downloadTimeoutMs: 50 });
      const seen: number[] = [];
      await engine.run({ op: 'download', url: 'u', dir, name: 'x.src' }, { onProgress: (p) => seen.push(p.downloaded!) });
      expect(seen).toEqual([1, 2, 3, 4]);
      expect(f.workers).toHaveLength(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('gives up after four tries with the failure in plain words', async () => {
    const f = factory(() => fail('ERROR: unable to download video data: HTTP Error 503: Service Unavailable'));
    engine = new Engine({ factory: f, maxWorkers: 1, scheduler: fast });
    const err = await engine.run({ op: 'download', url: 'u', dir: os.tmpdir(), name: '.spoti-dl-1-00000000.src' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SongError);
    expect(err).toMatchObject({ reason: 'download-failed', message: 'unable to download video data: HTTP Error 503: Service Unavailable' });
    expect(f.workers[0]!.served).toHaveLength(4);
  });

  it('does not retry a gone video, nor a bot check', async () => {
    const f = factory((r) =>
      fail((r.op === 'details' ? r.url : '') === 'gone' ? 'ERROR: [youtube] abc: Video unavailable' : 'ERROR: [youtube] abc: Sign in to confirm you\u2019re not a bot'),
    );
    engine = new Engine({ factory: f, maxWorkers: 1, scheduler: fast });
    await expect(engine.run({ op: 'details', url: 'gone' })).rejects.toMatchObject({ reason: 'search-failed' });
    await expect(engine.run(search('bot'))).rejects.toMatchObject({ reason: 'blocked', message: expect.stringContaining('--cookies') });
    expect(f.workers[0]!.served).toHaveLength(2);
  });

  it('removes what a failed download try left before the next one', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'spoti-dl-engine-'));
    try {
      const seen: string[][] = [];
      let calls = 0;
      const f = factory(async () => {
        seen.push((await readdir(dir)).sort());
        await writeFile(path.join(dir, '.spoti-dl-1-00000000.src.webm.part'), 'half');
        return ++calls < 3 ? fail('ERROR: Did not get any data blocks') : ok({ file: path.join(dir, 'f') });
      });
      engine = new Engine({ factory: f, maxWorkers: 1, scheduler: fast });
      await writeFile(path.join(dir, 'keep.mp3'), 'other song');
      await engine.run({ op: 'download', url: 'u', dir, name: '.spoti-dl-1-00000000.src' });
      expect(seen).toEqual([['keep.mp3'], ['keep.mp3'], ['keep.mp3']]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("pauses everyone on YouTube's session limit, says so, and resumes by itself", async () => {
    const pauses: (number | null)[] = [];
    let limited = 2;
    const f = factory(async () => (limited-- > 0 ? fail("ERROR: [youtube] abc: Video unavailable. This content isn't available, try again later.") : ok('through')));
    engine = new Engine({ factory: f, maxWorkers: 2, scheduler: fast, onPause: (until) => pauses.push(until) });
    const started = Date.now();
    expect(await Promise.all([engine.run(search('a')), engine.run(search('b'))])).toEqual(['through', 'through']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
    expect(pauses.length).toBeGreaterThanOrEqual(2);
    expect(typeof pauses[0]).toBe('number');
    expect(pauses.at(-1)).toBeNull();
  });

  it('an aborted request rejects at once; a download nobody waits for stops its worker', async () => {
    const f = factory(() => 'hang');
    engine = new Engine({ factory: f, maxWorkers: 1, scheduler: fast });
    const controller = new AbortController();
    const pending = engine.run({ op: 'download', url: 'u', dir: os.tmpdir(), name: '.spoti-dl-1-00000001.src' }, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(AbortedError);
    expect(f.workers[0]!.killed).toBe(true);
  });

  it('close fails what is queued and stops every worker', async () => {
    const f = factory(() => 'hang');
    engine = new Engine({ factory: f, maxWorkers: 1, scheduler: fast });
    const a = engine.run(search('a'));
    const b = engine.run(search('b'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    await engine.close();
    await expect(a).rejects.toBeInstanceOf(AbortedError);
    await expect(b).rejects.toBeInstanceOf(AbortedError);
    expect(f.workers.every((w) => w.killed)).toBe(true);
    await expect(engine.run(search('c'))).rejects.toBeInstanceOf(AbortedError);
  });

  it('fails the work when no worker can start, saying why', async () => {
    const f: WorkerFactory = { mode: 'embedded', batch: 1, start: async () => Promise.reject(new Error('python3 exploded')) };
    engine = new Engine({ factory: f, maxWorkers: 1, scheduler: { ...fast, maxStartFailures: 2 } });
    await expect(engine.run(search('a'))).rejects.toMatchObject({ reason: 'search-failed', message: expect.stringContaining('python3 exploded') });
  });
});
