// The waiting line of a service's lock (one annotation on the Cloud Run service).
import {
  dequeue,
  enqueue,
  nextWaiter,
  parseQueue,
  QUEUE_ANNOTATION,
  serializeQueue,
  type Waiter,
} from '../../src/rollout/queue.js';

const w = (owner: string, commit: string, mode: Waiter['mode'] = 'canary', since = 1): Waiter => ({
  owner,
  commit,
  mode,
  behind: 'pr#7',
  since,
});

test('a PR keeps one entry at its latest head and its place in the line', () => {
  const q = enqueue(enqueue([], w('pr#8', 'a')), w('pr#9', 'b'));
  const again = enqueue(q, w('pr#8', 'c', 'canary', 5));
  expect(again.map((x) => [x.owner, x.commit, x.since])).toEqual([
    ['pr#8', 'c', 1],
    ['pr#9', 'b', 1],
  ]);
});

test("main's newest push replaces an older one; pushes start first", () => {
  const q = enqueue(
    enqueue(enqueue([], w('pr#8', 'a')), w('aaa', 'aaa', 'promote')),
    w('bbb', 'bbb', 'promote'),
  );
  expect(q.map((x) => x.owner)).toEqual(['pr#8', 'bbb']);
  expect(nextWaiter(q)?.owner).toBe('bbb');
  expect(nextWaiter([w('pr#8', 'a')])?.owner).toBe('pr#8');
  expect(nextWaiter([])).toBeNull();
});

test('dequeue drops the owner; a promotion also settles waiting pushes', () => {
  const q = [w('pr#8', 'a'), w('aaa', 'aaa', 'promote')];
  expect(dequeue(q, 'pr#8').map((x) => x.owner)).toEqual(['aaa']);
  expect(dequeue(q, 'zzz', true).map((x) => x.owner)).toEqual(['pr#8']);
});

test('an unreadable annotation is an empty line, never a crash; an empty line removes the annotation', () => {
  expect(parseQueue({ [QUEUE_ANNOTATION]: '{nope' })).toEqual([]);
  expect(parseQueue({ [QUEUE_ANNOTATION]: '[{"owner":1}]' })).toEqual([]);
  expect(parseQueue({})).toEqual([]);
  const q = [w('pr#8', 'a')];
  expect(parseQueue({ [QUEUE_ANNOTATION]: serializeQueue(q)! })).toEqual(q);
  expect(serializeQueue([])).toBeNull();
});
