import { describe, expect, it } from 'vitest';
import {
  attributeErrors,
  classifyError,
  cleanMessage,
  errorMessages,
  normalizeOutput,
  retryOf,
} from '../../src/engine/failures.js';

// The wordings YouTube and yt-dlp have used (2022–2026), in the shapes they reach us:
// plain ERROR lines, wrapped by other programs, inside tracebacks, as Python bytes
// reprs, with CRLF and with code-page mojibake. Ids and paths are made up.
const COOKIE_TAIL =
  ' Use --cookies-from-browser or --cookies for the authentication. See  https://github.com/yt-dlp/yt-dlp/wiki/FAQ#how-do-i-pass-cookies-to-yt-dlp  for how to manually pass cookies. Also see  https://github.com/yt-dlp/yt-dlp/wiki/Extractors#exporting-youtube-cookies  for tips on effectively exporting YouTube cookies';

const TABLE: Array<[string, string, string, string]> = [
  // [case, stderr, reason, message starts with]
  ['bot check, current', `ERROR: [youtube] abcDEF12345: Sign in to confirm you\u2019re not a bot.${COOKIE_TAIL}`, 'blocked', 'Sign in to confirm you\u2019re not a bot'],
  ['bot check, older wording', 'ERROR: [youtube] abcDEF12345: Sign in to confirm you\u2019re not a bot. This helps protect our community. Learn more', 'blocked', 'Sign in to confirm you\u2019re not a bot. This helps protect our community'],
  ['bot check, GBK mojibake', 'ERROR: [youtube] abcDEF12345: Sign in to confirm you\u2019\u75f3re not a bot. This helps protect our community. Learn more', 'blocked', 'Sign in to confirm you\u2019re not a bot'],
  ['bot check, cp1252 mojibake', 'ERROR: [youtube] abcDEF12345: Sign in to confirm you\u00e2\u20ac\u2122re not a bot.', 'blocked', 'Sign in to confirm you\u2019re not a bot'],
  ['age gate', 'ERROR: [youtube] xxxxxxxx: Sign in to confirm your age. This video may be inappropriate for some users.', 'blocked', 'Sign in to confirm your age. This video may be inappropriate for some users.'],
  ['age gate in a traceback', [
    'Traceback (most recent call last):',
    '  File "C:\\tools\\yt_dlp\\YoutubeDL.py", line 1696, in wrapper',
    '    return func(self, *args, **kwargs)',
    '  File "C:\\tools\\yt_dlp\\extractor\\common.py", line 1274, in raise_no_formats',
    '    raise ExtractorError(msg, expected=expected, video_id=video_id)',
    `yt_dlp.utils.ExtractorError: [youtube] zzBr_gc2riE: Sign in to confirm your age. This video may be inappropriate for some users.${COOKIE_TAIL}`,
  ].join('\r\n'), 'blocked', 'Sign in to confirm your age'],
  ['too many requests (a session limit, after its pauses)', 'ERROR: [youtube] abcDEF12345: Unable to download API page: HTTP Error 429: Too Many Requests', 'blocked', 'Unable to download API page: HTTP Error 429'],
  ['private, current', `ERROR: [youtube] qKB3M5GFFUU: Private video. Sign in if you've been granted access to this video.${COOKIE_TAIL}`, 'unavailable', "Private video. Sign in if you've been granted access to this video."],
  ['private, wrapped twice', `Error: ERROR: [youtube] qKB3M5GFFUU: Private video. Sign in if you've been granted access to this video.${COOKIE_TAIL}`, 'unavailable', 'Private video'],
  ['private, 2022', '- ERROR: [youtube] Cblh2cCXp44: This video is private. If the owner of this video has granted you access, please sign in.', 'unavailable', 'This video is private'],
  ['unavailable, bare', 'ERROR: [youtube] we1BT4NJQ0E: Video unavailable', 'unavailable', 'Video unavailable'],
  ['removed by uploader', '- ERROR: [youtube] KqM_GGR5lig: This video has been removed by the uploader', 'unavailable', 'This video has been removed by the uploader'],
  ['geo-blocked', '- ERROR: [youtube] 5M-oyVRI4fA: The uploader has not made this video available in your country', 'unavailable', 'The uploader has not made this video available in your country'],
  ['content isn’t available, as bytes', "(b'[youtube] Extracting URL: https://www.youtube.com/watch?v=qaImFO_DgAM\\n[youtube] qaImFO_DgAM: Downloading webpage\\n', b'ERROR: [youtube] qaImFO_DgAM: Video unavailable. This content isn\\xe2\\x80\\x99t available.\\n')", 'unavailable', 'Video unavailable. This content isn\u2019t available.'],
  ['media 404', "ERROR: [generic] None: Unable to download webpage: HTTP Error 404: Not Found (caused by <HTTPError 404: 'Not Found'>); please report this issue on  https://github.com/yt-dlp/yt-dlp/issues?q= , filling out the appropriate issue template. Confirm you are on the latest version using  yt-dlp -U", 'unavailable', 'Unable to download webpage: HTTP Error 404: Not Found'],
  ['http 403 on data', 'ERROR: unable to download video data: HTTP Error 403: Forbidden\nTraceback (most recent call last):', 'download-failed', 'unable to download video data: HTTP Error 403: Forbidden'],
  ['http 403 at extraction', "ERROR: [generic] None: Unable to download webpage: HTTP Error 403: Forbidden (caused by <HTTPError 403: 'Forbidden'>); please report this issue on  https://github.com/yt-dlp/yt-dlp/issues?q= , filling out the appropriate issue template.", 'download-failed', 'Unable to download webpage: HTTP Error 403: Forbidden'],
  ['fragments then empty file', [
    '[download] Got error: HTTP Error 403: Forbidden. Retrying fragment 12 (9/10)...',
    '[download] fragment not found; Skipping fragment 12 ...',
    'ERROR: The downloaded file is empty',
    '  File "/usr/local/bin/yt-dlp", line 8, in <module>',
    '    sys.exit(main())',
  ].join('\n'), 'download-failed', 'The downloaded file is empty'],
  ['format not available', 'ERROR: [youtube] 9rdJJMAd-PA: Requested format is not available. Use --list-formats for a list of available formats', 'download-failed', 'Requested format is not available'],
  ['format not available, traceback mid-run', [
    '    raise ExtractorError(',
    'yt_dlp.utils.ExtractorError: [youtube] NoxzC0Xgy-I: Requested format is not available. Use --list-formats for a list of available formats',
    '',
    '[download] Downloading item 306 of 770',
    '[youtube] tx4d1NISm-0: Downloading webpage',
  ].join('\n'), 'download-failed', 'Requested format is not available'],
  ['conversion failed', 'ERROR: Postprocessing: audio conversion failed: Error opening output files: Invalid argument', 'download-failed', 'Postprocessing: audio conversion failed'],
  ['unknown wording keeps its text', 'ERROR: [youtube] abcDEF12345: Something new went wrong', 'download-failed', 'Something new went wrong'],
  ['no ERROR line at all', 'Traceback (most recent call last):\n  File "x.py", line 1, in <module>\nKeyError: \'formats\'\n', 'download-failed', "KeyError: 'formats'"],
];

