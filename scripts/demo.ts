// `npm run demo`: the whole GitOps loop on this machine, in about a minute. It starts a loopback
// world (HAProxy and Prometheus for real, the Cloud Run API fake, local HTTPS backends standing in
// for the revisions, steady generated traffic, a GitHub REST fake) and runs the bundled action
// (`node dist/index.js`) as the Actions runner would, for four git events:
//   1. PR #42 with a new image, healthy canary → passes      2. merge → promoted
//   3. PR #43 with a canary answering 5% errors → rolled back  4. revert of the merge → rollback
// It prints a line per stage, the PR comment as GitHub would show it, `canary-relay status`, and the
// notifications a Slack-shaped and a signed-webhook receiver got, then leaves the rendered
// files in a folder it names. Everything it starts is stopped at the end, on Ctrl-C and on errors.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { parseLogLine } from '../src/render/haproxy-log.js';
import {
  DIST,
  ensureBundle,
  IMAGES,
  SERVICE,
  startWorld,
  type ActionRun,
  type World,
} from '../__tests__/support/world.js';
import { startSlackReceiver, startWebhookReceiver, type Receiver } from '../__tests__/support/receivers.js';

const DEADLINE_MS = 180_000;
/** set on Ctrl-C, SIGTERM or the deadline: the scenario stops at its next step, silently */
let interrupted = false;
const started = Date.now();
const say = (line = '') => process.stdout.write(`${line}\n`);
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function outDir(): string {
  const i = process.argv.indexOf('--out');
  const dir = i > 0 ? resolve(process.argv[i + 1]) : mkdtempSync(join(tmpdir(), 'canary-relay-demo-'));
  mkdirSync(join(dir, 'comments'), { recursive: true });
  return dir;
}

/** Turns the action's log into one line per stage: "[pr #42] step 1 header only: … pass (E=0.4, …)". */
class Progress {
  private open: { step: number; judged?: string } | null = null;
  private moded = false;

  constructor(
    private readonly tag: string,
    private readonly bakes: { label: string; bakeS: number }[],
  ) {}

  line(raw: string): void {
    const l = raw.startsWith(`${SERVICE}: `) ? raw.slice(SERVICE.length + 2) : raw;
    let m: RegExpExecArray | null;
    if ((m = /^judged step (\d+) \([^)]*\) at \d+s: (.*)$/.exec(l))) {
      if (this.open?.step === Number(m[1])) this.open.judged = m[2];
    } else if ((m = /^step (\d+) \(([^)]*)\): (\S+) at (\d+)%$/.exec(l))) {
      this.close('pass');
      const k = Number(m[1]);
      const what =
        m[2] === 'header only'
          ? 'header cohort (X-Canary: always) → canary'
          : `${m[4]}% of new clients → canary`;
      process.stdout.write(
        `[${this.tag}] step ${k} ${m[2]}: ${what}, baking ${this.bakes[k - 1]?.bakeS ?? '?'}s… `,
      );
      this.open = { step: k };
    } else if ((m = /^canary failed: (.*); (100% back on .*)$/.exec(l))) {
      this.close('fail');
      say(`[${this.tag}] rolled back: ${m[2]}`);
    } else if (/^(deployed|tagged) /.test(l)) {
      this.note(l.replace(/ \(stable (.*)\)$/, '; stable $1 keeps 100%'));
    } else if (/^(smoke probe|promoted|rolled back to|all steps of)/.test(l)) {
      this.note(l);
    } else if ((m = /^canary-relay: (\w+) — (.*)$/.exec(l))) {
      // the action says its mode first and its verdict last, in the same form
      this.note(`${this.moded ? 'verdict' : 'mode'}: ${m[1]} — ${m[2]}`);
      this.moded = true;
    } else if ((m = /^::(error|warning)::(.*)$/.exec(l))) {
      this.note(`${m[1]}: ${decodeURIComponent(m[2].replace(/%0A/g, ' '))}`);
    }
  }

  note(text: string): void {
    this.close('pass');
    say(`[${this.tag}] ${text}`);
  }

  /** Ends the open stage's line with its last judgement (a stage that was left normally passed). */
  close(how: 'pass' | 'fail'): void {
    if (!this.open) return;
    const j = /^(\w+)(?: — [^ ]+ E=([^ ]+) \(fails at [^)]+\), (.*))?$/.exec(this.open.judged ?? '');
    const verdict = how === 'fail' ? 'FAIL' : j && j[1] !== 'running' ? j[1] : 'pass';
    say(j?.[2] ? `${verdict} (E=${j[2]}; ${j[3]})` : verdict);
    this.open = null;
  }
}

