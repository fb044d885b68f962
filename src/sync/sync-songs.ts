/**
 * The sync of a run's links, collection by collection: read the whole
 * listing, scan the collection's folder once, plan, then (for real) carry the
 * plan out and hand the downloads to the pool, or (--dry-run) show it.
 */
import path from 'node:path';
import { collectionFolder, planPath } from '../files/paths.js';
import { moveFile, removeFile } from '../files/commit.js';
import { templateDepth } from '../files/template.js';
import { linkFailed, type LinkError } from '../pipeline/failed-links.js';
import { emptyLibraryCounts, readableLinks } from '../pipeline/feed.js';
import { libraryLine } from '../output/format.js';
import type { RunContext } from '../pipeline/download-songs.js';
import { scanFolder, type LibraryFile } from '../library/scan.js';
import { readFileTags } from '../library/read-tags.js';
import { linkUrl, type SpotifyLink } from '../links/link-text.js';
import type { Options } from '../base/options.js';
import { emptySyncSummary, type LibraryCounts, type RemovedFile, type SyncSummary } from '../output/outcome.js';
import { withIsrc } from '../pipeline/isrc.js';
import { outcomeOf, unavailableOutcome, type PlannedSong } from '../pipeline/process-song.js';
import type { Reporter } from '../output/reporter.js';
import type { CollectionPlan, PlannedChange } from '../output/sync-lines.js';
import { createRunCache, type RunCache, type SkipCounts, type SpotifyApi } from '../spotify/index.js';
import { collectionUri, writeTags } from '../tags/index.js';
import { applyPlan, removedFileOf } from './apply.js';
import { listLink, type CollectionListing } from './listing.js';
import { planSync, type SyncPlan } from './plan.js';

export interface PlannedCollection {
  listing: CollectionListing;
  plan: SyncPlan;
  files: LibraryFile[];
}

interface PlanDeps {
  client: SpotifyApi;
  links: SpotifyLink[];
  stats: SkipCounts;
  options: Options;
  cacheDir: string | null;
  /** Spotify reads shared by the run's links (one is made when absent). */
  cache?: RunCache;
  reporter: Reporter;
  linkErrors: LinkError[];
  sync: SyncSummary;
  library: LibraryCounts;
  /** Playlists this run read (for folders of playlists no longer in the library). */
  playlistsRead: Set<string>;
  /** Library parts (`playlists`, `albums`) that could not be listed. */
  unlistedParts: Set<string>;
}

/** Every collection of every link (`my-albums` and `my-playlists` as the links they list), listed whole, scanned and planned. */
async function* plannedCollections(deps: PlanDeps): AsyncGenerator<PlannedCollection> {
  const { options } = deps;
  let expected = 0;
  const cache = deps.cache ?? createRunCache(deps.client);
  const failed = (link: SpotifyLink, error: unknown) => {
    linkFailed(link, error, deps.linkErrors, deps.reporter);
    deps.unlistedParts.add(link.id);
  };
  for await (const link of readableLinks(deps.client, deps.links, deps.library, failed)) {
    if (link.kind === 'playlist') deps.playlistsRead.add(link.id);
    const { collections, error } = await listLink(deps.client, link, deps.stats, cache);
    if (error) {
      linkFailed(link, error, deps.linkErrors, deps.reporter);
      if (collections.length === 0) deps.sync.unchecked.push({ collection: linkUrl(link), reason: 'it could not be read' });
    }
    for (const listing of collections) {
      const { collection } = listing;
      expected += listing.entries.length;
      deps.reporter.expect(expected);
      if (listing.reason) deps.sync.unchecked.push({ collection: collection.folder.join(' / ') || collection.name, reason: listing.reason });
      // A fresh look for every collection: an earlier one of this run may have changed a shared folder.
      const files = await scanFolder(collectionFolder(collection, options.dir), {
        depth: templateDepth(options.output),
        cacheDir: deps.cacheDir,
      });
      const available = listing.entries.filter((e) => e.song.available);
      const plan = planSync({
        listed: available.map((entry) => ({
          entry,
          base: planPath(entry, { dir: options.dir, template: options.output, trackNumbers: options.trackNumbers, codec: options.codec }),
        })),
        alsoListed: new Set(listing.entries.filter((e) => !e.song.available).map((e) => e.song.spotifyId)),
        files,
        collection: collectionUri(collection),
        codec: options.codec,
        complete: listing.complete,
        keepRemoved: options.keepRemoved,
        overwrite: options.overwrite,
      });
      yield { listing, plan, files };
    }
  }
}

function countRemovals(sync: SyncSummary, plan: SyncPlan, removed: RemovedFile[]): void {
  sync.kept += plan.kept.length;
  for (const r of removed) {
    if (r.error) {
      sync.removeFailed++;
      continue;
    }
    sync.removed++;
    sync.removedBy[r.why] = (sync.removedBy[r.why] ?? 0) + 1;
  }
}

/** A listed song taken down on Spotify: its file, if it has one, stays and counts as present. */
function takenDown(listing: CollectionListing, files: LibraryFile[], codec: string) {
  return listing.entries
    .filter((e) => !e.song.available)
    .map((entry) => {
      const file = files.find((f) => f.spotifyId === entry.song.spotifyId && f.ext === codec);
      return file ? outcomeOf(entry, Date.now(), { status: 'skipped', reason: 'exists', file: file.path, seconds: 0 }) : unavailableOutcome(entry);
    });
}

