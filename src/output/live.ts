/**
 * The terminal's live region: an overall bar (counts, how many songs are in
 * each stage, ETA) and one line per active song with its stage, redrawn in
 * place at most ten times a second. Permanent lines (finished songs) are
 * printed above it.
 */
import { minutesSeconds } from '../base/duration.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** Columns a character takes in a terminal: CJK and other wide characters take two. */
function columns(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x1100) return 1;
  return /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u.test(ch)
    ? 2
    : 1;
}

/** Cuts a line to the terminal width so it never wraps (wrapping would break the redraw). */
export function fit(line: string, width: number): string {
  let used = 0;
  let out = '';
  for (const ch of line) {
    const w = columns(ch);
    if (used + w > width - 1) return `${out}…`;
    used += w;
    out += ch;
  }
  return out;
}

/**
 * Where an active song is: its network stage (searching, then downloading), a
 * finished download waiting for a converter, or converting.
 */
export type Phase = 'searching' | 'downloading' | 'waiting' | 'converting';

interface Worker {
  label: string;
  text: string;
  phase: Phase;
}

const PHASES: readonly Phase[] = ['searching', 'downloading', 'waiting', 'converting'];

export class LiveDisplay {
  private readonly workers = new Map<string, Worker>();
  private drawn = 0;
  private total = 0;
  private done = { downloaded: 0, skipped: 0, failed: 0 };
  private readonly started = Date.now();
  private frame = 0;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private pausedUntil: number | null = null;

  constructor(private readonly stream: NodeJS.WritableStream & { columns?: number }) {
    this.timer = setInterval(() => {
      this.frame += 1;
      this.render();
    }, 100);
    this.timer.unref();
  }

  setTotal(total: number): void {
    this.total = total;
  }

  /** YouTube's session limit paused every download until then (epoch ms); null: running again. */
  setPause(until: number | null): void {
    this.pausedUntil = until;
  }

  start(key: string, label: string): void {
    this.workers.set(key, { label, text: 'starting', phase: 'searching' });
  }

  update(key: string, text: string, phase: Phase = 'downloading'): void {
    const w = this.workers.get(key);
    if (w) {
      w.text = text;
      w.phase = phase;
    }
  }

  finish(key: string, status: 'downloaded' | 'skipped' | 'failed'): void {
    this.workers.delete(key);
    this.done[status] += 1;
  }

  /** A permanent line above the live region; `fitted`: cut to the terminal's width. */
  print(line: string, fitted = false): void {
    this.clear();
    this.stream.write(`${fitted ? fit(line, this.width()) : line}\n`);
    this.render();
  }

  /** One column spare: a line that fills the last column wraps on some terminals and breaks the redraw. */
  private width(): number {
    return Math.max(10, (this.stream.columns || 80) - 1);
  }

  /** "  1 searching · 2 downloading · 1 waiting · 2 converting": the songs in each stage, on a line of its own. */
  private phases(): string[] {
    const counts = new Map<Phase, number>();
    for (const w of this.workers.values()) counts.set(w.phase, (counts.get(w.phase) ?? 0) + 1);
    const parts = PHASES.filter((p) => counts.get(p)).map((p) => `${counts.get(p)} ${p}`);
    return parts.length ? [`  ${parts.join(' · ')}`] : [];
  }

  clear(): void {
    if (this.drawn > 0) this.stream.write(`\x1b[${this.drawn}A\x1b[J`);
    this.drawn = 0;
  }

  render(): void {
    if (this.stopped) return;
    this.clear();
    const width = this.width();
    const finished = this.done.downloaded + this.done.skipped + this.done.failed;
    const total = Math.max(this.total, finished + this.workers.size);
    const ratio = total > 0 ? finished / total : 0;
    const barWidth = 24;
    const filled = Math.round(ratio * barWidth);
    const elapsed = (Date.now() - this.started) / 1000;
    const eta = finished > 0 && total > finished ? ` · ETA ${minutesSeconds((elapsed / finished) * (total - finished))}` : '';
    const lines = [
      `[${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}] ${finished}/${total || '?'} · ` +
        `${this.done.downloaded} downloaded, ${this.done.skipped} skipped, ${this.done.failed} failed · ${minutesSeconds(elapsed)}${eta}`,
      ...this.phases(),
    ];
    if (this.pausedUntil !== null) {
      const left = (this.pausedUntil - Date.now()) / 1000;
      lines.push(`  ⏸ YouTube limits this session: every song waits, resuming by itself in ${minutesSeconds(left)}`);
    }
    const spinner = FRAMES[this.frame % FRAMES.length];
    for (const w of this.workers.values()) lines.push(`  ${spinner} ${w.label}  ${w.text}`);
    const text = lines.map((l) => fit(l, width));
    this.stream.write(`${text.join('\n')}\n`);
    this.drawn = text.length;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.clear();
    this.stopped = true;
  }
}
