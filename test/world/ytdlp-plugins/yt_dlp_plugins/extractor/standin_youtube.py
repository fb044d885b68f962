"""The stand-in video site as yt-dlp sees YouTube, as a yt-dlp extractor
plugin. yt-dlp loads `yt_dlp_plugins` packages from sys.path (PYTHONPATH), the
2023 releases and the current ones alike, and puts plugin extractors before its
own, so with this folder on PYTHONPATH and STANDIN_VIDEO_SITE naming the stand-in
(http://127.0.0.1:<port>), the very targets spoti-dl uses on YouTube are answered
by the stand-in:

    ytsearchN:<query>                                   YouTube search: flat entries
    https://music.youtube.com/search?q=<query>#songs    YouTube Music search: id and title only
    https://www.youtube.com/watch?v=<id>, music.youtube.com/watch?v=<id>, youtu.be/<id>
                                                        a video: metadata and an audio format

The stand-in's JSON already holds the fields in the shapes real yt-dlp gives them
(../shared/reference/ytdlp/); what differs between yt-dlp releases is filled
here the way each release does. Without STANDIN_VIDEO_SITE these extractors
decline every URL and yt-dlp's own handle them. Their names are their own
(yt-dlp keeps one extractor per name, so a plugin named "youtube" would be
replaced by yt-dlp's).
"""
import os
import re

from yt_dlp.extractor.common import InfoExtractor, SearchInfoExtractor
from yt_dlp.utils import ExtractorError

try:
    from yt_dlp.version import __version__ as YT_DLP_VERSION
except ImportError:  # pragma: no cover
    YT_DLP_VERSION = '0'


def site():
    return os.environ.get('STANDIN_VIDEO_SITE', '').rstrip('/')


def api(ie, path, video_id, query, note):
    # The real extractors' wording, so errors read as they do on YouTube.
    return ie._download_json(f'{site()}{path}', video_id, note=note, errnote='Unable to download API page',
                             query=query, expected_status=(404, 410))


def fail_if_unavailable(data, video_id):
    if isinstance(data, dict) and data.get('error'):
        raise ExtractorError(data['error'], expected=True, video_id=video_id)


class StandinYoutubeSearchIE(SearchInfoExtractor):
    IE_NAME = 'standin:youtube:search'
    IE_DESC = 'YouTube search (stand-in)'
    _SEARCH_KEY = 'ytsearch'
    _MAX_RESULTS = float('inf')  # as yt-dlp's own YouTube search

    @classmethod
    def suitable(cls, url):
        return bool(site()) and super().suitable(url)

    def _search_results(self, query):
        data = api(self, '/api/search', query, {'q': query, 'site': 'youtube'}, 'Downloading API JSON')
        fail_if_unavailable(data, query)
        yield from data.get('entries') or []


class StandinYoutubeMusicSearchIE(InfoExtractor):
    IE_NAME = 'standin:youtube:music:search_url'
    _VALID_URL = r'https?://music\.youtube\.com/search\?(?:[^#]+&)?(?:search_query|q)=(?:[^&#]+)(?:[&#]|$)'

    @classmethod
    def suitable(cls, url):
        return bool(site()) and super().suitable(url)

    def _real_extract(self, url):
        from urllib.parse import parse_qs, urlparse
        parsed = urlparse(url)
        qs = parse_qs(parsed.query)
        query = (qs.get('q') or qs.get('search_query') or [''])[0]
        section = parsed.fragment or ''
        data = api(self, '/api/search', query, {'q': query, 'site': 'music', 'section': section},
                   'Downloading API JSON')
        fail_if_unavailable(data, query)
        return self.playlist_result(data.get('entries') or [], query, query)


class StandinYoutubeIE(InfoExtractor):
    IE_NAME = 'standin:youtube'
    _VALID_URL = r'''(?x)https?://(?:(?:www|m|music)\.)?youtube\.com/(?:watch\?(?:[^#]*&)?v=|shorts/)(?P<id>[\w-]{11})
                     |https?://youtu\.be/(?P<short>[\w-]{11})'''

    @classmethod
    def suitable(cls, url):
        return bool(site()) and super().suitable(url)

    def _real_extract(self, url):
        m = re.match(self._VALID_URL, url)
        video_id = m.group('id') or m.group('short')
        data = api(self, '/api/video', video_id, {'id': video_id}, 'Downloading player API JSON')
        fail_if_unavailable(data, video_id)
        info = dict(data)
        # Before 2024 yt-dlp gave one `artist` string; later releases a list in
        # `artists` (and fill `artist` from it themselves).
        if YT_DLP_VERSION < '2024' and info.get('artists'):
            info['artist'] = ', '.join(info.pop('artists'))
        return info
