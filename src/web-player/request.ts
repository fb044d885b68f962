/**
 * One request of the web route through the run's `SpotifyHttp` (its gate and
 * retries), with the errors it gives up with worded for the web route: they
 * name what was being read, not a long query URL, and point at the web
 * route's limits and addresses rather than an app's.
 */
import { RateLimitError, SpotifyApiError } from '../base/errors.js';
import type { HttpRequest, HttpResponse, SpotifyHttp } from '../spotify/http.js';

/** `http.request(url, init)`; `label` names what is read ("fetchPlaylist of spotify:playlist:…"), for messages. */
export async function webRequest(http: SpotifyHttp, url: string, init: HttpRequest, label: string): Promise<HttpResponse> {
  try {
    return await http.request(url, init);
  } catch (error) {
    throw reworded(error, label);
  }
}

function reworded(error: unknown, label: string): unknown {
  if (error instanceof RateLimitError) {
    return new RateLimitError(
      `Spotify's web player kept rate-limiting this connection (429 for ${label}); stopping instead of waiting longer`,
      429,
      'Try again later (the limit is per connection), or lower --parallel-downloads.',
      undefined,
      { cause: error },
    );
  }
  if (!(error instanceof SpotifyApiError)) return error;
  if (error.status === 0) {
    const cause = error.cause instanceof Error ? error.cause.message : String(error.cause ?? 'no answer');
    return new SpotifyApiError(
      `Could not reach Spotify's web player for ${label}: ${cause}`,
      0,
      'Check the network connection (and SPOTIDL_SPOTIFY_WEB_URL / SPOTIDL_SPOTIFY_PARTNER_URL / SPOTIDL_SPOTIFY_SPCLIENT_URL if set).',
      undefined,
      { cause: error },
    );
  }
  return new SpotifyApiError(`Spotify's web player answered ${error.status} for ${label} again and again; giving up`, error.status, error.hint, undefined, { cause: error });
}
