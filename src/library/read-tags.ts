/**
 * Reading a file's `FileTags` (file-tags.ts) with the small reader of just
 * those fields for its format (read-id3, read-vorbis, read-mp4); a file none
 * can read is simply "not spoti-dl's".
 */
import path from 'node:path';
import { readId3 } from './read-id3.js';
import { readMp4 } from './read-mp4.js';
import { readFlac, readOgg } from './read-vorbis.js';
import { FileWindow } from './window.js';
import type { FileTags, ReadOptions } from './file-tags.js';

function readerFor(ext: string): ((w: FileWindow, o: ReadOptions) => Promise<FileTags | null>) | null {
  switch (ext) {
    case 'mp3':
      return readId3;
    case 'm4a':
    case 'mp4':
      return readMp4;
    case 'opus':
    case 'ogg':
      return readOgg;
    case 'flac':
      return readFlac;
    default:
      return null;
  }
}

/**
 * The tags of one file, or null when it has none this reader understands (not
 * an audio file, damaged, or written by something else). Never throws for a bad
 * file; an unreadable one (permissions) rejects.
 */
export async function readFileTags(file: string, options: ReadOptions = {}): Promise<FileTags | null> {
  const read = readerFor(path.extname(file).slice(1).toLowerCase());
  if (!read) return null;
  const window = await FileWindow.open(file);
  try {
    return await read(window, options);
  } catch {
    // Truncated or odd files: whatever they are, not something spoti-dl finished.
    return null;
  } finally {
    await window.close();
  }
}
