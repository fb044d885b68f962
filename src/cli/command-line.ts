/**
 * Flags → a typed invocation. Declares the command line and validates
 * every value; it never touches the network or the disk, so a bad flag is a
 * usage error (exit 2) before anything else happens.
 */
import { Command, CommanderError, Option } from 'commander';
import type { ConfigChoice, ConfigFile } from '../config/defaults-file.js';
import { applyConfig } from '../config/flag-defaults.js';
import { UsageError } from '../base/errors.js';
import type { Env } from '../base/io.js';
import {
  BITRATES,
  CODECS,
  DEFAULT_OUTPUT_TEMPLATE,
  DEFAULT_SEARCH_TEMPLATE,
  isYouTubeMusicTemplate,
  METADATA_ROUTES,
  type Bitrate,
  type Codec,
  type MetadataRoute,
  type Options,
} from '../base/options.js';
import { VERSION } from '../base/version.js';
import { choice, integerIn, nonEmpty, parseBitrate, parseOutputTemplate, parseSearchTemplate } from './flag-values.js';

export type Invocation =
  | { command: 'download'; options: Options; inputFile: string | null; config: ConfigChoice }
  | { command: 'sync'; options: Options; inputFile: string | null; config: ConfigChoice }
  | { command: 'login'; port: number; verbose: boolean; timeoutSec: number }
  | { command: 'logout'; verbose: boolean }
  | { command: 'doctor'; options: Options; config: ConfigChoice }
  /** Help or version was printed; nothing else to do. */
  | { command: 'done' };

export const DEFAULT_LOGIN_PORT = 8888;

interface RawOptions {
  inputFile?: string;
  dir: string;
  codec: Codec;
  bitrate: Bitrate;
  trackNumbers?: boolean;
  parallelDownloads: number;
  output: string;
  searchTemplate?: string;
  isrcSearch?: boolean;
  explain?: boolean;
  dryRun?: boolean;
  json?: boolean;
  report?: string;
  m3u?: boolean;
  overwrite?: boolean;
  keepRemoved?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  ytDlp: string;
  ffmpeg: string;
  cookies?: string;
  lyrics?: boolean;
  /** A file name, or false for --no-config. */
  config?: string | false;
  pace?: number;
  metadata: MetadataRoute;
}

/** Commander's own messages start with "error: "; ours are one plain line. */
function usageFromCommander(err: CommanderError): UsageError {
  const text = err.message.replace(/^error:\s*/i, '').trim();
  return new UsageError(text, 'see spoti-dl --help');
}

function downloadOptions(raw: RawOptions, links: string[], env: NodeJS.ProcessEnv): Options {
  if (raw.quiet && raw.verbose) throw new UsageError('--quiet and --verbose cannot be used together');
  const searchTemplate = parseSearchTemplate(
    raw.searchTemplate ?? (env.SPOTIDL_SEARCH_TEMPLATE?.trim() || DEFAULT_SEARCH_TEMPLATE),
  );
  return {
    links,
    dir: raw.dir,
    codec: raw.codec,
    bitrate: raw.bitrate,
    trackNumbers: raw.trackNumbers ?? false,
    parallel: raw.parallelDownloads,
    output: raw.output,
    searchTemplate,
    isrcSearch: raw.isrcSearch ?? isYouTubeMusicTemplate(searchTemplate),
    explain: raw.explain ?? false,
    dryRun: raw.dryRun ?? false,
    json: raw.json ?? false,
    report: raw.report ?? null,
    m3u: raw.m3u ?? false,
    overwrite: raw.overwrite ?? false,
    keepRemoved: raw.keepRemoved ?? false,
    quiet: raw.quiet ?? false,
    verbose: raw.verbose ?? false,
    ytDlp: raw.ytDlp,
    ffmpeg: raw.ffmpeg,
    cookies: raw.cookies ?? null,
    lyrics: raw.lyrics ?? false,
    pace: raw.pace ?? null,
    metadata: raw.metadata,
  };
}

