import { describe, expect, it } from 'vitest';
import { browserCommand, browserCommands } from '../../src/login/browser.js';

const URL_ = 'https://accounts.spotify.com/authorize?client_id=abc&response_type=code&scope=a%20b';
const desktop = { DISPLAY: ':0' };

describe('browserCommand with $BROWSER', () => {
  it.each([
    ['firefox', 'firefox', [URL_]],
    ['firefox --new-window', 'firefox', ['--new-window', URL_]],
    ['  firefox   -P   work  ', 'firefox', ['-P', 'work', URL_]],
    ['firefox -new-tab %s', 'firefox', ['-new-tab', URL_]],
    ['my-browser --url=%s --private', 'my-browser', [`--url=${URL_}`, '--private']],
    ['printf 100%% %s', 'printf', ['100%', URL_]],
    ['/usr/bin/w3m', '/usr/bin/w3m', [URL_]],
    ['"/opt/My Browser/run" --go %s', '/opt/My Browser/run', ['--go', URL_]],
    ["'/opt/My Browser/run'", '/opt/My Browser/run', [URL_]],
    ['firefox:chromium', 'firefox', [URL_]],
    [':chromium --incognito', 'chromium', ['--incognito', URL_]],
  ])('BROWSER=%j → %s %j', (browser, command, args) => {
    expect(browserCommand(URL_, { BROWSER: browser }, 'linux')).toEqual({ command, args });
  });

  it('never treats the URL as a pattern when putting it in place of %s', () => {
    const tricky = "https://x.example/?a=$&b=$'c";
    expect(browserCommand(tricky, { BROWSER: 'b %s' }, 'linux')).toEqual({ command: 'b', args: [tricky] });
  });

  it('keeps every entry of a colon list, in order, skipping empty ones', () => {
    expect(browserCommands(URL_, { BROWSER: 'firefox::chromium %s:  ' }, 'linux')).toEqual([
      { command: 'firefox', args: [URL_] },
      { command: 'chromium', args: [URL_] },
    ]);
  });

  it('splits the list on ";" on Windows, where ":" is part of a drive letter', () => {
    expect(browserCommands(URL_, { BROWSER: 'C:\\ff\\firefox.exe;"C:\\Program Files\\c\\chrome.exe" %s' }, 'win32')).toEqual([
      { command: 'C:\\ff\\firefox.exe', args: [URL_] },
      { command: 'C:\\Program Files\\c\\chrome.exe', args: [URL_] },
    ]);
  });

  it.each([[''], ['   '], [':'], [' : ']])('BROWSER=%j falls back to the platform opener', (browser) => {
    expect(browserCommand(URL_, { ...desktop, BROWSER: browser }, 'linux')).toEqual({ command: 'xdg-open', args: [URL_] });
  });
});

describe('browserCommand without $BROWSER', () => {
  it.each([
    ['linux', desktop, { command: 'xdg-open', args: [URL_] }],
    ['linux', { WAYLAND_DISPLAY: 'wayland-0' }, { command: 'xdg-open', args: [URL_] }],
    ['linux', { WSL_DISTRO_NAME: 'Ubuntu' }, { command: 'xdg-open', args: [URL_] }],
    ['linux', {}, null],
    ['freebsd', desktop, { command: 'xdg-open', args: [URL_] }],
    ['openbsd', {}, null],
    ['darwin', {}, { command: 'open', args: [URL_] }],
    ['android', desktop, null],
  ] as const)('%s %j → %j', (platform, env, expected) => {
    expect(browserCommand(URL_, env, platform)).toEqual(expected);
  });

  it('on Windows runs cmd /c start "" with the URL escaped for cmd, passed verbatim', () => {
    const c = browserCommand(URL_, {}, 'win32');
    expect(c).toEqual({
      command: 'cmd',
      args: ['/c', 'start', '""', 'https://accounts.spotify.com/authorize?client_id=abc^&response_type=code^&scope=a%20b'],
      verbatim: true,
    });
  });

  it('escapes every cmd metacharacter, not just "&"', () => {
    const c = browserCommand('https://x/?a=1&b=<2>|(3)^', {}, 'win32');
    expect(c?.args[3]).toBe('https://x/?a=1^&b=^<2^>^|^(3^)^^');
  });
});