/** Prints a Markdown body framed, as the PR would show it. */
function printComment(title: string, body: string): void {
  say(`  ┌── ${title}`);
  for (const l of body.replace(/\n+$/, '').split('\n')) say(`  │ ${l}`);
  say('  └──');
}

/** The demo's notification receivers: a Slack-shaped one and a signed-webhook one, on loopback. */
interface Inbox {
  slack: Receiver;
  hook: Receiver;
  /** how many of each receiver's requests were printed already */
  seen: { slack: number; hook: number };
}
const WEBHOOK_SECRET = 'demo-webhook-secret';
const NOTIFY = `notify:
  - slack: { webhook-url-env: DEMO_SLACK_WEBHOOK_URL }
    events: [started, failed, promoted, rolled-back]
  - webhook: { url-env: DEMO_WEBHOOK_URL, secret-env: DEMO_WEBHOOK_SECRET }
`;

/** Prints the notifications that arrived since the last call, as the receivers saw them. */
function printNotifications(tag: string, inbox: Inbox): void {
  const fresh = [
    ...inbox.slack.received.slice(inbox.seen.slack).map((r) => ({ kind: 'slack', r })),
    ...inbox.hook.received.slice(inbox.seen.hook).map((r) => ({ kind: 'webhook', r })),
  ];
  inbox.seen = { slack: inbox.slack.received.length, hook: inbox.hook.received.length };
  for (const { kind, r } of fresh) {
    const body = r.body as { text?: string; event?: string; message?: string; blocks?: unknown[] };
    const answer = r.problem ? `REFUSED (${r.problem})` : `HTTP ${r.status}`;
    if (kind === 'slack')
      say(`[${tag}] notify → Slack (Block Kit, ${body.blocks?.length ?? 0} blocks, ${answer}): ${body.text}`);
    else
      say(
        `[${tag}] notify → webhook "${body.event}" (HMAC-SHA256 ${r.problem ? 'did not verify' : 'verified'}, ${answer}): ${body.message}`,
      );
  }
}

