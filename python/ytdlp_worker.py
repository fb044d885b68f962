"""spoti-dl's yt-dlp worker: one long-lived process that imports yt-dlp once and
serves requests read as JSON lines on stdin, answering with JSON lines on
stdout. The protocol is written down in src/engine/protocol.ts. Requests run
side by side on up to `lanes` threads (config), each with its own YoutubeDL:
they spend nearly all their time waiting on the network, so one process (one
import of yt-dlp, 0.3-1.2 s of CPU) serves every song in flight.

    <python> ytdlp_worker.py <yt-dlp launcher> <config as JSON>

It drives yt-dlp through its documented embedding API (`yt_dlp.YoutubeDL`,
yt-dlp's README "Embedding yt-dlp"); nothing is post-processed here (spoti-dl
converts with ffmpeg itself).

Why the launcher is run rather than `import yt_dlp`: the yt-dlp a user has
installed is the one its launcher finds, and launchers find it in different
ways. Debian's /usr/bin/yt-dlp relies on the interpreter's own path; a pip
console script or a vendored install puts its folder on sys.path first; the
release binary is a zipapp whose own file is the path entry. Running the
launcher with runpy lets each do exactly that, so this worker imports the very
yt-dlp the command line would have run. Its `yt_dlp.main` is swapped for this
worker's loop the moment the launcher imports yt_dlp (a wrapper around
`__import__`, removed as soon as the loop starts): the launcher's own code stays
untouched, and a launcher that never imports yt_dlp (a self-contained binary's
stub, a shell script) is told apart by the loop never starting.
"""
import builtins
import json
import os
import runpy
import sys
import threading
import time
import traceback
from concurrent.futures import ThreadPoolExecutor

PROTOCOL = 2
# Keys of a full extraction that spoti-dl never reads and that make the JSON
# hundreds of kilobytes long for a YouTube video.
BULKY = ('formats', 'thumbnails', 'automatic_captions', 'subtitles', 'heatmap',
         'requested_formats', 'requested_subtitles', 'http_headers', 'fragments')
PROGRESS_EVERY = 0.25


class Channel:
    """The protocol streams, moved off fds 0 and 1 so that nothing else
    (yt-dlp printing, a JavaScript runtime it starts) can read or write them."""

    def __init__(self):
        self.input = os.fdopen(os.dup(0), 'r', encoding='utf-8', newline='\n')
        self.output = os.fdopen(os.dup(1), 'w', encoding='utf-8', newline='\n')
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.close(devnull)
        os.dup2(2, 1)
        sys.stdout = sys.stderr

        self.lock = threading.Lock()

    def send(self, message):
        line = json.dumps(message, default=str) + '\n'
        with self.lock:
            self.output.write(line)
            self.output.flush()


class Log:
    """yt-dlp's messages, one line each on stderr, for `--verbose`."""

    @staticmethod
    def _write(level, message):
        for line in str(message).splitlines() or ['']:
            sys.stderr.write(f'{level}{line}\n')
        sys.stderr.flush()

    def debug(self, message):
        self._write('', message)

    def info(self, message):
        self._write('', message)

    def warning(self, message):
        self._write('WARNING: ', message)

    def error(self, message):
        self._write('', message)


def supported_args(yt_dlp, args, optional):
    """The common arguments, plus each optional [flag, value] this yt-dlp knows."""
    from yt_dlp.options import create_parser
    parser = create_parser()
    out = list(args)
    used = []
    for flag, value in optional:
        if parser.has_option(flag):
            out += [flag, value]
            used.append(flag)
    return out, used


# Set in this process only: "${SPOTIDL_DOLLAR}" is how a literal "$" survives yt-dlp's
# expansion of variables in paths (see literal_path).
DOLLAR_VAR, QUOTE_VAR = 'SPOTIDL_DOLLAR', 'SPOTIDL_QUOTE'


def literal_path(path, expand):
    """`path` written so that yt-dlp's `expand_path` (~ and $VAR, and on Windows
    %VAR% and '...') gives it back unchanged, or None when that cannot be done.
    A folder named "$HOME" or "100% Hits" must stay that folder."""
    if os.name == 'nt':
        escaped = ''.join({'%': '%%', '$': '$$', "'": f'%{QUOTE_VAR}%'}.get(c, c) for c in path)
    else:
        escaped = path.replace('$', '${%s}' % DOLLAR_VAR)
    return escaped if expand(escaped) == path else None


class Lane(threading.local):
    """What one thread works with: its own YoutubeDL, and the request it serves."""
    ydl = None
    current = None
    last_progress = 0.0


