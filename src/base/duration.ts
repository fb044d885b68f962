/**
 * A length or a time as m:ss (h:mm:ss from an hour on), rounded to the second
 * before it is split, so 239.6 s is "4:00", never "3:60". "?:??" for a value
 * that is not a number.
 */
export function minutesSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?:??';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}
