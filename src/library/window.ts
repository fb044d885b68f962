/**
 * Positioned reads from one open file through a small block cache, so a tag
 * parser can walk frame and box headers and hop over covers and audio without
 * reading them: a scan costs a few kilobytes a file, however large the file.
 */
import { open, type FileHandle } from 'node:fs/promises';

const BLOCK = 16 * 1024;

export class FileWindow {
  private block = Buffer.alloc(0);
  private blockAt = 0;

  private constructor(
    private readonly handle: FileHandle,
    readonly size: number,
  ) {}

  static async open(file: string): Promise<FileWindow> {
    const handle = await open(file, 'r');
    try {
      return new FileWindow(handle, (await handle.stat()).size);
    } catch (err) {
      await handle.close();
      throw err;
    }
  }

  /** Up to `length` bytes from `at` (fewer at the end of the file, none past it). */
  async read(at: number, length: number): Promise<Buffer> {
    const end = Math.min(at + length, this.size);
    if (at < 0 || at >= end) return Buffer.alloc(0);
    if (at >= this.blockAt && end <= this.blockAt + this.block.length) {
      return this.block.subarray(at - this.blockAt, end - this.blockAt);
    }
    const want = Math.min(Math.max(end - at, BLOCK), this.size - at);
    const buffer = Buffer.allocUnsafe(want);
    const { bytesRead } = await this.handle.read(buffer, 0, want, at);
    this.block = buffer.subarray(0, bytesRead);
    this.blockAt = at;
    return this.block.subarray(0, Math.min(end - at, bytesRead));
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}

/** A stream of bytes that can be read or skipped in order (a FLAC block, an Ogg packet). */
export interface ByteSource {
  /** Exactly `n` bytes, or fewer when the source ends. */
  read(n: number): Promise<Buffer>;
  /** Passes over `n` bytes without reading them where it can; false when the source ended first. */
  skip(n: number): Promise<boolean>;
}

/** A range of a file as a ByteSource. */
export function rangeSource(window: FileWindow, start: number, end: number): ByteSource {
  let at = start;
  return {
    async read(n) {
      const take = Math.max(0, Math.min(n, end - at));
      const bytes = await window.read(at, take);
      at += bytes.length;
      return bytes;
    },
    async skip(n) {
      at += n;
      return at <= end;
    },
  };
}