describe('classifyError', () => {
  it.each(TABLE)('%s', (_name, stderr, reason, start) => {
    const got = classifyError(stderr);
    expect(got.reason).toBe(reason);
    expect(got.message.startsWith(start)).toBe(true);
    expect(got.message).not.toContain('\n');
    expect(got.message).not.toMatch(/please report|--cookies-from-browser|--list-formats|caused by|Learn more|File "/);
  });

  it('tells blocked users what to do', () => {
    expect(classifyError(TABLE[0]![1]).message).toContain('--cookies');
  });

  it('prefers the error a user can act on when several are printed', () => {
    const stderr = [
      "ERROR: [generic] '%(title)s.%(ext)s' is not a valid URL. Set --default-search \"ytsearch\" (or run  yt-dlp \"ytsearch:%(title)s.%(ext)s\" ) to search YouTube",
      'ERROR: [youtube] R1GQKmTCkq8: Sign in to confirm you\u2019re not a bot. This helps protect our community. Learn more',
    ].join('\n');
    expect(classifyError(stderr).reason).toBe('blocked');
  });

  it('maps everything but blocked to search-failed while searching', () => {
    expect(classifyError('ERROR: [youtube:search] query "x": Unable to download API page: HTTP Error 500', 'search').reason).toBe('search-failed');
    expect(classifyError('ERROR: [youtube] abc: Video unavailable', 'search').reason).toBe('search-failed');
    expect(classifyError('ERROR: [youtube] abc: Sign in to confirm you\u2019re not a bot', 'search').reason).toBe('blocked');
  });

  it('says something even for empty stderr', () => {
    expect(classifyError('').message).toBe('yt-dlp could not download');
  });
});

// What to do about a failure, in the shapes yt-dlp 2023.03 and 2026.11 print them (ids, ports made up).
const RETRY: Array<[string, string, 'transient' | 'session' | 'none', string]> = [
  // [case, text, retry, reason while downloading]
  ['dropped connection, 2023', "ERROR: [generic] None: Unable to download webpage: Remote end closed connection without response (caused by RemoteDisconnected('Remote end closed connection without response')); please report this issue on  https://github.com/yt-dlp/yt-dlp/issues?q= , filling out the appropriate issue template. Confirm you are on the latest version using  yt-dlp -U", 'transient', 'download-failed'],
  ['dropped connection, 2026', "ERROR: [generic] search?q=nora: Unable to download webpage: Remote end closed connection without response (caused by TransportError('Remote end closed connection without response'))", 'transient', 'download-failed'],
  ['connection reset', 'ERROR: [youtube] abcDEF12345: Unable to download API page: [Errno 104] Connection reset by peer (caused by TransportError("(\'Connection aborted.\', ConnectionResetError(104, \'Connection reset by peer\'))"))', 'transient', 'download-failed'],
  ['timeout', 'ERROR: [youtube] abcDEF12345: Unable to download webpage: The read operation timed out (caused by TransportError(\'The read operation timed out\'))', 'transient', 'download-failed'],
  ['5xx, 2023', "ERROR: [generic] None: Unable to download webpage: HTTP Error 503: Service Unavailable (caused by <HTTPError 503: 'Service Unavailable'>); please report this issue on  https://github.com/yt-dlp/yt-dlp/issues?q= ", 'transient', 'download-failed'],
  ['5xx, 2026', 'ERROR: [generic] x1: Unable to download webpage: HTTP Error 502: Bad Gateway (caused by <HTTPError 502: Bad Gateway>)', 'transient', 'download-failed'],
  ['5xx on the media', 'ERROR: unable to download video data: HTTP Error 500: Internal Server Error', 'transient', 'download-failed'],
  ['cut page, 2023', 'ERROR: A network error has occurred. (caused by IncompleteRead(0 bytes read, 107 more expected))', 'transient', 'download-failed'],
  ['cut page, 2026', 'ERROR: [generic] search?q=nora: Error reading response: 0 bytes read, 107 more expected (caused by <IncompleteRead: 0 bytes read, 107 more expected>)', 'transient', 'download-failed'],
  ['cut media', 'ERROR: \r[download] Got error: Downloaded 3495 bytes, expected 6990 bytes. Giving up after 10 retries', 'transient', 'download-failed'],
  ['no data', 'ERROR: Did not get any data blocks', 'transient', 'download-failed'],
  ['empty file', 'ERROR: The downloaded file is empty', 'transient', 'download-failed'],
  ['a dead worker', 'the yt-dlp worker stopped (killed by SIGKILL): MemoryError', 'transient', 'download-failed'],
  ['session limit', "ERROR: [youtube] abcDEF12345: Video unavailable. This content isn\u2019t available, try again later.", 'session', 'blocked'],
  ['session limit, rate-limited wording', 'ERROR: [youtube] abcDEF12345: The current session has been rate-limited by YouTube for up to an hour. It is recommended to use `-t sleep` to add a delay between video requests', 'session', 'blocked'],
  ['429', 'ERROR: [youtube] abcDEF12345: Unable to download API page: HTTP Error 429: Too Many Requests', 'session', 'blocked'],
  ['gone (not the session limit)', "ERROR: [youtube] qaImFO_DgAM: Video unavailable. This content isn\u2019t available.", 'none', 'unavailable'],
  ['private', "ERROR: [youtube] zKB3M5GFFUU: Private video. Sign in if you've been granted access to this video.", 'none', 'unavailable'],
  ['media 404', "ERROR: [generic] None: Unable to download webpage: HTTP Error 404: Not Found (caused by <HTTPError 404: 'Not Found'>)", 'none', 'unavailable'],
  ['bot check', 'ERROR: [youtube] abcDEF12345: Sign in to confirm you\u2019re not a bot. This helps protect our community. Learn more', 'none', 'blocked'],
  ['age gate', 'ERROR: [youtube] xxxxxxxx: Sign in to confirm your age. This video may be inappropriate for some users.', 'none', 'blocked'],
  ['403 on the media', 'ERROR: unable to download video data: HTTP Error 403: Forbidden', 'none', 'download-failed'],
  ['format not available', 'ERROR: [youtube] 9rdJJMAd-PA: Requested format is not available. Use --list-formats for a list of available formats', 'none', 'download-failed'],
  ['a yt-dlp bug', "ERROR: KeyError: 'formats'", 'none', 'download-failed'],
  ['a network blip beside a gone video: the gone video decides', 'ERROR: [youtube] aaa: Video unavailable\nERROR: [youtube] aaa: Unable to download webpage: HTTP Error 503', 'none', 'unavailable'],
];

describe('retry classes', () => {
  it.each(RETRY)('%s', (_name, text, retry, reason) => {
    const got = classifyError(text, 'download');
    expect(got.retry).toBe(retry);
    expect(got.reason).toBe(reason);
    expect(retryOf(text)).toBe(retry);
    expect(got.message).not.toMatch(/please report|caused by|\n/);
  });

  it('a session limit that outlasted its pauses says what to do', () => {
    expect(classifyError(RETRY.find(([n]) => n === '429')![1]).message).toMatch(/--pace/);
  });
});

describe('errorMessages', () => {
  it('keeps each message once, in order, without traceback frames', () => {
    const stderr = [
      'ERROR: [youtube] aaaaaaaaaaa: Video unavailable',
      'Error: ERROR: [youtube] aaaaaaaaaaa: Video unavailable',
      '  File "/x/yt_dlp/YoutubeDL.py", line 1, in f',
      'ERROR: [youtube] bbbbbbbbbbb: Private video',
      '[youtube2zim::2024-09-13] ERROR:Thumbnail for bbbbbbbbbbb could not be downloaded',
    ].join('\r\n');
    expect(errorMessages(stderr)).toEqual(['[youtube] aaaaaaaaaaa: Video unavailable', '[youtube] bbbbbbbbbbb: Private video']);
  });
});

describe('normalizeOutput', () => {
  it('decodes a Python bytes repr', () => {
    expect(normalizeOutput("(b'', b'ERROR: isn\\xe2\\x80\\x99t\\n')")).toBe("(b'', b'ERROR: isn\u2019t\n')");
  });
  it('leaves ordinary text alone', () => {
    expect(normalizeOutput('C:\\new\\x41 folder')).toBe('C:\\new\\x41 folder');
  });
});

describe('cleanMessage', () => {
  it.each([
    ['ERROR: [youtube] abc: Video unavailable', 'Video unavailable'],
    ['[youtube:search] query "a b" page 2: Unable to download API page', 'Unable to download API page'],
    ['[generic] None: Unable to download webpage: HTTP Error 500 (caused by <HTTPError 500>)', 'Unable to download webpage: HTTP Error 500'],
    ['The downloaded file is empty', 'The downloaded file is empty'],
  ])('%s', (input, want) => {
    expect(cleanMessage(input)).toBe(want);
  });
});

describe('attributeErrors', () => {
  it('hands lines out in order', () => {
    expect(attributeErrors([null, null], ['ERROR: one', 'ERROR: two'])).toEqual(['ERROR: one', 'ERROR: two']);
  });
  it('gives a line naming an id to that item first', () => {
    const lines = ['ERROR: [youtube] bbb: Private video', 'ERROR: [generic] None: HTTP Error 403'];
    expect(attributeErrors(['aaa', 'bbb'], lines)).toEqual([lines[1], lines[0]]);
  });
  it('leaves items without a line null', () => {
    expect(attributeErrors(['a', 'b'], ['ERROR: x'])).toEqual(['ERROR: x', null]);
  });
});