class Worker:
    def __init__(self, yt_dlp, channel, config):
        self.yt_dlp = yt_dlp
        self.channel = channel
        self.args, self.used = supported_args(yt_dlp, config.get('args', []), config.get('optional', []))
        self.lanes = max(1, int(config.get('lanes') or 1))
        self.lane = Lane()
        # The one way left when a folder cannot be written literally: the process's own folder, one download at a time.
        self.chdir_lock = threading.Lock()
        os.environ[DOLLAR_VAR], os.environ[QUOTE_VAR] = '$', "'"

    def ydl(self, **per_request):
        """The thread's YoutubeDL, made on first use and kept: making one costs
        0.05-0.2 s of CPU (TLS context, cookies, extractor list). What differs
        between requests is set in its params before each, all of them read at use."""
        lane = self.lane
        if lane.ydl is None:
            opts = self.yt_dlp.parse_options([*self.args, '-f', 'bestaudio/best', '--no-mtime']).ydl_opts
            opts.update(quiet=True, noprogress=True, logger=Log(), ignoreerrors=False, postprocessors=[],
                        simulate=None, fixup='never', progress_hooks=[self.progress])
            lane.ydl = self.yt_dlp.YoutubeDL(opts)
        lane.ydl.params.update(per_request)
        return lane.ydl

    def search(self, request):
        limit = int(request.get('limit') or 60)
        ydl = self.ydl(extract_flat='in_playlist', noplaylist=False, playlistend=limit)
        return ydl.sanitize_info(ydl.extract_info(request['target'], download=False))

    def details(self, request):
        ydl = self.ydl(extract_flat=False, noplaylist=True)
        info = ydl.sanitize_info(ydl.extract_info(request['url'], download=False))
        for key in BULKY:
            info.pop(key, None)
        return info

    def progress(self, status):
        lane = self.lane
        if lane.current is None:
            return
        now = time.monotonic()
        finished = status.get('status') == 'finished'
        if not finished and now - lane.last_progress < PROGRESS_EVERY:
            return
        lane.last_progress = now
        self.channel.send({
            'id': lane.current, 'event': 'progress',
            'downloaded': status.get('downloaded_bytes'),
            'total': status.get('total_bytes') or status.get('total_bytes_estimate'),
            'speed': status.get('speed'), 'eta': status.get('eta'),
        })

    def download(self, request):
        # The name is a temp token; the folder is given as yt-dlp's "home" path, written so
        # that no folder name is read as a template ("100% Hits") or has its "$VAR" expanded.
        folder = os.path.abspath(request['dir'])
        home = literal_path(folder, self.yt_dlp.utils.expand_path)
        ydl = self.ydl(extract_flat=False, noplaylist=True, paths={'home': home or ''})
        ydl.params['outtmpl']['default'] = request['name'] + '.%(ext)s'
        if home is not None:
            info, done, file = self.fetch(ydl, request)
        else:
            with self.chdir_lock:
                cwd = os.getcwd()
                os.chdir(folder)
                try:
                    info, done, file = self.fetch(ydl, request)
                finally:
                    os.chdir(cwd)
        pick = lambda key: done.get(key) if done.get(key) is not None else info.get(key)
        return {
            'file': file, 'ext': pick('ext'), 'acodec': pick('acodec'), 'abr': pick('abr'),
            'id': info.get('id'), 'webpage_url': info.get('webpage_url'),
        }

    @staticmethod
    def fetch(ydl, request):
        info = ydl.extract_info(request['url'], download=True)
        done = (info.get('requested_downloads') or [{}])[0]
        file = done.get('filepath') or info.get('filepath') or ydl.prepare_filename(info)
        return info, done, os.path.abspath(file)

    def handle(self, request):
        op = request.get('op')
        handler = {'search': self.search, 'details': self.details, 'download': self.download}.get(op)
        rid = request.get('id')
        if handler is None:
            self.channel.send({'id': rid, 'event': 'error', 'kind': 'protocol', 'message': f'unknown op {op!r}'})
            return
        lane = self.lane
        lane.current, lane.last_progress = rid, 0.0
        try:
            value = handler(request)
        except self.yt_dlp.utils.DownloadError as err:
            self.channel.send({'id': rid, 'event': 'error', 'kind': 'yt-dlp', 'message': str(err)})
        except Exception as err:  # a yt-dlp bug or an odd answer: this request fails, the worker goes on
            traceback.print_exc(file=sys.stderr)
            self.channel.send({'id': rid, 'event': 'error', 'kind': 'exception',
                               'message': f'ERROR: {type(err).__name__}: {err}'})
        else:
            self.channel.send({'id': rid, 'event': 'result', 'value': value})
        finally:
            lane.current = None

    def serve(self):
        version = getattr(getattr(self.yt_dlp, 'version', None), '__version__', None)
        self.channel.send({'event': 'ready', 'protocol': PROTOCOL, 'version': version,
                           'python': sys.version.split()[0], 'options': self.used,
                           'module': os.path.dirname(os.path.abspath(self.yt_dlp.__file__))})
        with ThreadPoolExecutor(max_workers=self.lanes) as pool:
            # The first YoutubeDL costs the most (0.1-0.3 s: yt-dlp's first-use setup); made while
            # spoti-dl reads Spotify, the first search does not wait for it. Idle, that thread takes it.
            pool.submit(self.ydl)
            for line in self.channel.input:
                if line.strip():
                    pool.submit(self.handle, json.loads(line))


def run(launcher, config):
    channel = Channel()
    real_import = builtins.__import__
    state = {'served': False}

    def serve(*_args, **_kwargs):
        builtins.__import__ = real_import
        state['served'] = True
        Worker(sys.modules['yt_dlp'], channel, config).serve()
        return 0

    def hooked_import(name, globals=None, locals=None, fromlist=(), level=0):
        module = real_import(name, globals, locals, fromlist, level)
        if level == 0 and name.split('.')[0] == 'yt_dlp':
            top = sys.modules.get('yt_dlp')
            if top is not None and getattr(top, 'main', None) not in (None, serve):
                top.main = serve
        return module

    builtins.__import__ = hooked_import
    sys.argv = [launcher]
    try:
        runpy.run_path(launcher, run_name='__main__')
    except SystemExit as done:
        if state['served']:
            return 0 if done.code in (None, 0) else done.code
    finally:
        builtins.__import__ = real_import
    if not state['served']:
        sys.stderr.write(f'spoti-dl: {launcher} did not start yt-dlp\n')
        return 3
    return 0


if __name__ == '__main__':
    try:
        sys.exit(run(sys.argv[1], json.loads(sys.argv[2]) if len(sys.argv) > 2 else {}))
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