/** The sync's source of work for the download pipeline (`downloadAll`). */
export async function* syncSongs(ctx: RunContext): AsyncGenerator<PlannedSong[]> {
  const { options, reporter } = ctx;
  const sync = (ctx.summary.sync = emptySyncSummary());
  const library = emptyLibraryCounts();
  if (ctx.links.some((l) => l.kind === 'collection' && l.id !== 'tracks')) ctx.summary.library = library;
  const playlistsRead = new Set<string>();
  const unlistedParts = new Set<string>();
  const plans = plannedCollections({ ...ctx, cacheDir: ctx.library.cacheDir, sync, library, playlistsRead, unlistedParts });
  for await (const { listing, plan, files } of plans) {
    if (!listing.complete) ctx.m3u?.leaveAlone(listing.collection);
    const applied = await applyPlan(plan, listing.collection, {
      move: moveFile,
      remove: removeFile,
      retag: async (file, known, source) => {
        const entry = await withIsrc(known, ctx.cache.isrcs);
        // A re-tag writes every tag anew: the lyrics a --lyrics run embedded are carried over.
        const lyrics = (await readFileTags(file, { lyrics: true }).catch(() => null))?.lyrics ?? null;
        const cover = await ctx.art.get(entry.song.coverUrl);
        await writeTags(file, options.codec, entry, { cover, sourceUrl: source, lyrics }, { ffmpeg: ctx.ffmpeg, temps: ctx.temps });
      },
      parallel: options.parallel,
      // The run's signal: a full disk stops the renames and removals too, not only the user.
      signal: ctx.signal,
    });
    for (const r of applied.removed) {
      reporter.removed(r);
      ctx.report?.removed(r);
    }
    countRemovals(sync, plan, applied.removed);
    for (const o of [...applied.outcomes, ...takenDown(listing, files, options.codec)]) ctx.record(o);
    if (applied.planned.length) yield applied.planned;
  }
  for (const folder of await formerPlaylists({ ...ctx, cacheDir: ctx.library.cacheDir, playlistsRead, unlistedParts })) {
    sync.unchecked.push({ collection: folder, reason: FORMER_PLAYLIST });
  }
}

const FORMER_PLAYLIST = 'its playlist is no longer among your playlists, so its folder is left as it is';

/**
 * The folders (below --dir) of playlists `my-playlists` no longer lists: deleted
 * or unfollowed. Sync never visits them, so their files stay; the summary says
 * so in one line each. Nothing when the library's playlists could not be listed.
 */
async function formerPlaylists(deps: Pick<PlanDeps, 'links' | 'options' | 'cacheDir' | 'playlistsRead' | 'unlistedParts'>): Promise<string[]> {
  if (!deps.links.some((l) => l.kind === 'collection' && l.id === 'playlists') || deps.unlistedParts.has('playlists')) return [];
  const { dir, output } = deps.options;
  const files = await scanFolder(dir, { depth: templateDepth(output) + 1, cacheDir: deps.cacheDir });
  const folders = new Set<string>();
  for (const file of files) {
    const id = /^spotify:playlist:(.+)$/.exec(file.tags?.collection ?? '')?.[1];
    if (id && !deps.playlistsRead.has(id)) folders.add(path.relative(dir, file.path).split(path.sep)[0]!);
  }
  return [...folders].sort();
}

function changesOf(listing: CollectionListing, plan: SyncPlan): CollectionPlan {
  const changes: PlannedChange[] = [];
  let unchanged = 0;
  for (const s of plan.songs) {
    if (s.from) changes.push({ action: 'rename', entry: s.entry, file: s.file, from: s.from, retag: s.work === 'retag' });
    if (s.work === 'download') changes.push({ action: 'add', entry: s.entry, file: s.file });
    else if (s.work === 'retag' && !s.from) changes.push({ action: 'retag', entry: s.entry, file: s.file });
    else if (!s.from && s.work === 'none') unchanged++;
  }
  for (const r of plan.remove) changes.push({ action: 'remove', removed: removedFileOf(r, listing.collection) });
  for (const f of plan.kept) changes.push({ action: 'keep-removed', removed: removedFileOf({ file: f, why: 'not-listed' }, listing.collection) });
  return { collection: listing.collection, changes, unchanged, unchecked: listing.reason };
}

/** `sync --dry-run`: what would be added, renamed, re-tagged and removed; nothing is touched. Returns the songs listed. */
export async function planOnly(
  deps: Omit<PlanDeps, 'sync' | 'library' | 'playlistsRead' | 'unlistedParts'>,
): Promise<{ songs: number; sync: SyncSummary }> {
  const sync = emptySyncSummary();
  const all = { ...deps, sync, library: emptyLibraryCounts(), playlistsRead: new Set<string>(), unlistedParts: new Set<string>() };
  let songs = 0;
  for await (const { listing, plan } of plannedCollections(all)) {
    songs += listing.entries.length;
    deps.reporter.syncPlan(changesOf(listing, plan));
  }
  for (const folder of await formerPlaylists(all)) deps.reporter.info(`${folder}: ${FORMER_PLAYLIST}.`);
  if (all.links.some((l) => l.kind === 'collection' && l.id !== 'tracks')) deps.reporter.info(libraryLine(all.library));
  return { songs, sync };
}
