"""spoti-dl's yt-dlp worker: one long-lived process that imports yt-dlp once and
serves requests read as JSON lines on stdin, one at a time, answering with JSON
lines on stdout. The protocol is written down in src/engine/protocol.ts.

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
import time
import traceback

PROTOCOL = 1
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

    def send(self, message):
        self.output.write(json.dumps(message, default=str) + '\n')
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


class Worker:
    def __init__(self, yt_dlp, channel, config):
        self.yt_dlp = yt_dlp
        self.channel = channel
        self.args, self.used = supported_args(yt_dlp, config.get('args', []), config.get('optional', []))
        self._ydl = None
        self.current = None
        self.last_progress = 0.0

    def ydl(self, **per_request):
        """The worker's one YoutubeDL, made on first use and kept: making one costs
        0.05-0.2 s of CPU (TLS context, cookies, extractor list). What differs
        between requests is set in its params before each, all of them read at use."""
        if self._ydl is None:
            opts = self.yt_dlp.parse_options([*self.args, '-f', 'bestaudio/best', '--no-mtime']).ydl_opts
            opts.update(quiet=True, noprogress=True, logger=Log(), ignoreerrors=False, postprocessors=[],
                        simulate=None, fixup='never', progress_hooks=[self.progress])
            self._ydl = self.yt_dlp.YoutubeDL(opts)
        self._ydl.params.update(per_request)
        return self._ydl

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
        if self.current is None:
            return
        now = time.monotonic()
        finished = status.get('status') == 'finished'
        if not finished and now - self.last_progress < PROGRESS_EVERY:
            return
        self.last_progress = now
        self.channel.send({
            'id': self.current, 'event': 'progress',
            'downloaded': status.get('downloaded_bytes'),
            'total': status.get('total_bytes') or status.get('total_bytes_estimate'),
            'speed': status.get('speed'), 'eta': status.get('eta'),
        })

    def download(self, request):
        ydl = self.ydl(extract_flat=False, noplaylist=True)
        # The name is relative to the destination folder, so no folder name is read
        # as a template ("100% Hits") or has its "$VAR" expanded.
        ydl.params['outtmpl']['default'] = request['name'] + '.%(ext)s'
        home = os.getcwd()
        os.chdir(request['dir'])
        try:
            info = ydl.extract_info(request['url'], download=True)
            done = (info.get('requested_downloads') or [{}])[0]
            file = done.get('filepath') or info.get('filepath') or ydl.prepare_filename(info)
            file = os.path.abspath(file)
        finally:
            os.chdir(home)
        pick = lambda key: done.get(key) if done.get(key) is not None else info.get(key)
        return {
            'file': file, 'ext': pick('ext'), 'acodec': pick('acodec'), 'abr': pick('abr'),
            'id': info.get('id'), 'webpage_url': info.get('webpage_url'),
        }

    def handle(self, request):
        op = request.get('op')
        handler = {'search': self.search, 'details': self.details, 'download': self.download}.get(op)
        rid = request.get('id')
        if handler is None:
            self.channel.send({'id': rid, 'event': 'error', 'kind': 'protocol', 'message': f'unknown op {op!r}'})
            return
        self.current, self.last_progress = rid, 0.0
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
            self.current = None

    def serve(self):
        version = getattr(getattr(self.yt_dlp, 'version', None), '__version__', None)
        self.channel.send({'event': 'ready', 'protocol': PROTOCOL, 'version': version,
                           'python': sys.version.split()[0], 'options': self.used,
                           'module': os.path.dirname(os.path.abspath(self.yt_dlp.__file__))})
        for line in self.channel.input:
            if line.strip():
                self.handle(json.loads(line))


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