function declareDownloadFlags(cmd: Command): Command {
  return cmd
    .option('-i, --input-file <file>', 'more links, one a line; # starts a comment')
    .option('-d, --dir <path>', 'output folder, created if missing', nonEmpty('--dir'), './dl')
    .addOption(
      new Option('-c, --codec <codec>', `audio format (choices: ${CODECS.join(', ')})`)
        .argParser(choice('--codec', CODECS))
        .default('mp3'),
    )
    .addOption(
      new Option('-b, --bitrate <bitrate>', `kbit/s, or best/worst (choices: ${BITRATES.join(', ')})`)
        .argParser(parseBitrate)
        .default('best'),
    )
    .addOption(
      new Option('--metadata <route>', `where Spotify metadata comes from: api (the Web API, needs an app), web (the web player's data, no app), auto (choices: ${METADATA_ROUTES.join(', ')})`)
        .argParser(choice('--metadata', METADATA_ROUTES))
        .default('auto'),
    )
    .option('-t, --track-numbers', 'prefix file names with the zero-padded track number or playlist position')
    .option(
      '-p, --parallel-downloads <n>',
      'songs in flight at once, 1-50',
      integerIn('--parallel-downloads', 1, 50),
      5,
    )
    .option(
      '-o, --output <template>',
      'file name template: {title} {artists} {artist} {album} {album-artist} {track-number} {disc-number} {year} {playlist} {position} {isrc} {id}',
      parseOutputTemplate,
      DEFAULT_OUTPUT_TEMPLATE,
    )
    .option(
      '--search-template <template>',
      `where candidates come from; also SPOTIDL_SEARCH_TEMPLATE (default: "${DEFAULT_SEARCH_TEMPLATE}")`,
      parseSearchTemplate,
    )
    .option('--isrc-search', 'search by ISRC first, then by text (default: on for YouTube Music templates)')
    .option('--no-isrc-search', 'never search by ISRC')
    .option('--explain', "show every candidate's score and why the winner won")
    .option('--dry-run', 'resolve the links and list the songs; download nothing')
    .option('--json', 'machine-readable output on stdout, one JSON object a line')
    .option('--report <file>', "write a JSON report of every song's outcome")
    .option('--m3u', 'write <collection>.m3u8 next to the songs, in collection order')
    .option('--overwrite', 're-download songs whose file already exists')
    .option('-q, --quiet', 'less output')
    .option('--verbose', 'more output, with error details')
    .option('--yt-dlp <path>', 'the yt-dlp program to use', nonEmpty('--yt-dlp'), 'yt-dlp')
    .option('--ffmpeg <path>', 'the ffmpeg program to use (ffprobe is looked up beside it)', nonEmpty('--ffmpeg'), 'ffmpeg')
    .option('--cookies <file>', 'cookies file passed to yt-dlp (age-restricted videos)')
    .option('--pace <n>', 'at most n song starts a minute (YouTube limits a guest session to about 300 videos an hour)', integerIn('--pace', 1, 1000))
    .option('--lyrics', 'synced lyrics from LRCLIB as a .lrc beside each file, plain lyrics embedded in the tags')
    .option('--config <file>', 'defaults for any long flag, as JSON (default: $XDG_CONFIG_HOME/spoti-dl/config.json)', nonEmpty('--config'))
    .option('--no-config', 'ignore the defaults file');
}

function configChoice(raw: RawOptions): ConfigChoice {
  if (raw.config === false) return { kind: 'none' };
  return raw.config === undefined ? { kind: 'default' } : { kind: 'file', path: raw.config };
}

/**
 * Parse a command line (without the node/script prefix). Help and version text
 * go to `write`; anything wrong throws `UsageError`. `config` is the defaults
 * file the invocation's `config` choice led to (src/config/defaults-file.ts reads it): its
 * values fill in what the flags leave out.
 */
