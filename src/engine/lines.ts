/** Reading a child process's output line by line. */
import { StringDecoder } from 'node:string_decoder';

/** Splits a byte stream into lines (LF, CRLF or progress-bar CR), decoding UTF-8 across chunk edges. */
export function lineReader(onLine: (line: string) => void): { write(chunk: Buffer): void; end(): void } {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  const emit = (text: string, final: boolean) => {
    const parts = (rest + text).split(/\r\n|\n|\r(?!$)/);
    rest = final ? '' : parts.pop()!;
    for (const part of parts) if (part !== '' && part !== '\r') onLine(part.replace(/\r$/, ''));
  };
  return {
    write: (chunk) => emit(decoder.write(chunk), false),
    end: () => emit(decoder.end(), true),
  };
}
