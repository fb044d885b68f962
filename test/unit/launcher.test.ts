import { describe, expect, it } from 'vitest';
import { parseShebang, pythonFromShebang } from '../../src/engine/launcher.js';
import { parseDownloaded, parseEvent, requestLine } from '../../src/engine/protocol.js';

const onPath = (name: string) => (name === 'python3' ? '/usr/local/bin/python3' : null);
const launch = (head: string) => pythonFromShebang(parseShebang(head), onPath);

describe('the interpreter a yt-dlp launcher runs', () => {
  it.each([
    ['#!/usr/bin/python3\n# -*- coding: utf-8 -*-\nimport re', { ok: true, interpreter: '/usr/bin/python3', args: [] }], // Debian
    ['#! /usr/bin/python3', { ok: true, interpreter: '/usr/bin/python3', args: [] }],
    ['#!/home/u/.venv/bin/python\r\n', { ok: true, interpreter: '/home/u/.venv/bin/python', args: [] }], // pip in a venv
    ['#!/usr/bin/python3.11 -s', { ok: true, interpreter: '/usr/bin/python3.11', args: ['-s'] }],
    ['#!/usr/bin/env python3\nPK\u0003\u0004', { ok: true, interpreter: '/usr/local/bin/python3', args: [] }], // the release zipapp
    ['#!/usr/bin/env -S python3 -I', { ok: true, interpreter: '/usr/local/bin/python3', args: ['-I'] }],
    ['#!/opt/pypy/bin/pypy3', { ok: true, interpreter: '/opt/pypy/bin/pypy3', args: [] }],
  ])('%j', (head, want) => {
    expect(launch(head)).toEqual(want);
  });

  it.each([
    ['\u007fELF\u0002\u0001', /not a Python script/], // PyInstaller binary
    ['MZ\u0090\u0000', /not a Python script/], // yt-dlp.exe
    ['#!/bin/sh\nexec python3 -m yt_dlp "$@"', /runs \/bin\/sh, not Python/],
    ['#!/usr/bin/env python2.9x', /python2\.9x is not on PATH/],
    ['#!/usr/bin/env', /without a program/],
  ])('%j is not run as Python', (head, why) => {
    const got = launch(head);
    expect(got.ok).toBe(false);
    expect(got.ok ? '' : got.why).toMatch(why);
  });
});

describe('the worker protocol', () => {
  it('writes one JSON line per request', () => {
    expect(requestLine(7, { op: 'download', url: 'https://x/1', dir: '/d', name: '.spoti-dl-1-aaaaaaaa.src' })).toBe(
      '{"id":7,"op":"download","url":"https://x/1","dir":"/d","name":".spoti-dl-1-aaaaaaaa.src"}\n',
    );
  });

  it.each([
    ['{"event": "ready", "protocol": 1, "version": "2023.03.04", "python": "3.11.2", "options": [], "module": "/usr/lib/python3/dist-packages/yt_dlp"}',
      { event: 'ready', protocol: 1, version: '2023.03.04', python: '3.11.2', options: [], module: '/usr/lib/python3/dist-packages/yt_dlp' }],
    ['{"id": 3, "event": "progress", "downloaded": 1024, "total": 6990, "speed": null, "eta": null}', { event: 'progress', id: 3, progress: { downloaded: 1024, total: 6990 } }],
    ['{"id": 3, "event": "progress", "downloaded": null, "total": null}', { event: 'progress', id: 3, progress: { downloaded: null, total: null } }],
    ['{"id": 1, "event": "result", "value": {"entries": []}}', { event: 'result', id: 1, value: { entries: [] } }],
    ['{"id": 2, "event": "error", "kind": "yt-dlp", "message": "ERROR: [generic] x: HTTP Error 404"}', { event: 'error', id: 2, kind: 'yt-dlp', message: 'ERROR: [generic] x: HTTP Error 404' }],
  ])('%s', (line, want) => {
    expect(parseEvent(line)).toEqual(want);
  });

  it.each(['[generic] Extracting URL: x', '{"event":"result"}', '{"id":"1","event":"result"}', '[]', ''])('ignores %j', (line) => {
    expect(parseEvent(line)).toBeNull();
  });

  it('reads a download result', () => {
    expect(parseDownloaded({ file: '/d/x.src.webm', ext: 'webm', acodec: 'opus', abr: 129.5, id: 'x' })).toEqual({ file: '/d/x.src.webm', ext: 'webm', acodec: 'opus', abr: 129.5 });
    expect(parseDownloaded({ file: '/d/x.src.m4a', ext: 'm4a', acodec: null, abr: null })).toEqual({ file: '/d/x.src.m4a', ext: 'm4a', acodec: null, abr: null });
    expect(parseDownloaded({ ext: 'webm' })).toBeNull();
  });
});
