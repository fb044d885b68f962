/** What a user sees when YouTube's session limit pauses the run, in each output mode. */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createReporter } from '../../src/output/reporter.js';

function sink(isTTY = false): Writable & { text: string; isTTY?: boolean; columns?: number } {
  const s = new Writable({
    write(chunk, _enc, done) {
      s.text += String(chunk);
      done();
    },
  }) as Writable & { text: string; isTTY?: boolean; columns?: number };
  s.text = '';
  s.isTTY = isTTY;
  s.columns = 120;
  return s;
}

const options = (mode: 'json' | 'tty' | 'plain', stdout = sink(mode === 'tty'), stderr = sink()) => ({
  mode,
  quiet: false,
  verbose: false,
  explain: false,
  dir: '/music',
  stdout,
  stderr,
});

describe('a session-limit pause', () => {
  const until = Date.UTC(2026, 0, 2, 3, 4, 5);

  it('--json: a pause event with the time, then a resume event', () => {
    const o = options('json');
    const r = createReporter(o);
    r.paused(until);
    r.paused(null);
    r.close();
    expect(o.stdout.text.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { event: 'pause', until: '2026-01-02T03:04:05.000Z' },
      { event: 'resume' },
    ]);
  });

  it('plain: one line on stderr when it pauses and one when it goes on', () => {
    const o = options('plain');
    const r = createReporter(o);
    r.paused(until);
    r.paused(null);
    r.close();
    expect(o.stdout.text).toBe('');
    expect(o.stderr.text).toMatch(/^YouTube limits this session: every download waits until .+, then the run goes on by itself\nYouTube session limit over: downloads go on\n$/);
  });

  it('on a terminal: the live display counts down while paused, and stops saying so after', async () => {
    const o = options('tty');
    const r = createReporter(o);
    r.paused(Date.now() + 90_000);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(o.stdout.text).toMatch(/⏸ YouTube limits this session: every song waits, resuming by itself in 1:(29|30)/);
    r.paused(null);
    o.stdout.text = '';
    await new Promise((resolve) => setTimeout(resolve, 250));
    r.close();
    expect(o.stdout.text).not.toMatch(/YouTube limits/);
  });
});
