/**
 * yt-dlp's `[download]` progress lines as numbers. The layout changed over the
 * years (padding, `~` estimates, `Unknown` speed/ETA, a `(frag i/n)` suffix, the
 * final `100% of X in 00:03 at Y` line), so this reads tokens, not columns. Pure.
 */

export interface DownloadProgress {
  /** 0–100, or null when the total size is unknown. */
  percent: number | null;
  /** Total size in bytes; `estimated` when yt-dlp marked it with `~`. */
  totalBytes: number | null;
  estimated: boolean;
  /** Bytes per second, null while unknown. */
  speed: number | null;
  /** Seconds left, null while unknown (0 on the final line). */
  eta: number | null;
  /** Set on fragmented (HLS/DASH) downloads. */
  fragment: { index: number; count: number } | null;
}

const UNITS: Record<string, number> = {
  B: 1,
  BYTES: 1,
  KIB: 1024,
  MIB: 1024 ** 2,
  GIB: 1024 ** 3,
  TIB: 1024 ** 4,
  KB: 1000,
  MB: 1000 ** 2,
  GB: 1000 ** 3,
  TB: 1000 ** 4,
};

function bytes(value: string, unit: string): number | null {
  const factor = UNITS[unit.toUpperCase()];
  return factor === undefined ? null : Math.round(parseFloat(value) * factor);
}

/** "01:25" → 85, "1:02:03" → 3723. */
function seconds(clock: string): number | null {
  const parts = clock.split(':').map(Number);
  if (parts.some((n) => !Number.isFinite(n))) return null;
  return parts.reduce((total, n) => total * 60 + n, 0);
}

const PERCENT = /(\d+(?:\.\d+)?)%/;
const TOTAL = /\bof\s+(~)?\s*(\d+(?:\.\d+)?)\s*([KMGT]i?B|B|bytes)\b/i;
const SPEED = /\bat\s+(?:(\d+(?:\.\d+)?)\s*([KMGT]i?B|B)\/s|Unknown(?: B\/s| speed)?)/i;
const ETA = /\bETA\s+(\d+(?::\d+)+|Unknown)/i;
const DONE_IN = /\bin\s+(\d+(?::\d+)+)/;
const FRAG = /\(frag (\d+)\/(\d+)\)/;

/** Parses one `[download] …%…` line; anything else (Destination:, errors) gives null. */
export function parseProgressLine(line: string): DownloadProgress | null {
  const text = line.trim();
  if (!text.startsWith('[download]')) return null;
  const percent = PERCENT.exec(text);
  const total = TOTAL.exec(text);
  if (!percent && !total) return null;

  const speed = SPEED.exec(text);
  const eta = ETA.exec(text);
  const frag = FRAG.exec(text);
  const finished = DONE_IN.test(text) && !eta;
  return {
    percent: percent ? Math.min(100, parseFloat(percent[1]!)) : null,
    totalBytes: total ? bytes(total[2]!, total[3]!) : null,
    estimated: Boolean(total?.[1]),
    speed: speed?.[1] ? bytes(speed[1], speed[2]!) : null,
    eta: finished ? 0 : eta && eta[1] !== 'Unknown' ? seconds(eta[1]!) : null,
    fragment: frag ? { index: Number(frag[1]), count: Number(frag[2]) } : null,
  };
}