/** `canary-relay status` as a user runs it against this world (Cloud Run fake + HAProxy's map). */
async function printStatus(world: World, title: string): Promise<void> {
  // asynchronously: the Cloud Run fake it reads runs in this very process
  const child = spawn(
    process.execPath,
    [
      DIST,
      'status',
      '--policy',
      join(world.workspace, 'traffic-policy.yaml'),
      '--cloud-run-endpoint',
      world.fake.endpoint,
      '--no-color',
    ],
    { env: { ...process.env, GITHUB_ACTIONS: '' } },
  );
  let text = '';
  child.stdout.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr.on('data', (d: Buffer) => (text += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  say(`  ┌── ${title} (exit ${code})`);
  for (const l of text.replace(/\n+$/, '').split('\n')) say(`  │ ${l}`);
  say('  └──');
}

async function main(world: World, out: string, inbox: Inbox): Promise<void> {
  const h = await world.history();
  world.linkPr(h.pr, 42, false);
  world.linkPr(h.merge, 42, true);
  const bakes = world.policy(IMAGES.v1).services[0].steps.map((s) => ({
    label: s.headerOnly ? 'header only' : `${s.percent}%`,
    bakeS: s.bakeMs / 1000,
  }));
  world.traffic.start();
  say(
    `world: HAProxy on https://127.0.0.1:${world.haproxyPort} (runtime API, map file), Prometheus at ${world.prom.url},`,
  );
  say(
    `       Cloud Run API fake at ${world.fake.endpoint} serving ${SERVICE} v1, GitHub API fake at ${world.github.url},`,
  );
  say(
    `       ~150 requests/s of generated traffic, 1 in 4 with the canary header; repository ${world.workspace}`,
  );
  say();

  const act = async (tag: string, o: Omit<Parameters<World['runAction']>[0], 'name' | 'onLine'>) => {
    say(
      `── ${tag}: ${o.event} ${o.event === 'push' ? `to main at ${o.sha.slice(0, 7)}` : `at ${o.sha.slice(0, 7)}`}`,
    );
    const p = new Progress(tag, bakes);
    const r: ActionRun = await world.runAction({
      name: tag.replace(/[^a-z0-9]+/gi, '-'),
      ...o,
      env: {
        DEMO_SLACK_WEBHOOK_URL: inbox.slack.url,
        DEMO_WEBHOOK_URL: inbox.hook.url,
        DEMO_WEBHOOK_SECRET: WEBHOOK_SECRET,
      },
      onLine: (l) => p.line(l),
    });
    if (interrupted) throw new Error('interrupted');
    p.close('pass');
    printNotifications(tag, inbox);
    say(
      `[${tag}] node dist/index.js exited ${r.code} after ${secs(r.ms)}; outputs: verdict=${r.outputs.verdict} stage=${r.outputs.stage} canary-percent=${r.outputs['canary-percent']}`,
    );
    return r;
  };
  const comment = (pr: number, marker: string) =>
    world.github.state.comments.find((c) => c.issue_number === pr && c.body.includes(marker))?.body ?? '';
  const keep = (file: string, body: string) => writeFileSync(join(out, 'comments', file), body);

  // 1. a PR with a new image and a healthy canary
  world.setCanary('healthy');
  const pr42 = world.prEvent({ pr: 42, base: h.base, head: h.pr, branch: 'release-checkout' });
  await act('pr #42', { event: 'pull_request', payload: pr42, sha: h.pr });
  cpSync(join(world.workspace, 'haproxy'), join(out, 'action-rendered'), { recursive: true });
  const c42 = comment(42, 'canary-relay:traffic-policy.yaml');
  keep('pr-42.md', c42);
  printComment('comment on PR #42 (sticky, updated in place on every run)', c42);
  await printStatus(world, '`canary-relay status` while PR #42 waits for its merge');
  say();

  // 2. the merge promotes it
  await act('merge #42', {
    event: 'push',
    payload: world.pushEvent({ before: h.base, after: h.merge }),
    sha: h.merge,
  });
  const promote = comment(42, 'canary-relay-note:promote');
  keep('pr-42-note-promote.md', promote);
  printComment('note on PR #42', promote);
  await printStatus(world, '`canary-relay status` after the promotion');
  say();

  // 3. a second PR whose canary answers 5% errors
  world.setCanary('bad');
  const bad = world.branchCommit(h.merge, 'release-v3', world.policyText(IMAGES.v3), 'checkout: release v3');
  await act('pr #43', {
    event: 'pull_request',
    payload: world.prEvent({ pr: 43, base: h.merge, head: bad, branch: 'release-v3' }),
    sha: bad,
  });
  world.setCanary('healthy');
  const c43 = comment(43, 'canary-relay:traffic-policy.yaml');
  keep('pr-43.md', c43);
  printComment('comment on PR #43', c43);
  say();

  // 4. the merge of #42 is reverted: straight back to v1, no stages
  await act('revert #42', {
    event: 'push',
    payload: world.pushEvent({ before: h.merge, after: h.revert, revert: true }),
    sha: h.revert,
  });
  const rollback = comment(42, 'canary-relay-note:rollback');
  keep('pr-42-note-rollback.md', rollback);
  printComment('note on PR #42', rollback);
  say();

  // the rendered files: what the CLI makes for the 50% step, the config HAProxy ran here, Cloud Run now
  const policyFile = join(world.workspace, 'traffic-policy.yaml');
  cpSync(policyFile, join(out, 'traffic-policy.yaml'));
  spawnSync(
    process.execPath,
    [
      DIST,
      'render',
      policyFile,
      '--out',
      join(out, 'rendered-step-2'),
      '--step',
      '2',
      '--commit',
      bad,
      '--stable',
      `${SERVICE}=${SERVICE}-${h.pr.slice(0, 7)}`,
    ],
    { stdio: 'ignore', env: { ...process.env, GITHUB_ACTIONS: '' } },
  );
  cpSync(join(world.dir, 'haproxy-world.cfg'), join(out, 'haproxy-loopback.cfg'));
  // HAProxy in production: every feature of issue 12 in one policy, rendered by the CLI
  spawnSync(
    process.execPath,
    [
      DIST,
      'render',
      resolve('fixtures/policies/valid/production-edge.yaml'),
      '--out',
      join(out, 'rendered-production-edge'),
      '--step',
      '1',
    ],
    { stdio: 'ignore', env: { ...process.env, GITHUB_ACTIONS: '' } },
  );
  summariseLog(world.haproxy.output(), out);
  writeFileSync(
    join(out, 'cloudrun-service.json'),
    JSON.stringify(world.fake.serviceProto(SERVICE), null, 2),
  );
  cpSync(join(world.dir, 'runs'), join(out, 'runs'), { recursive: true });
  const served = world.backends;
  say(
    `traffic: stable backend answered ${served.stable.served.ok + served.stable.served.failed}, canary backend ` +
      `${served.canary.served.ok + served.canary.served.failed} requests; Cloud Run writes: ${world.fake.countBy().writes}`,
  );
}

/** The rollout as HAProxy's request log tells it (README "Logs: reading a rollout"). */
function summariseLog(output: string, out: string): void {
  const records = output.split('\n').flatMap((l) => {
    const r = parseLogLine(l);
    return r ? [{ line: l, r }] : [];
  });
  writeFileSync(join(out, 'haproxy.log'), records.map((x) => x.line).join('\n') + '\n');
  const count = new Map<string, number>();
  for (const { r } of records) {
    const k = `${r.side ?? '-'} ${r.assign ?? '-'} ${r.status >= 500 ? '5xx' : `${Math.floor(r.status / 100)}xx`}`;
    count.set(k, (count.get(k) ?? 0) + 1);
  }
  say(`haproxy log: ${records.length} requests (side assign status → count):`);
  for (const [k, n] of [...count].sort()) say(`  ${k.padEnd(22)} ${n}`);
  const sample = records.find((x) => x.r.side === 'canary' && x.r.assign === 'cookie') ?? records[0];
  if (sample) say(`  e.g. ${sample.line}`);
}

async function run(): Promise<number> {
  ensureBundle(say);
  const out = outDir();
  say('canary-relay demo: starting HAProxy, Prometheus, the Cloud Run and GitHub API fakes on 127.0.0.1…');
  const inbox: Inbox = {
    slack: await startSlackReceiver(),
    hook: await startWebhookReceiver(WEBHOOK_SECRET),
    seen: { slack: 0, hook: 0 },
  };
  const closeInbox = () => Promise.all([inbox.slack.stop(), inbox.hook.stop()]);
  const world = await startWorld({ headerBakeS: 3, percentBakeS: 8, percent: 50, notify: NOTIFY }).catch(
    async (e: unknown) => {
      await closeInbox();
      throw e;
    },
  );
  let stopping = false;
  const stop = async (code: number, why?: string) => {
    if (stopping) return;
    stopping = true;
    interrupted = true;
    if (why) say(`\n${why}: stopping everything the demo started…`);
    await world.stop();
    await closeInbox();
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(130, 'interrupted'));
  process.once('SIGTERM', () => void stop(143, 'terminated'));
  const deadline = setTimeout(
    () => void stop(1, `the demo took longer than ${DEADLINE_MS / 1000} s`),
    DEADLINE_MS,
  );
  try {
    await main(world, out, inbox);
    say();
    say(`done in ${secs(Date.now() - started)}. Files: ${out}`);
    say('  traffic-policy.yaml          the policy at the end (after the revert)');
    say('  comments/*.md                the PR comments and notes as posted');
    say('  action-rendered/             haproxy.cfg + haproxy.map the action rendered for PR #42');
    say(
      '  rendered-step-2/             `canary-relay render --step 2`: haproxy.cfg, canary.map, cloudrun-traffic.json',
    );
    say('  haproxy-loopback.cfg         the config HAProxy ran here (tag hosts → local backends)');
    say(
      '  haproxy.log                  its request log: service, side, revision, assignment, bucket, percent',
    );
    say(
      '  rendered-production-edge/    fixtures/policies/valid/production-edge.yaml rendered: logs, mTLS, ID tokens, checks, headers',
    );
    say('  cloudrun-service.json        the Cloud Run service as the API returns it now');
    say(
      '  runs/*/                      each run: event.json, output (GITHUB_OUTPUT), summary.md, stdout.log',
    );
    return 0;
  } catch (e) {
    if (interrupted) return 130;
    say(`\ndemo failed: ${(e as Error).stack ?? String(e)}`);
    say(`partial files: ${out}`);
    return 1;
  } finally {
    clearTimeout(deadline);
    if (!stopping) {
      stopping = true;
      await world.stop();
      await closeInbox();
    }
  }
}

process.exitCode = await run();
