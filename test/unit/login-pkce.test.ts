import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { authorizeUrl, challengeFor, createPkce, LOGIN_SCOPES, redirectUriFor } from '../../src/login/pkce.js';

const UNRESERVED = /^[A-Za-z0-9\-._~]+$/;
const sha256url = (text: string) => createHash('sha256').update(text).digest('base64url');

describe('createPkce', () => {
  it('makes a verifier of 64 unreserved characters (RFC 7636 allows 43–128)', () => {
    for (let i = 0; i < 50; i++) {
      const { verifier } = createPkce();
      expect(verifier).toHaveLength(64);
      expect(verifier).toMatch(UNRESERVED);
    }
  });

  it('makes the S256 challenge: base64url of the sha256 of the verifier, unpadded', () => {
    for (let i = 0; i < 20; i++) {
      const { verifier, challenge } = createPkce();
      expect(challenge).toBe(sha256url(verifier));
      expect(challenge).toHaveLength(43);
      expect(challenge).not.toMatch(/[+/=]/);
    }
  });

  it('draws fresh verifier and state every time, and state is not the verifier', () => {
    const runs = Array.from({ length: 20 }, () => createPkce());
    expect(new Set(runs.map((r) => r.state)).size).toBe(20);
    expect(new Set(runs.map((r) => r.verifier)).size).toBe(20);
    for (const r of runs) {
      expect(r.state).toMatch(UNRESERVED);
      expect(r.state.length).toBeGreaterThanOrEqual(32);
      expect(r.verifier.startsWith(r.state)).toBe(false);
    }
  });

  it('takes its randomness from the given source', () => {
    const sizes: number[] = [];
    const pkce = createPkce((n) => {
      sizes.push(n);
      return Buffer.alloc(n, 0xff);
    });
    expect(sizes).toEqual([48, 24]);
    expect(pkce.verifier).toBe('_'.repeat(64));
    expect(pkce.state).toBe('_'.repeat(32));
  });
});

describe('challengeFor', () => {
  it('matches the RFC 7636 appendix B example', () => {
    expect(challengeFor('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });
});

describe('redirectUriFor', () => {
  it.each([
    [8888, 'http://127.0.0.1:8888/callback'],
    [1, 'http://127.0.0.1:1/callback'],
    [65535, 'http://127.0.0.1:65535/callback'],
  ])('%i → %s', (port, uri) => {
    expect(redirectUriFor(port)).toBe(uri);
    expect(redirectUriFor(port)).not.toContain('localhost');
  });
});

describe('authorizeUrl', () => {
  const base = {
    clientId: 'my-client',
    redirectUri: 'http://127.0.0.1:8888/callback',
    challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    state: 'st-ate_1',
  };

  it('carries every parameter of the PKCE authorize request, in order', () => {
    const url = new URL(authorizeUrl({ ...base, accountsUrl: 'https://accounts.spotify.com' }));
    expect(url.origin + url.pathname).toBe('https://accounts.spotify.com/authorize');
    expect([...url.searchParams.keys()]).toEqual([
      'client_id',
      'response_type',
      'redirect_uri',
      'code_challenge_method',
      'code_challenge',
      'state',
      'scope',
    ]);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'my-client',
      response_type: 'code',
      redirect_uri: 'http://127.0.0.1:8888/callback',
      code_challenge_method: 'S256',
      code_challenge: base.challenge,
      state: 'st-ate_1',
      scope: 'playlist-read-private playlist-read-collaborative user-library-read',
    });
  });

  it('encodes the redirect URI and the spaces between scopes', () => {
    const raw = authorizeUrl({ ...base, accountsUrl: 'https://accounts.spotify.com' });
    expect(raw).toContain('redirect_uri=http%3A%2F%2F127.0.0.1%3A8888%2Fcallback');
    expect(raw).toContain('scope=playlist-read-private%20playlist-read-collaborative%20user-library-read');
    expect(raw).not.toContain(' ');
  });

  it.each([
    ['https://accounts.spotify.com/', 'https://accounts.spotify.com/authorize?'],
    ['http://127.0.0.1:4000/accounts', 'http://127.0.0.1:4000/accounts/authorize?'],
    ['http://127.0.0.1:4000/accounts//', 'http://127.0.0.1:4000/accounts/authorize?'],
  ])('joins %s without a double slash', (accountsUrl, prefix) => {
    expect(authorizeUrl({ ...base, accountsUrl }).startsWith(prefix)).toBe(true);
  });

  it('uses the given scopes instead of the default', () => {
    const url = new URL(authorizeUrl({ ...base, accountsUrl: 'https://a.example', scopes: ['user-read-private'] }));
    expect(url.searchParams.get('scope')).toBe('user-read-private');
    expect(LOGIN_SCOPES).toEqual(['playlist-read-private', 'playlist-read-collaborative', 'user-library-read']);
  });
});
