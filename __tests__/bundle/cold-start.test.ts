// `validate` starts light (issue 14 point 6): the bundled CLI must not load the action's network and
// cloud libraries or the HAProxy checker for a plain `validate`. Node's own list of the
// built-in modules a process loaded shows it without timing anything (the speed itself is measured
// by `npm run bench:start`): @grpc/grpc-js needs http2, the Google and GitHub clients https, tls and
// zlib, simple-git and `haproxy -c` child_process.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = process.cwd();
const example = join(root, 'fixtures/policies/valid/example.yaml');
const NOT_FOR_VALIDATE = ['http', 'https', 'http2', 'tls', 'zlib', 'child_process', 'dns'];

/** Runs the bundled CLI; returns its stdout and the public built-in modules it loaded. */
function builtinsOf(args: string[]): { out: string; builtins: string[] } {
  const report =
    'process.on("exit",()=>process.stdout.write("\\nBUILTINS "+process.moduleLoadList.join(",")+"\\n"))';
  const out = execFileSync('node', ['--import', `data:text/javascript,${report}`, 'dist/index.js', ...args], {
    cwd: root,
    env: { ...process.env, GITHUB_ACTIONS: '' },
  }).toString();
  const line = out.split('\n').find((l) => l.startsWith('BUILTINS ')) ?? '';
  return {
    out,
    builtins: line
      .slice('BUILTINS '.length)
      .split(',')
      .filter((m) => m.startsWith('NativeModule ') && !m.includes('internal/'))
      .map((m) => m.slice('NativeModule '.length)),
  };
}

describe('validate in the bundle loads only what it needs', () => {
  it('validates the example without loading network, cloud or child-process modules', () => {
    const { out, builtins } = builtinsOf(['validate', example]);
    expect(out).toContain('example.yaml: valid (1 service)');
    expect(builtins).toContain('fs'); // the report works: it lists what was loaded
    expect(builtins.filter((m) => NOT_FOR_VALIDATE.includes(m))).toEqual([]);
  });

  it('still loads them where they are needed: validate --haproxy-check runs haproxy -c', () => {
    const { out, builtins } = builtinsOf(['validate', example, '--haproxy-check']);
    expect(out).toContain('example.yaml: valid (1 service)');
    expect(builtins).toContain('child_process');
  });
});
