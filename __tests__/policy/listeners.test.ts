// One listener address at a time (i11 applies checkRuntimeApiAddress to each entry of a list),
// and when two listeners share a socket.
import { describe, expect, it } from '@jest/globals';
import { checkRuntimeApiAddress, parseListen, sameSocket } from '../../src/policy/listeners.js';

describe('checkRuntimeApiAddress', () => {
  it.each([':9999', '0.0.0.0:9999', '[::]:9999', '[::0]:9999', '[0:0:0:0:0:0:0:0]:9999', '[0000::]:9999'])(
    'refuses the wildcard %s, pointing at the safe setup',
    (addr) => {
      expect(checkRuntimeApiAddress(addr)).toMatch(
        /listens on every interface: the runtime API is an unauthenticated admin socket\. Use a unix socket .* private address behind a firewall .* "The runtime API safely"/,
      );
    },
  );

  it.each([
    '/run/haproxy/runtime.sock',
    '10.0.0.5:9999',
    '127.0.0.1:9999',
    '[::1]:9999',
    '[fd00::5]:9999',
    'localhost:9999',
  ])('accepts %s', (addr) => {
    expect(checkRuntimeApiAddress(addr)).toBeNull();
  });
});

describe('sameSocket', () => {
  const l = (a: string) => parseListen(a)!;
  it.each([
    [':443', '127.0.0.1:443', true],
    ['0.0.0.0:443', '[::]:443', true],
    ['127.0.0.1:443', '127.0.0.1:443', true],
    ['localhost:8405', '127.0.0.1:8405', true],
    ['10.0.0.5:443', '10.0.0.6:443', false],
    ['127.0.0.1:443', '127.0.0.1:444', false],
    ['[::1]:443', '127.0.0.1:443', false],
  ])('%s and %s: %p', (a, b, same) => {
    expect(sameSocket(l(a), l(b))).toBe(same);
    expect(sameSocket(l(b), l(a))).toBe(same);
  });

  it('reads no listener from a socket path or a malformed value', () => {
    expect(parseListen('/run/x.sock')).toBeUndefined();
    expect(parseListen('a:b:c')).toBeUndefined();
  });
});
