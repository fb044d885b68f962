/** How the cover travels into ffmpeg-written files. Pure. */
import type { Cover } from '../art.js';

/** ffmpeg's demuxer for a piped image of this type. */
export function pictureDemuxer(mime: Cover['mime']): string {
  switch (mime) {
    case 'image/jpeg':
      return 'jpeg_pipe';
    case 'image/png':
      return 'png_pipe';
    case 'image/webp':
      return 'webp_pipe';
    case 'image/gif':
      return 'gif_pipe';
  }
}

/**
 * MP4 covers may only be JPEG or PNG, and ffmpeg 5.1's FLAC muxer drops WebP and
 * refuses GIF: those two are re-encoded losslessly to PNG; JPEG and PNG are copied.
 */
export function pictureCodecArgs(mime: Cover['mime']): string[] {
  return mime === 'image/jpeg' || mime === 'image/png' ? ['-c:v', 'copy'] : ['-c:v', 'png'];
}

/**
 * A FLAC METADATA_BLOCK_PICTURE body (the same bytes Ogg files carry, base64, in the
 * Vorbis comment of that name). Width, height, depth and colours may be 0: readers
 * take them from the image itself.
 */
export function flacPictureBlock(cover: Cover, type = 3, description = ''): Buffer {
  const mime = Buffer.from(cover.mime, 'ascii');
  const desc = Buffer.from(description, 'utf8');
  const head = Buffer.alloc(8 + mime.length + 4 + desc.length + 20);
  let at = head.writeUInt32BE(type, 0);
  at = head.writeUInt32BE(mime.length, at);
  at += mime.copy(head, at);
  at = head.writeUInt32BE(desc.length, at);
  at += desc.copy(head, at);
  at = head.writeUInt32BE(0, at); // width
  at = head.writeUInt32BE(0, at); // height
  at = head.writeUInt32BE(0, at); // colour depth
  at = head.writeUInt32BE(0, at); // indexed colours
  head.writeUInt32BE(cover.data.length, at);
  return Buffer.concat([head, cover.data]);
}