export function parseCommandLine(
  argv: string[],
  env: Env,
  write: (text: string) => void,
  config: ConfigFile | null = null,
): Invocation {
  let result: Invocation = { command: 'done' };
  // Precedence: flags, then SPOTIDL_SEARCH_TEMPLATE, then the file, then built-in defaults.
  const withConfig = (cmd: Command, raw: RawOptions): RawOptions =>
    config ? applyConfig(cmd, raw, config, (key) => key === 'search-template' && !!env.SPOTIDL_SEARCH_TEMPLATE?.trim()) : raw;

  const program = new Command('spoti-dl')
    .description('Turn Spotify links (track, album, playlist, artist, your library) into folders of tagged audio files.')
    .usage('[options] <link...>\n       spoti-dl sync [options] <link...>\n       spoti-dl login | logout | doctor')
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .argument('[links...]', 'Spotify links (open.spotify.com/… or spotify:… URIs), or your library: liked, my-albums, my-playlists')
    .configureOutput({
      writeOut: write,
      // Errors are reported by main.ts from the UsageError we throw.
      writeErr: () => {},
      outputError: () => {},
    })
    .exitOverride()
    // `doctor --yt-dlp X` must reach doctor: the main command's flags stop at a subcommand.
    .enablePositionalOptions()
    .allowExcessArguments(false);
  declareDownloadFlags(program);
  program.action((links: string[], raw: RawOptions, cmd: Command) => {
    const options = downloadOptions(withConfig(cmd, raw), links, env);
    if (links.length === 0 && !raw.inputFile) {
      throw new UsageError('no link given', 'usage: spoti-dl [options] <link...>, e.g. spoti-dl https://open.spotify.com/album/<id>');
    }
    result = { command: 'download', options, inputFile: raw.inputFile ?? null, config: configChoice(raw) };
  });

  declareDownloadFlags(
    program
      .command('sync')
      .description("bring each collection's folder to exactly its current songs: download new ones, rename retitled ones, remove the rest")
      .usage('[options] <link...>')
      .argument('[links...]', 'Spotify links (open.spotify.com/… or spotify:… URIs), or your library: liked, my-albums, my-playlists'),
  )
    .option('--keep-removed', 'keep the files of songs no longer listed')
    .action((links: string[], raw: RawOptions, cmd: Command) => {
      const options = downloadOptions(withConfig(cmd, raw), links, env);
      if (links.length === 0 && !raw.inputFile) {
        throw new UsageError('no link given', 'usage: spoti-dl sync [options] <link...>, e.g. spoti-dl sync -i my-playlists.txt');
      }
      result = { command: 'sync', options, inputFile: raw.inputFile ?? null, config: configChoice(raw) };
    });

  program
    .command('login')
    .description('sign in to Spotify (needed for playlists since 2026); stores a refresh token')
    .option('--port <n>', 'loopback port for the redirect http://127.0.0.1:<port>/callback', integerIn('--port', 1, 65535), DEFAULT_LOGIN_PORT)
    .option('--timeout <seconds>', 'give up when the browser does not come back in time', integerIn('--timeout', 1, 3600), 300)
    .option('--verbose', 'more output, with error details')
    .action((raw: { port: number; timeout: number; verbose?: boolean }) => {
      result = { command: 'login', port: raw.port, timeoutSec: raw.timeout, verbose: raw.verbose ?? false };
    });

  program
    .command('logout')
    .description('forget the stored Spotify login')
    .option('--verbose', 'more output, with error details')
    .action((raw: { verbose?: boolean }) => {
      result = { command: 'logout', verbose: raw.verbose ?? false };
    });

  declareDownloadFlags(
    program.command('doctor').description('check yt-dlp, ffmpeg, credentials and login, and say how to fix each'),
  ).action((raw: RawOptions, cmd: Command) => {
    result = { command: 'doctor', options: downloadOptions(withConfig(cmd, raw), [], env), config: configChoice(raw) };
  });

  try {
    program.parse(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
        return { command: 'done' };
      }
      // Our own parsers throw UsageError; commander wraps them as invalidArgument.
      const cause = (err as CommanderError & { cause?: unknown }).cause;
      if (cause instanceof UsageError) throw cause;
      throw usageFromCommander(err);
    }
    throw err;
  }
  return result;
}
