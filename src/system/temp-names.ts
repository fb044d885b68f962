/**
 * The one way temporary names are made: the process id (so the next run can
 * tell a dead run's leftovers from a live one's) and random hex (so two writes
 * in one process never collide).
 */
import { randomBytes } from 'node:crypto';

/** `<pid>-<8 hex digits>`. */
export function uniqueSuffix(): string {
  return `${process.pid}-${randomBytes(4).toString('hex')}`;
}
