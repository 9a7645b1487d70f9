// The HAProxy runtime adapter against the real HAProxy 2.6 (unix admin socket and TCP runtime API).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, readFileSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HaproxyRuntime, parseCsv } from '../../src/adapters/haproxy-runtime.js';
import { MAP_HEADER, renderHaproxy } from '../../src/render/index.js';
import { cloudRunHost } from '../../src/render/urls.js';
import { policy, service } from '../render/policies.js';
import {
  freePort,
  localFiles,
  loopbackListeners,
  makePki,
  removeDir,
  startHaproxy,
  tempDir,
  type RunningHaproxy,
  writeMapFiles,
} from '../support/haproxy.js';

let dir: string;
let haproxy: RunningHaproxy;
let mapFile: string;
let unixApi: HaproxyRuntime;
let tcpApi: HaproxyRuntime;
let closedPort: number;

const p = policy({}, [service('checkout'), service('web', { hosts: ['www.example.com'] })]);

beforeAll(async () => {
  dir = tempDir();
  const pki = makePki(dir, ['shop.example.com']);
  const files = localFiles(dir, pki, 'canary');
  const ports = await loopbackListeners();
  closedPort = await freePort();
  mapFile = files.mapFile;
  writeMapFiles(p, 2, mapFile);
  const dead = `127.0.0.1:${closedPort}`;
  const cfg = renderHaproxy(p, {
    step: 2,
    offline: true,
    overrides: {
      ...files,
      ...ports.overrides,
      runtimeApi: ports.runtimeApi,
      serverAddress: Object.fromEntries(
        p.services
          .flatMap((s) => [cloudRunHost(s, 'stable'), cloudRunHost(s, 'canary')])
          .map((h) => [h, dead]),
      ),
    },
  });
  writeFileSync(join(dir, 'haproxy.cfg'), cfg);
  haproxy = await startHaproxy(join(dir, 'haproxy.cfg'), ports.port);
  unixApi = new HaproxyRuntime(files.statsSocket);
  tcpApi = new HaproxyRuntime(ports.runtimeApi);
});

afterAll(async () => {
  await haproxy?.stop();
  if (dir) removeDir(dir);
});

describe.each([
  ['unix socket', () => unixApi],
  ['TCP runtime API', () => tcpApi],
])('HaproxyRuntime over the %s', (_label, api) => {
  it('reads the percents the rendered map holds', async () => {
    expect(await api().getPercents(mapFile)).toEqual({ checkout: 5, web: 5 });
  });

  it('show stat is parsed by column name', async () => {
    const rows = await api().showStat();
    const front = rows.find((r) => r.pxname === 'cr_main' && r.svname === 'FRONTEND');
    expect(front).toBeDefined();
    expect(front?.status).toBe('OPEN');
    const canary = rows.find((r) => r.pxname === 'checkout_canary' && r.svname === 'canary');
    expect(canary).toBeDefined();
    for (const col of ['req_tot', 'hrsp_5xx', 'hrsp_other', 'status', 'scur'])
      expect(canary).toHaveProperty(col);
    expect(rows.map((r) => r.pxname)).toEqual(
      expect.arrayContaining(['checkout_stable', 'web_canary', 'web_stable']),
    );
  });

  it('show servers state is parsed by column name', async () => {
    const rows = await api().showServersState();
    const names = rows.map((r) => `${r.be_name}/${r.srv_name}`).sort();
    expect(names).toEqual([
      'checkout_canary/canary',
      'checkout_canary/stable', // the backup that serves bucketed clients while the canary is down
      'checkout_stable/stable',
      'web_canary/canary',
      'web_canary/stable',
      'web_stable/stable',
    ]);
    expect(rows[0]).toHaveProperty('srv_op_state');
  });
});

describe('setPercent', () => {
  it('changes the runtime map and rewrites the map file, keeping its other lines', async () => {
    await unixApi.setPercent(mapFile, 'checkout', 25);
    expect(await tcpApi.getPercents(mapFile)).toEqual({ checkout: 25, web: 5 });
    expect(readFileSync(mapFile, 'utf8')).toBe(`${MAP_HEADER}\ncheckout 25\nweb 5\n`);
    await tcpApi.setPercent(mapFile, 'web', 0);
    expect(readFileSync(mapFile, 'utf8')).toBe(`${MAP_HEADER}\ncheckout 25\nweb 0\n`);
    expect((await unixApi.showMap(mapFile)).map((e) => `${e.key}=${e.value}`)).toEqual([
      'checkout=25',
      'web=0',
    ]);
  });

  it('adds a key the map does not have yet (add map) and appends it to the file', async () => {
    await unixApi.setPercent(mapFile, 'newsvc', 10);
    expect((await unixApi.getPercents(mapFile)).newsvc).toBe(10);
    expect(readFileSync(mapFile, 'utf8').trimEnd().split('\n').at(-1)).toBe('newsvc 10');
  });

  it.each([
    [-1, /not a whole number 0..100/],
    [101, /not a whole number 0..100/],
    [2.5, /not a whole number 0..100/],
  ])('refuses percent %p', async (pct, msg) => {
    await expect(unixApi.setPercent(mapFile, 'checkout', pct)).rejects.toThrow(msg);
  });

  it('refuses keys and commands that would inject runtime commands', async () => {
    await expect(unixApi.setMap(mapFile, 'a b', '1')).rejects.toThrow(/not a plain name/);
    await expect(unixApi.setMap(mapFile, 'x', '1;shutdown sessions')).rejects.toThrow(/not plain/);
    await expect(unixApi.command('show info\nshutdown frontend cr_main')).rejects.toThrow(/newline/);
  });
});

describe('errors say what was being done', () => {
  it('an unknown map file', async () => {
    await expect(unixApi.getPercents(join(dir, 'nope.map'))).rejects.toThrow(/show map .*nope\.map/);
  });
  it('an address where nothing listens', async () => {
    const api = new HaproxyRuntime(`127.0.0.1:${closedPort}`, { timeoutMs: 1000 });
    await expect(api.showStat()).rejects.toThrow(
      new RegExp(`runtime API at 127.0.0.1:${closedPort}: "show stat" failed`),
    );
  });
  it('a map file that cannot be rewritten is reported after the runtime change', async () => {
    // swap the loaded map file for a directory: the runtime change works, the rewrite cannot
    renameSync(mapFile, `${mapFile}.saved`);
    mkdirSync(mapFile);
    try {
      await expect(unixApi.setPercent(mapFile, 'checkout', 1)).rejects.toThrow(
        /set checkout to 1% at runtime, but rewriting .*canary\.map failed \(a reload would lose it\)/,
      );
      expect((await unixApi.getPercents(mapFile)).checkout).toBe(1);
    } finally {
      rmdirSync(mapFile);
      renameSync(`${mapFile}.saved`, mapFile);
    }
  });
});

describe('parseCsv', () => {
  it('maps values to the header columns', () => {
    expect(parseCsv('# pxname,svname,status,\nfe,FRONTEND,OPEN,\n', 'x')).toEqual([
      { pxname: 'fe', svname: 'FRONTEND', status: 'OPEN' },
    ]);
  });
  it('throws on a non-CSV answer', () => {
    expect(() => parseCsv('Unknown command\n', 'show stat')).toThrow(/show stat did not answer CSV/);
  });
});
