export const id = 62;
export const ids = [62];
export const modules = {

/***/ 79771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ writeTextAtomic),
/* harmony export */   y: () => (/* binding */ readText)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// File reads and writes for the CLI and the action, with errors that name the file.


async function readText(path, what) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(e);
        throw new Error(`reading ${what} ${path}: ${why}`);
    }
}
/** Write atomically (temp file + rename) so a reader never sees half a config. */
async function writeTextAtomic(path, text) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path) || '.', { recursive: true });
    const tmp = `${path}.tmp-${process.pid}`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, text);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, path);
}


/***/ }),

/***/ 46671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qL: () => (/* binding */ policyErrorAt),
  UW: () => (/* binding */ validateAnalysisBlock),
  Op: () => (/* binding */ validatePolicyText)
});

// UNUSED EXPORTS: MAX_ALIASES, MAX_POLICY_BYTES, checkAddress, checkAddressOrSocket, checkCookieName, checkFilePath, checkHeaderName, checkHeaderValue, checkHostname, checkHttpUrl, checkImage, checkListenAddress, checkNameserver, checkPath, checkPort, checkProjectId, checkRegion, checkRevisionName, checkRunUrl, checkRuntimeApiAddress, checkServiceName, describeChar, formatDuration, formatPath, formatPolicyError, parseDuration, parseListen, parsePercent, parseRate, policyDigest, policySchema, sameSocket

// NAMESPACE OBJECT: ./src/policy/schema-validators.generated.js
var schema_validators_generated_namespaceObject = {};
__webpack_require__.r(schema_validators_generated_namespaceObject);
__webpack_require__.d(schema_validators_generated_namespaceObject, {
  analysis: () => (analysis),
  policy: () => (policy)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/policy/issues.ts
var policy_issues = __webpack_require__(32348);
// EXTERNAL MODULE: ./src/policy/normalise.ts + 1 modules
var normalise = __webpack_require__(16233);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/policy/visible.ts
var visible = __webpack_require__(52004);
;// CONCATENATED MODULE: ./src/policy/depth.ts
// How deep a policy's text nests, found without parsing it: the YAML parser recurses, so a deep
// enough input would overflow its stack before any error could name a position.
/** A policy nests about 7 levels deep; far deeper input only exists to exhaust the parser's stack. */
const MAX_DEPTH = 32;
/**
 * Offset where nesting first exceeds MAX_DEPTH, found without parsing (the parser recurses, so a
 * deep enough input would overflow its stack): block indentation levels, `- ` entries opened on
 * one line, and flow brackets outside quotes and comments. It may count a level too many inside a
 * block scalar, never too few for plain structure.
 */
function tooDeep(text) {
    const indents = [];
    let flow = 0;
    let quote = null;
    let offset = 0;
    for (const line of text.split('\n')) {
        const start = offset;
        offset += line.length + 1;
        let i = 0;
        if (quote === null && flow === 0) {
            const indent = /^ */.exec(line)[0].length;
            if (indent === line.length || line[indent] === '#')
                continue;
            while (indents.length > 0 && indents[indents.length - 1] >= indent)
                indents.pop();
            indents.push(indent);
            i = indent;
            if (indents.length > MAX_DEPTH)
                return start + i;
            while (/^[-?] /.test(line.slice(i))) {
                indents.push(i);
                if (indents.length > MAX_DEPTH)
                    return start + i;
                i += 2;
                while (line[i] === ' ')
                    i++;
            }
        }
        for (; i < line.length; i++) {
            const ch = line[i];
            if (quote === '"') {
                if (ch === '\\')
                    i++;
                else if (ch === '"')
                    quote = null;
            }
            else if (quote === "'") {
                if (ch === "'" && line[i + 1] === "'")
                    i++;
                else if (ch === "'")
                    quote = null;
            }
            else if (ch === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) {
                break;
            }
            else if ((ch === '"' || ch === "'") && (i === 0 || /[\s[{,:]/.test(line[i - 1]))) {
                quote = ch;
            }
            else if (ch === '[' || ch === '{') {
                flow++;
                if (indents.length + flow > MAX_DEPTH)
                    return start + i;
            }
            else if ((ch === ']' || ch === '}') && flow > 0) {
                flow--;
            }
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/policy/parse.ts
// YAML → plain data, keeping the document so any path can be mapped back to line:col.
// Only plain data is accepted: one document, no tags, no directives, unique keys, scalar keys,
// and at most a few aliases that do not nest (so an alias bomb cannot expand).




const MAX_POLICY_BYTES = 1024 * 1024;
/** Enough to share a steps list or an analysis block between services; far too few for a bomb. */
const MAX_ALIASES = 10;
/** `services[0].steps[2].percent`; odd keys are quoted: `services[0]["a b"]`. */
function formatPath(path) {
    if (path.length === 0)
        return '(root)';
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else if (/^[A-Za-z0-9_-]+$/.test(seg))
            out += out === '' ? seg : `.${seg}`;
        else
            out += `[${JSON.stringify(seg)}]`;
    }
    return out;
}
function parsePolicyYaml(text, file) {
    // the YAML library's messages quote the source: no raw control character may pass into a message
    const err = (line, col, path, message) => ({
        file,
        line,
        col,
        path,
        message: (0,visible/* visible */.R)(message),
    });
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_POLICY_BYTES) {
        const mib = (bytes / MAX_POLICY_BYTES).toFixed(2);
        return {
            ok: false,
            errors: [err(1, 1, '(file)', `is ${bytes} bytes (${mib} MiB); a policy file may be at most 1 MiB`)],
        };
    }
    // YAML 1.2 reads a lone CR as a line break; the parser only knows LF and CRLF (same lines, same columns)
    text = text.replace(/\r(?!\n)/g, '\n');
    const deep = tooDeep(text);
    if (deep !== undefined) {
        const lines = text.slice(0, deep).split('\n');
        return {
            ok: false,
            errors: [
                err(lines.length, lines[lines.length - 1].length + 1, '(yaml)', `nesting deeper than ${MAX_DEPTH} levels starts here; a policy needs fewer than 10: flatten the value`),
            ],
        };
    }
    const lineCounter = new dist/* LineCounter */.HN();
    const pos = (offset) => lineCounter.linePos(offset);
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
    if (!Array.isArray(docs) || docs.length === 0 || docs[0].contents === null) {
        return {
            ok: false,
            errors: [err(1, 1, '(root)', 'the policy is empty; it needs at least `version: 1` and `services:`')],
        };
    }
    const errors = [];
    if (docs.length > 1) {
        const p = pos(docs[1].range[0]);
        errors.push(err(p.line, p.col, '(root)', 'a second YAML document starts here; a policy file holds exactly one (remove "---")'));
    }
    const doc = docs[0];
    for (const e of doc.errors) {
        const p = pos(e.pos[0]);
        errors.push(err(p.line, p.col, '(yaml)', `YAML syntax error: ${e.message.split('\n')[0]}`));
    }
    if (errors.length > 0)
        return { ok: false, errors };
    errors.push(...checkDirectives(text, doc, pos, err));
    errors.push(...checkPlainData(text, doc, pos, err));
    if (errors.length > 0)
        return { ok: false, errors };
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 * MAX_ALIASES });
    }
    catch (e) {
        // the checks above should leave nothing for toJS to refuse; if it does, say so with a position
        return { ok: false, errors: [err(1, 1, '(yaml)', `cannot read the YAML: ${e.message}`)] };
    }
    return { ok: true, parsed: { data, locate: (path, at = 'value') => pos(offsetOf(doc, path, at)) } };
}
/** %YAML and %TAG change how the rest of the file is read; a policy needs neither. */
function checkDirectives(text, doc, pos, err) {
    const explicitTags = Object.keys(doc.directives.tags).filter((t) => t !== '!!' && t !== '!');
    if (!doc.directives.yaml.explicit && explicitTags.length === 0)
        return [];
    const m = /^%/m.exec(text);
    const p = pos(m ? m.index : 0);
    return [err(p.line, p.col, '(yaml)', 'YAML directives (%YAML, %TAG) are not allowed; delete the line')];
}
/** Tags, duplicate or complex keys, and aliases beyond the small allowance. */
function checkPlainData(text, doc, pos, err) {
    const errors = [];
    const at = (offset, message) => {
        const p = pos(offset);
        errors.push(err(p.line, p.col, '(yaml)', message));
    };
    // Count first: past the limit a single error says why, without judging every alias.
    let aliases = 0;
    let firstOver;
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, node) {
            aliases++;
            if (aliases === MAX_ALIASES + 1)
                firstOver = node;
        },
    });
    if (firstOver) {
        at(firstOver.range?.[0] ?? 0, `more than ${MAX_ALIASES} YAML aliases (*name) (${aliases} in all); aliases are limited to refuse ` +
            'alias bombs ("billion laughs"); write the values out');
    }
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, node) {
            if (firstOver)
                return;
            const target = node.resolve(doc);
            if (!target) {
                at(node.range?.[0] ?? 0, `alias *${JSON.stringify(node.source).slice(1, -1)} has no anchor (&name) before it; define the ` +
                    'anchor first, or quote the value if "*" was meant as text');
            }
            else if (containsAlias(target)) {
                at(node.range?.[0] ?? 0, `alias *${node.source} points at a node that itself contains aliases; nested aliases are ` +
                    'refused (they can expand exponentially); write the values out');
            }
        },
        Node(_key, node) {
            if (((0,dist/* isScalar */.jn)(node) || (0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) && node.tag) {
                const start = node.range?.[0] ?? 0;
                const bang = text.lastIndexOf('!', start);
                at(bang >= 0 && start - bang < 200 ? bang : start, 'YAML tags (like !!str or !custom) are not allowed; write a plain value (quote it to make it a string)');
            }
            if ((0,dist/* isMap */.jh)(node))
                checkKeys(node.items, at);
        },
    });
    return errors;
}
function checkKeys(items, at) {
    const seen = new Map();
    for (const pair of items) {
        if (!(0,dist/* isPair */.tO)(pair))
            continue;
        const key = pair.key;
        if (!(0,dist/* isScalar */.jn)(key) || key.value === null || typeof key.value === 'object') {
            const start = key?.range?.[0] ?? 0;
            at(start, 'keys must be plain words (a list, map, alias or empty key is not allowed here)');
            continue;
        }
        const name = String(key.value);
        const start = key.range?.[0] ?? 0;
        const first = seen.get(name);
        if (first !== undefined)
            at(start, `duplicate key ${JSON.stringify(name)}; each key may appear once in a map`);
        else
            seen.set(name, start);
    }
}
function containsAlias(node) {
    let found = false;
    (0,dist/* visit */.YR)(node, {
        Alias() {
            found = true;
            return dist/* visit */.YR.BREAK;
        },
    });
    return found;
}
/** Walks the document along `path`; stops at the deepest node that exists. */
function offsetOf(doc, path, at) {
    let node = doc.contents;
    let offset = node?.range?.[0] ?? 0;
    for (let i = 0; i < path.length; i++) {
        if ((0,dist/* isAlias */.Vj)(node))
            node = node.resolve(doc);
        const seg = path[i];
        const last = i === path.length - 1;
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(seg));
            if (!pair)
                return offset;
            const keyNode = pair.key;
            if (last && at === 'key')
                return keyNode.range?.[0] ?? offset;
            const value = pair.value;
            // `key:` with nothing after it: point at the key
            if (!value ||
                !value.range ||
                ((0,dist/* isScalar */.jn)(value) && value.value === null && value.range[0] === value.range[1])) {
                return keyNode.range?.[0] ?? offset;
            }
            node = value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof seg === 'number' && seg < node.items.length) {
            node = node.items[seg];
        }
        else {
            return offset;
        }
        offset = node?.range?.[0] ?? offset;
    }
    return offset;
}

;// CONCATENATED MODULE: ./src/policy/traffic-policy.schema.json
const traffic_policy_schema_namespaceObject = {};
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(21916);
;// CONCATENATED MODULE: ./src/policy/suggest.ts
// "Did you mean …?" for unknown keys and enum values.

/** Folds the differences people make most: case, `_` vs `-`, camelCase vs kebab-case. */
function fold(word) {
    return word.toLowerCase().replace(/[-_\s]/g, '');
}
/**
 * The candidate closest to `word`, or undefined when none is close enough to be a plausible
 * typo (a suggestion that is far off confuses more than it helps).
 */
function suggest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        if (fold(c) === fold(word))
            return c;
        const d = (0,mod/* distance */.Io)(word.toLowerCase(), c);
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    const limit = Math.max(2, Math.floor(word.length / 3));
    return bestDistance <= limit ? best : undefined;
}

;// CONCATENATED MODULE: ./src/policy/schema-validators.generated.js
// GENERATED by scripts/schema-validators.mjs from traffic-policy.schema.json: do not edit.
const policy = validate10;const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/canary-relay/canary-relay/traffic-policy.schema.json","title":"canary-relay traffic policy","description":"The traffic policy (traffic-policy.yaml): which Cloud Run services sit behind HAProxy, how their canaries are staged and how each stage is judged.","type":"object","additionalProperties":false,"required":["version","services"],"patternProperties":{"^x-":{"description":"Ignored: a place for YAML anchors shared by several services (`x-steps: &standard [...]`)."}},"properties":{"version":{"description":"Policy format version; always 1.","const":1},"defaults":{"description":"Values every service inherits unless it sets its own.","type":"object","additionalProperties":false,"properties":{"project":{"$ref":"#/definitions/project"},"region":{"$ref":"#/definitions/region"},"project-number":{"$ref":"#/definitions/projectNumber"},"operation-timeout":{"description":"How long one Cloud Run operation (a deploy or a traffic write) may run before the run stops and says so (30s–1h; default 10m). Never past the job's own limit (`job-timeout-minutes`).","$ref":"#/definitions/duration"}}},"haproxy":{"description":"How the HAProxy configuration is rendered.","type":"object","additionalProperties":false,"properties":{"output":{"description":"Where the rendered configuration is written (and its map beside it): a path relative to the repository that resolves, symlinks followed, inside it and outside `.git`.","type":"string","default":"haproxy/haproxy.cfg","pattern":"^[A-Za-z0-9._/-]+$","patternErrorMessage":"a file path may contain only A-Z a-z 0-9 and - . _ /"},"bind":{"description":"Addresses the TLS frontend listens on (`:443`, `127.0.0.1:8443`, `[::]:443`).","type":"array","default":[":443"],"minItems":1,"maxItems":16,"items":{"$ref":"#/definitions/address"}},"certificate":{"description":"PEM file (certificate and key) HAProxy terminates TLS with.","$ref":"#/definitions/filePath"},"redirect-http":{"description":"Listen on `http-bind` and redirect plain HTTP to HTTPS.","type":"boolean","default":true},"http-bind":{"description":"Where the plain-HTTP redirect listens.","default":":80","$ref":"#/definitions/address"},"hsts":{"description":"Strict-Transport-Security max-age in seconds (integer, 0–63072000, i.e. up to two years); omitted: no HSTS header.","type":"integer","minimum":0,"maximum":63072000},"resolvers":{"description":"DNS servers HAProxy re-resolves Cloud Run host names with; omitted: parse-resolv-conf.","type":"object","additionalProperties":false,"required":["nameservers"],"properties":{"nameservers":{"description":"Name servers as `ip:port` (1–8).","type":"array","minItems":1,"maxItems":8,"items":{"$ref":"#/definitions/address"}},"refresh":{"description":"How often names are re-resolved (`timeout resolve`; 1s–1h).","default":"30s","$ref":"#/definitions/duration"}}},"limits":{"description":"Connection and request limits.","type":"object","additionalProperties":false,"properties":{"max-connections":{"description":"Global `maxconn` (1–1000000).","type":"integer","minimum":1,"maximum":1000000,"default":4000},"rate-per-ip":{"description":"Requests allowed per client IP per period, like `200/10s` (1–1000000 requests per 1s–1h); omitted: no limit.","type":"string","pattern":"^[0-9]+/([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$","patternErrorMessage":"write COUNT/DURATION, e.g. 200/10s"}}},"timeouts":{"description":"HAProxy timeouts.","type":"object","additionalProperties":false,"properties":{"connect":{"description":"`timeout connect` (100ms–5m).","default":"5s","$ref":"#/definitions/duration"},"client":{"description":"`timeout client` (1s–24h).","default":"30s","$ref":"#/definitions/duration"},"server":{"description":"`timeout server` (1s–24h).","default":"300s","$ref":"#/definitions/duration"},"tunnel":{"description":"`timeout tunnel`: how long an upgraded connection (WebSocket) may stay idle; at most 24h.","default":"1h","$ref":"#/definitions/duration"}}},"runtime-api":{"description":"Address (`host:port`) or socket path of an HAProxy runtime API that stage changes are sent to without a reload; a list for a fleet (every instance gets every change, read back). It is an unauthenticated admin socket: a unix socket, or one private address behind a firewall; a wildcard address (`:9999`, `0.0.0.0:9999`, `[::]:9999`) is refused, in a list for each entry.","type":["string","array"],"pattern":"^[A-Za-z0-9._:/\\[\\]-]+$","patternErrorMessage":"write host:port or /path/to.sock","minItems":1,"maxItems":64,"items":{"$ref":"#/definitions/runtimeApi"}},"stats-socket":{"description":"Path of the admin stats socket in the rendered config.","default":"/run/haproxy/admin.sock","$ref":"#/definitions/filePath"},"prometheus-bind":{"description":"Loopback address of HAProxy's Prometheus exporter.","default":"127.0.0.1:8405","$ref":"#/definitions/address"},"map-file":{"description":"Map file holding each service's canary percent.","default":"/etc/haproxy/canary-relay.map","$ref":"#/definitions/filePath"},"ca-file":{"description":"CA bundle HAProxy verifies Cloud Run's certificates with: `@system-ca` or a file path.","type":"string","default":"@system-ca","pattern":"^(@system-ca|[A-Za-z0-9._/-]+)$","patternErrorMessage":"write @system-ca or a file path (A-Z a-z 0-9 and - . _ /)"},"log":{"description":"Where HAProxy logs each request (httplog fields plus service, side, revision, assignment, bucket, percent): `stdout` or `stderr` (containers), a syslog address `host:port` (UDP) or socket (`/dev/log`), or `none`.","type":"string","default":"stdout","pattern":"^(stdout|stderr|none|[A-Za-z0-9._/:\\[\\]-]+)$","patternErrorMessage":"write stdout, stderr, none, a syslog address host:port or a socket path like /dev/log"},"client-ca":{"description":"CA bundle client certificates are verified with (mTLS at the frontend); omitted: no client certificates asked for.","$ref":"#/definitions/filePath"},"client-verify":{"description":"With `client-ca`: `required` (no verified certificate, no request) or `optional` (a certificate is verified when sent); a service's `client-verify` overrides it for its hosts.","type":"string","enum":["required","optional"],"default":"required"},"trusted-proxies":{"description":"Networks (CIDR) whose X-Forwarded-* headers are kept; from anyone else they are removed before Cloud Run.","type":"array","items":{"$ref":"#/definitions/cidr"}},"hsts-include-subdomains":{"description":"Add `includeSubDomains` to the Strict-Transport-Security header.","type":"boolean","default":false},"server-state-file":{"description":"File HAProxy reads server state (addresses, health) from at start, so `init-addr last` has a state to read; write it with `show servers state` before a reload.","default":"/var/lib/haproxy/canary-relay.state","$ref":"#/definitions/filePath"},"token-map":{"description":"Map file holding each private service's ID token (`auth: id-token`), kept fresh by `canary-relay tokens`.","default":"/etc/haproxy/canary-relay-tokens.map","$ref":"#/definitions/filePath"}}},"split-at":{"description":"Which layer applies canary percentages: `haproxy` (sticky bucket cookie, map file) or `cloud-run` (Cloud Run traffic split).","type":"string","enum":["haproxy","cloud-run"],"default":"haproxy"},"services":{"description":"The Cloud Run services behind HAProxy, each with its canary plan.","type":"array","minItems":1,"items":{"$ref":"#/definitions/service"}},"notify":{"description":"Where rollout events go: Slack incoming webhooks and HMAC-signed JSON webhooks. URLs and secrets come from environment variables named here, never from the policy. A service's own `notify` replaces this list for that service.","$ref":"#/definitions/notify"}},"definitions":{"project":{"description":"Google Cloud project ID.","type":"string","pattern":"^[a-z0-9-]+$","patternErrorMessage":"a project ID may contain only a-z 0-9 and -"},"region":{"description":"Cloud Run region, e.g. `us-central1`.","type":"string","pattern":"^[a-z0-9-]+$","patternErrorMessage":"write a region such as us-central1"},"projectNumber":{"description":"Google Cloud project number (digits, as a quoted string); used for the deterministic `*.run.app` URLs.","type":"string","pattern":"^[0-9]{1,20}$","patternErrorMessage":"a project number has only digits, e.g. \"123456789012\""},"duration":{"description":"A duration like `500ms`, `30s`, `10m`, `1h` or `1h30m`.","type":"string","minLength":1,"pattern":"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$","patternErrorMessage":"write a duration like 500ms, 30s, 10m, 1h or 1h30m"},"address":{"description":"An address `host:port`, `:port`, `ip:port` or `[ipv6]:port`.","type":"string","pattern":"^[A-Za-z0-9.:\\[\\]-]+$","patternErrorMessage":"write host:port, :port or [ipv6]:port"},"runtimeApi":{"description":"An HAProxy runtime API: `host:port` or a socket path.","type":"string","pattern":"^[A-Za-z0-9._:/\\[\\]-]+$","patternErrorMessage":"write host:port or /path/to.sock"},"filePath":{"description":"A file path (A-Z a-z 0-9 and - . _ /).","type":"string","pattern":"^[A-Za-z0-9._/-]+$","patternErrorMessage":"a file path may contain only A-Z a-z 0-9 and - . _ /"},"path":{"description":"A URL path starting with `/` (A-Z a-z 0-9 and - . _ ~ /).","type":"string","pattern":"^[A-Za-z0-9._~/-]+$","patternErrorMessage":"a path may contain only A-Z a-z 0-9 and - . _ ~ /"},"service":{"description":"One Cloud Run service and how its releases are rolled out.","type":"object","additionalProperties":false,"required":["name","hosts"],"properties":{"name":{"description":"Cloud Run service name: lowercase letters, digits and hyphens, starting with a letter, at most 49 characters.","type":"string","pattern":"^[a-z0-9-]+$","patternErrorMessage":"a service name may contain only a-z 0-9 and -"},"project":{"description":"Google Cloud project ID; default: `defaults.project`.","$ref":"#/definitions/project"},"region":{"description":"Cloud Run region; default: `defaults.region`.","$ref":"#/definitions/region"},"project-number":{"description":"Project number for the deterministic URL; default: `defaults.project-number`.","$ref":"#/definitions/projectNumber"},"hosts":{"description":"Host names HAProxy routes to this service (1–50).","type":"array","minItems":1,"maxItems":50,"items":{"description":"A host name such as `shop.example.com`.","type":"string","pattern":"^[A-Za-z0-9.-]+$","patternErrorMessage":"a hostname may contain only A-Z a-z 0-9 and - ."}},"paths":{"description":"Path prefixes routed to this service (at most 50); omitted: every path of its hosts. The longest matching prefix of all services on a host wins.","type":"array","maxItems":50,"items":{"$ref":"#/definitions/path"}},"image":{"description":"Desired container image (`REGISTRY/PATH[:TAG][@sha256:DIGEST]`); changing it starts a canary. Exactly one of `image` and `revision`.","type":"string","pattern":"^[A-Za-z0-9._/:@-]+$","patternErrorMessage":"an image may contain only a-z 0-9 and - . _ / : @"},"revision":{"description":"Desired existing Cloud Run revision by name. Exactly one of `image` and `revision`.","type":"string","pattern":"^[a-z0-9-]+$","patternErrorMessage":"a revision name may contain only a-z 0-9 and -"},"url":{"description":"The service's URL, `https://SERVICE-HASH-REGION_CODE.a.run.app` or `https://SERVICE-PROJECT_NUMBER.REGION.run.app`; omitted: the deterministic URL from `project-number`.","type":"string"},"routing":{"description":"How requests are pinned to the canary.","type":"object","additionalProperties":false,"properties":{"header":{"description":"Requests carrying this header and value always go to the canary.","type":"object","additionalProperties":false,"required":["name","value"],"properties":{"name":{"description":"Header name (A-Z a-z 0-9 and -), e.g. `X-Canary`; not a hop-by-hop, routing or credential header (`Host`, `Connection`, `Cookie`, `X-Forwarded-For`, ...).","type":"string","pattern":"^[A-Za-z0-9-]+$","patternErrorMessage":"a header name may contain only A-Z a-z 0-9 and -"},"value":{"description":"Header value (A-Z a-z 0-9 and - . _ ~ : / = +).","type":"string","pattern":"^[A-Za-z0-9._~:/=+-]+$","patternErrorMessage":"a header value may contain only A-Z a-z 0-9 and - . _ ~ : / = +"},"allow-from":{"description":"Only clients from these networks (CIDR) may pick the canary with the header; from anywhere else the header is removed before routing and before Cloud Run. The client is the connection source, or behind a `trusted-proxies` proxy the last X-Forwarded-For address. Omitted: anyone may.","type":"array","minItems":1,"items":{"$ref":"#/definitions/cidr"}}}},"sticky-cookie":{"description":"Cookie that keeps a client's bucket across stages (A-Z a-z 0-9 and _ -).","type":"string","pattern":"^[A-Za-z0-9_-]+$","patternErrorMessage":"a cookie name may contain only A-Z a-z 0-9 and _ -"}}},"health":{"description":"Health check HAProxy sends to each revision.","type":"object","additionalProperties":false,"properties":{"path":{"description":"Health check path; must not end in `z` (Cloud Run reserves those).","default":"/health","$ref":"#/definitions/path"},"interval":{"description":"Time between health checks, at most 1h (a down server is checked every 5s or `interval` if shorter).","default":"20s","$ref":"#/definitions/duration"},"timeout":{"description":"How long a check may take, at most 5m; longer than a Cloud Run cold start.","default":"15s","$ref":"#/definitions/duration"},"fall":{"description":"Failed checks in a row before a revision leaves the rotation.","type":"integer","minimum":1,"maximum":100,"default":3},"rise":{"description":"Passed checks in a row before it comes back.","type":"integer","minimum":1,"maximum":100,"default":2},"slowstart":{"description":"After the canary comes up, its concurrent connections ramp up over this time; bucketed requests that would queue go to stable meanwhile. `0s`: off; at most 1h.","default":"30s","$ref":"#/definitions/duration"}}},"steps":{"description":"Canary stages in order (1–20); default: header-only 5m (when `routing.header` is set), then 5%, 25%, 50% for 10m each.","type":"array","minItems":1,"maxItems":20,"items":{"$ref":"#/definitions/step"}},"promote":{"description":"When the canary becomes 100%: `on-merge` (when the PR merges), `gradual` (remaining steps after the merge) or `auto` (as soon as the last step passes).","type":"string","enum":["on-merge","gradual","auto"],"default":"on-merge"},"analysis":{"$ref":"#/definitions/analysis"},"smoke":{"description":"Requests sent to the canary before its first step.","type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"description":"Path requested; must not end in `z`.","$ref":"#/definitions/path"},"requests":{"description":"How many requests (1–1000).","type":"integer","minimum":1,"maximum":1000,"default":20},"expect-status":{"description":"HTTP status every request must return (100–599).","type":"integer","minimum":100,"maximum":599,"default":200}}},"auth":{"description":"How HAProxy authenticates to Cloud Run: `none` (a public service) or `id-token` (a Google ID token for the service URL from `haproxy.token-map`, kept fresh by `canary-relay tokens`).","type":"string","enum":["none","id-token"],"default":"none"},"client-authorization":{"description":"A client's Authorization header: `drop` (never reaches Cloud Run) or `pass-through` (with `auth: id-token` the token then goes in X-Serverless-Authorization). Default: `drop` with `auth: id-token`, else `pass-through`.","type":"string","enum":["drop","pass-through"]},"client-verify":{"description":"Overrides `haproxy.client-verify` for this service's hosts.","type":"string","enum":["required","optional"]},"notify":{"description":"This service's notification targets; replaces the top-level `notify`.","$ref":"#/definitions/notify"},"hooks":{"description":"HTTP calls around each step: `pre-step` before its traffic shifts, `post-step` after its bake passed.","type":"object","additionalProperties":false,"properties":{"pre-step":{"$ref":"#/definitions/hook"},"post-step":{"$ref":"#/definitions/hook"}}}}},"step":{"description":"One canary stage: `header-only: true` (first step only) or a `percent`, baked for `bake`.","type":"object","additionalProperties":false,"required":["bake"],"properties":{"header-only":{"description":"Only the header cohort reaches the canary (0%); allowed as the first step only.","type":"boolean"},"percent":{"description":"Canary share of traffic, an integer 1–100, strictly increasing from step to step.","type":"integer","minimum":1,"maximum":100},"bake":{"description":"The stage's minimum time (0s–168h): it passes no earlier, however strong the evidence (a fail stops it at any time).","$ref":"#/definitions/duration"},"max-bake":{"description":"The stage's longest time (default 3 × `bake`): a stage still undecided then is inconclusive and `analysis.on-inconclusive` decides. At least `bake`, at most 24h.","$ref":"#/definitions/duration"},"approval":{"description":"`required`: the rollout stops before this step until a person approves (PR review by someone with write access, label `canary-relay:approve`, or workflow_dispatch `approve`).","type":"string","enum":["required","none"],"default":"none"}}},"analysis":{"description":"How each stage is judged, canary against stable.","type":"object","additionalProperties":false,"properties":{"source":{"description":"Where metrics come from: `prometheus`, `cloud-monitoring` or `haproxy` (HAProxy runtime counters; no latency).","type":"string","enum":["prometheus","cloud-monitoring","haproxy"],"default":"prometheus"},"prometheus":{"description":"The Prometheus server (required when `source: prometheus`).","type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"description":"Base URL of the Prometheus HTTP API, e.g. `http://prometheus.internal:9090`.","type":"string"}}},"interval":{"description":"Time between metric polls (1s–10m).","default":"30s","$ref":"#/definitions/duration"},"min-requests":{"description":"Requests each side needs before a stage can pass (1–1000000); a bake that ends with fewer is inconclusive. Strong enough evidence fails a canary with fewer.","type":"integer","minimum":1,"maximum":1000000,"default":200},"alpha":{"description":"False-failure budget of the sequential test, 0.0001–0.5, split across metrics.","type":"number","minimum":0.0001,"maximum":0.5,"default":0.01},"pass-alpha":{"description":"Wrong-pass budget: the chance that a stage passes although a metric is at least its `tolerance` worse, in (0, 0.5]. Not split across metrics (a pass needs every metric's evidence).","type":"number","exclusiveMinimum":0,"maximum":0.5,"default":0.01},"metrics":{"description":"What is judged (1–10 metrics); default: `[{ error-rate: { max: 1%, vs-baseline: true } }]`.","type":"array","minItems":1,"maxItems":10,"items":{"$ref":"#/definitions/metric"}},"on-inconclusive":{"description":"What an inconclusive stage does: `hold` keeps its traffic and waits for a human (a merge still promotes, recorded as a human decision); `rollback` sends all traffic back to stable.","type":"string","enum":["hold","rollback"],"default":"hold"}}},"metric":{"description":"One metric: exactly one of `error-rate`, `latency` or `custom`.","type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"error-rate":{"description":"Share of 5xx responses.","type":"object","additionalProperties":false,"properties":{"max":{"description":"Absolute ceiling, a percentage like `1%`.","type":"string","pattern":"^[0-9]+(\\.[0-9]+)?%$","patternErrorMessage":"write a percentage like 1% or 0.5%"},"vs-baseline":{"description":"Fail when the canary's error rate is significantly above stable's.","type":"boolean","default":true},"tolerance":{"description":"Pass needs evidence that the canary's error rate is below `tolerance` × stable's (a ratio > 1, at most 100).","type":"number","exclusiveMinimum":1,"maximum":100,"default":1.75},"absolute":{"description":"`max` fails the canary on its own, even when stable is above it too (a shared incident). Default: the ceiling fails the canary only when it is also worse than stable.","type":"boolean","default":false},"source":{"description":"Read this metric from another source than the block's `source` (e.g. error rate from `haproxy`, latency from `cloud-monitoring`).","type":"string","enum":["prometheus","cloud-monitoring","haproxy"]}}},"latency":{"description":"Response time.","type":"object","additionalProperties":false,"properties":{"quantile":{"description":"Quantile the `max` ceiling applies to, in (0, 1).","type":"number","exclusiveMinimum":0,"exclusiveMaximum":1,"default":0.95},"max":{"description":"Absolute ceiling for the quantile, a duration like `800ms` (1ms–1h).","$ref":"#/definitions/duration"},"vs-baseline":{"description":"Fail when the canary is significantly slower than stable.","type":"boolean","default":true},"tolerance":{"description":"Pass needs evidence that the canary's share of requests slower than stable's median and p90 is below `tolerance` × stable's (a ratio > 1, at most 100).","type":"number","exclusiveMinimum":1,"maximum":100,"default":1.5},"absolute":{"description":"`max` fails the canary on its own, even when stable is above it too. Default: only when the canary is also slower than stable.","type":"boolean","default":false},"warmup":{"description":"Latency is judged only after the canary has had traffic this long in a stage (cold starts); the cold-start latency is reported on its own line. At most 30m.","default":"60s","$ref":"#/definitions/duration"},"source":{"description":"Read this metric from another source than the block's `source` (e.g. error rate from `haproxy`, latency from `cloud-monitoring`).","type":"string","enum":["prometheus","cloud-monitoring","haproxy"]}}},"custom":{"description":"A Prometheus query with bounds; the placeholders `{{service}}`, `{{revision}}`, `{{backend}}` and `{{window}}` are filled in, any other `{{...}}` is an error.","type":"object","additionalProperties":false,"required":["name","query"],"properties":{"name":{"description":"Name shown in the summary (A-Z a-z 0-9 and _ : -).","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_:-]*$","patternErrorMessage":"start with a letter or _, then A-Z a-z 0-9 and _ : -"},"query":{"description":"The query; its value for the canary is compared with `min` / `max`.","type":"string","minLength":1},"min":{"description":"Lowest acceptable value.","type":"number"},"max":{"description":"Highest acceptable value.","type":"number"},"source":{"description":"Read this metric from another source than the block's `source` (e.g. error rate from `haproxy`, latency from `cloud-monitoring`).","type":"string","enum":["prometheus","cloud-monitoring","haproxy"]}}}}},"cidr":{"description":"A network in CIDR form (`10.0.0.0/8`, `2001:db8::/32`) or one address.","type":"string","pattern":"^[0-9A-Fa-f.:/]+$","patternErrorMessage":"write a CIDR such as 10.0.0.0/8 or 2001:db8::/32"},"envName":{"description":"The name of an environment variable (set it from a secret in the workflow).","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]{0,127}$","patternErrorMessage":"name an environment variable (letters, digits and _), e.g. SLACK_WEBHOOK_URL; never the URL or secret itself"},"notify":{"description":"Notification targets (at most 10).","type":"array","maxItems":10,"items":{"$ref":"#/definitions/notifyTarget"}},"notifyTarget":{"description":"One target: exactly one of `slack` or `webhook`, and the events it gets.","type":"object","additionalProperties":false,"properties":{"slack":{"description":"A Slack incoming webhook; the message uses Block Kit (verdict, service, step, links to the PR and the run).","type":"object","additionalProperties":false,"required":["webhook-url-env"],"properties":{"webhook-url-env":{"description":"Environment variable holding the webhook URL (https://hooks.slack.com/services/…).","$ref":"#/definitions/envName"}}},"webhook":{"description":"A JSON POST signed with HMAC-SHA256 of the body in `X-Canary-Relay-Signature-256: sha256=<hex>`.","type":"object","additionalProperties":false,"required":["url-env","secret-env"],"properties":{"url-env":{"description":"Environment variable holding the URL (http or https).","$ref":"#/definitions/envName"},"secret-env":{"description":"Environment variable holding the HMAC key.","$ref":"#/definitions/envName"}}},"events":{"description":"Events sent to this target (default: all).","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["started","step-passed","failed","rolled-back","promoted","inconclusive","paused"]}}}},"hook":{"description":"An HTTP POST (JSON body, signed like a webhook when `secret-env` is set); a non-2xx answer or a timeout fails the step.","type":"object","additionalProperties":false,"properties":{"url":{"description":"The URL (http or https); or use `url-env`.","type":"string","minLength":1},"url-env":{"description":"Environment variable holding the URL, when it carries a token.","$ref":"#/definitions/envName"},"secret-env":{"description":"Environment variable holding an HMAC key: the body is signed as for webhooks.","$ref":"#/definitions/envName"},"timeout":{"description":"How long to wait for the answer, 1s to 10m.","$ref":"#/definitions/duration","default":"30s"}}}}};const schema12 = {"description":"Google Cloud project ID.","type":"string","pattern":"^[a-z0-9-]+$","patternErrorMessage":"a project ID may contain only a-z 0-9 and -"};const schema13 = {"description":"Cloud Run region, e.g. `us-central1`.","type":"string","pattern":"^[a-z0-9-]+$","patternErrorMessage":"write a region such as us-central1"};const schema14 = {"description":"Google Cloud project number (digits, as a quoted string); used for the deterministic `*.run.app` URLs.","type":"string","pattern":"^[0-9]{1,20}$","patternErrorMessage":"a project number has only digits, e.g. \"123456789012\""};const schema15 = {"description":"A duration like `500ms`, `30s`, `10m`, `1h` or `1h30m`.","type":"string","minLength":1,"pattern":"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$","patternErrorMessage":"write a duration like 500ms, 30s, 10m, 1h or 1h30m"};const schema16 = {"description":"An address `host:port`, `:port`, `ip:port` or `[ipv6]:port`.","type":"string","pattern":"^[A-Za-z0-9.:\\[\\]-]+$","patternErrorMessage":"write host:port, :port or [ipv6]:port"};const schema17 = {"description":"A file path (A-Z a-z 0-9 and - . _ /).","type":"string","pattern":"^[A-Za-z0-9._/-]+$","patternErrorMessage":"a file path may contain only A-Z a-z 0-9 and - . _ /"};const schema25 = {"description":"An HAProxy runtime API: `host:port` or a socket path.","type":"string","pattern":"^[A-Za-z0-9._:/\\[\\]-]+$","patternErrorMessage":"write host:port or /path/to.sock"};const schema30 = {"description":"A network in CIDR form (`10.0.0.0/8`, `2001:db8::/32`) or one address.","type":"string","pattern":"^[0-9A-Fa-f.:/]+$","patternErrorMessage":"write a CIDR such as 10.0.0.0/8 or 2001:db8::/32"};const pattern0 = new RegExp("^x-", "u");const pattern1 = new RegExp("^[a-z0-9-]+$", "u");const pattern3 = new RegExp("^[0-9]{1,20}$", "u");const pattern4 = new RegExp("^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$", "u");const pattern5 = new RegExp("^[A-Za-z0-9._/-]+$", "u");const pattern6 = new RegExp("^[A-Za-z0-9.:\\[\\]-]+$", "u");const pattern11 = new RegExp("^[0-9]+/([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$", "u");const pattern16 = new RegExp("^[A-Za-z0-9._:/\\[\\]-]+$", "u");const pattern21 = new RegExp("^(@system-ca|[A-Za-z0-9._/-]+)$", "u");const pattern22 = new RegExp("^(stdout|stderr|none|[A-Za-z0-9._/:\\[\\]-]+)$", "u");const pattern24 = new RegExp("^[0-9A-Fa-f.:/]+$", "u");const func2 = (function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
});const func3 = Object.prototype.hasOwnProperty;const schema33 = {"description":"One Cloud Run service and how its releases are rolled out.","type":"object","additionalProperties":false,"required":["name","hosts"],"properties":{"name":{"description":"Cloud Run service name: lowercase letters, digits and hyphens, starting with a letter, at most 49 characters.","type":"string","pattern":"^[a-z0-9-]+$","patternErrorMessage":"a service name may contain only a-z 0-9 and -"},"project":{"description":"Google Cloud project ID; default: `defaults.project`.","$ref":"#/definitions/project"},"region":{"description":"Cloud Run region; default: `defaults.region`.","$ref":"#/definitions/region"},"project-number":{"description":"Project number for the deterministic URL; default: `defaults.project-number`.","$ref":"#/definitions/projectNumber"},"hosts":{"description":"Host names HAProxy routes to this service (1–50).","type":"array","minItems":1,"maxItems":50,"items":{"description":"A host name such as `shop.example.com`.","type":"string","pattern":"^[A-Za-z0-9.-]+$","patternErrorMessage":"a hostname may contain only A-Z a-z 0-9 and - ."}},"paths":{"description":"Path prefixes routed to this service (at most 50); omitted: every path of its hosts. The longest matching prefix of all services on a host wins.","type":"array","maxItems":50,"items":{"$ref":"#/definitions/path"}},"image":{"description":"Desired container image (`REGISTRY/PATH[:TAG][@sha256:DIGEST]`); changing it starts a canary. Exactly one of `image` and `revision`.","type":"string","pattern":"^[A-Za-z0-9._/:@-]+$","patternErrorMessage":"an image may contain only a-z 0-9 and - . _ / : @"},"revision":{"description":"Desired existing Cloud Run revision by name. Exactly one of `image` and `revision`.","type":"string","pattern":"^[a-z0-9-]+$","patternErrorMessage":"a revision name may contain only a-z 0-9 and -"},"url":{"description":"The service's URL, `https://SERVICE-HASH-REGION_CODE.a.run.app` or `https://SERVICE-PROJECT_NUMBER.REGION.run.app`; omitted: the deterministic URL from `project-number`.","type":"string"},"routing":{"description":"How requests are pinned to the canary.","type":"object","additionalProperties":false,"properties":{"header":{"description":"Requests carrying this header and value always go to the canary.","type":"object","additionalProperties":false,"required":["name","value"],"properties":{"name":{"description":"Header name (A-Z a-z 0-9 and -), e.g. `X-Canary`; not a hop-by-hop, routing or credential header (`Host`, `Connection`, `Cookie`, `X-Forwarded-For`, ...).","type":"string","pattern":"^[A-Za-z0-9-]+$","patternErrorMessage":"a header name may contain only A-Z a-z 0-9 and -"},"value":{"description":"Header value (A-Z a-z 0-9 and - . _ ~ : / = +).","type":"string","pattern":"^[A-Za-z0-9._~:/=+-]+$","patternErrorMessage":"a header value may contain only A-Z a-z 0-9 and - . _ ~ : / = +"},"allow-from":{"description":"Only clients from these networks (CIDR) may pick the canary with the header; from anywhere else the header is removed before routing and before Cloud Run. The client is the connection source, or behind a `trusted-proxies` proxy the last X-Forwarded-For address. Omitted: anyone may.","type":"array","minItems":1,"items":{"$ref":"#/definitions/cidr"}}}},"sticky-cookie":{"description":"Cookie that keeps a client's bucket across stages (A-Z a-z 0-9 and _ -).","type":"string","pattern":"^[A-Za-z0-9_-]+$","patternErrorMessage":"a cookie name may contain only A-Z a-z 0-9 and _ -"}}},"health":{"description":"Health check HAProxy sends to each revision.","type":"object","additionalProperties":false,"properties":{"path":{"description":"Health check path; must not end in `z` (Cloud Run reserves those).","default":"/health","$ref":"#/definitions/path"},"interval":{"description":"Time between health checks, at most 1h (a down server is checked every 5s or `interval` if shorter).","default":"20s","$ref":"#/definitions/duration"},"timeout":{"description":"How long a check may take, at most 5m; longer than a Cloud Run cold start.","default":"15s","$ref":"#/definitions/duration"},"fall":{"description":"Failed checks in a row before a revision leaves the rotation.","type":"integer","minimum":1,"maximum":100,"default":3},"rise":{"description":"Passed checks in a row before it comes back.","type":"integer","minimum":1,"maximum":100,"default":2},"slowstart":{"description":"After the canary comes up, its concurrent connections ramp up over this time; bucketed requests that would queue go to stable meanwhile. `0s`: off; at most 1h.","default":"30s","$ref":"#/definitions/duration"}}},"steps":{"description":"Canary stages in order (1–20); default: header-only 5m (when `routing.header` is set), then 5%, 25%, 50% for 10m each.","type":"array","minItems":1,"maxItems":20,"items":{"$ref":"#/definitions/step"}},"promote":{"description":"When the canary becomes 100%: `on-merge` (when the PR merges), `gradual` (remaining steps after the merge) or `auto` (as soon as the last step passes).","type":"string","enum":["on-merge","gradual","auto"],"default":"on-merge"},"analysis":{"$ref":"#/definitions/analysis"},"smoke":{"description":"Requests sent to the canary before its first step.","type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"description":"Path requested; must not end in `z`.","$ref":"#/definitions/path"},"requests":{"description":"How many requests (1–1000).","type":"integer","minimum":1,"maximum":1000,"default":20},"expect-status":{"description":"HTTP status every request must return (100–599).","type":"integer","minimum":100,"maximum":599,"default":200}}},"auth":{"description":"How HAProxy authenticates to Cloud Run: `none` (a public service) or `id-token` (a Google ID token for the service URL from `haproxy.token-map`, kept fresh by `canary-relay tokens`).","type":"string","enum":["none","id-token"],"default":"none"},"client-authorization":{"description":"A client's Authorization header: `drop` (never reaches Cloud Run) or `pass-through` (with `auth: id-token` the token then goes in X-Serverless-Authorization). Default: `drop` with `auth: id-token`, else `pass-through`.","type":"string","enum":["drop","pass-through"]},"client-verify":{"description":"Overrides `haproxy.client-verify` for this service's hosts.","type":"string","enum":["required","optional"]},"notify":{"description":"This service's notification targets; replaces the top-level `notify`.","$ref":"#/definitions/notify"},"hooks":{"description":"HTTP calls around each step: `pre-step` before its traffic shifts, `post-step` after its bake passed.","type":"object","additionalProperties":false,"properties":{"pre-step":{"$ref":"#/definitions/hook"},"post-step":{"$ref":"#/definitions/hook"}}}}};const schema37 = {"description":"A URL path starting with `/` (A-Z a-z 0-9 and - . _ ~ /).","type":"string","pattern":"^[A-Za-z0-9._~/-]+$","patternErrorMessage":"a path may contain only A-Z a-z 0-9 and - . _ ~ /"};const pattern31 = new RegExp("^[A-Za-z0-9.-]+$", "u");const pattern32 = new RegExp("^[A-Za-z0-9._~/-]+$", "u");const pattern33 = new RegExp("^[A-Za-z0-9._/:@-]+$", "u");const pattern35 = new RegExp("^[A-Za-z0-9-]+$", "u");const pattern36 = new RegExp("^[A-Za-z0-9._~:/=+-]+$", "u");const pattern38 = new RegExp("^[A-Za-z0-9_-]+$", "u");const schema43 = {"description":"One canary stage: `header-only: true` (first step only) or a `percent`, baked for `bake`.","type":"object","additionalProperties":false,"required":["bake"],"properties":{"header-only":{"description":"Only the header cohort reaches the canary (0%); allowed as the first step only.","type":"boolean"},"percent":{"description":"Canary share of traffic, an integer 1–100, strictly increasing from step to step.","type":"integer","minimum":1,"maximum":100},"bake":{"description":"The stage's minimum time (0s–168h): it passes no earlier, however strong the evidence (a fail stops it at any time).","$ref":"#/definitions/duration"},"max-bake":{"description":"The stage's longest time (default 3 × `bake`): a stage still undecided then is inconclusive and `analysis.on-inconclusive` decides. At least `bake`, at most 24h.","$ref":"#/definitions/duration"},"approval":{"description":"`required`: the rollout stops before this step until a person approves (PR review by someone with write access, label `canary-relay:approve`, or workflow_dispatch `approve`).","type":"string","enum":["required","none"],"default":"none"}}};function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.bake === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bake"},message:"must have required property '"+"bake"+"'",schema:schema43.required,parentSchema:schema43,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(((((key0 === "header-only") || (key0 === "percent")) || (key0 === "bake")) || (key0 === "max-bake")) || (key0 === "approval"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data["header-only"] !== undefined){let data0 = data["header-only"];if(typeof data0 !== "boolean"){const err2 = {instancePath:instancePath+"/header-only",schemaPath:"#/properties/header-only/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema43.properties["header-only"].type,parentSchema:schema43.properties["header-only"],data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.percent !== undefined){let data1 = data.percent;if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){const err3 = {instancePath:instancePath+"/percent",schemaPath:"#/properties/percent/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.properties.percent.type,parentSchema:schema43.properties.percent,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if((typeof data1 == "number") && (isFinite(data1))){if(data1 > 100 || isNaN(data1)){const err4 = {instancePath:instancePath+"/percent",schemaPath:"#/properties/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema43.properties.percent,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data1 < 1 || isNaN(data1)){const err5 = {instancePath:instancePath+"/percent",schemaPath:"#/properties/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema43.properties.percent,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}if(data.bake !== undefined){let data2 = data.bake;if(typeof data2 === "string"){if(func2(data2) < 1){const err6 = {instancePath:instancePath+"/bake",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(!pattern4.test(data2)){const err7 = {instancePath:instancePath+"/bake",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/bake",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data["max-bake"] !== undefined){let data3 = data["max-bake"];if(typeof data3 === "string"){if(func2(data3) < 1){const err9 = {instancePath:instancePath+"/max-bake",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(!pattern4.test(data3)){const err10 = {instancePath:instancePath+"/max-bake",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/max-bake",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data3};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.approval !== undefined){let data4 = data.approval;if(typeof data4 !== "string"){const err12 = {instancePath:instancePath+"/approval",schemaPath:"#/properties/approval/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.approval.type,parentSchema:schema43.properties.approval,data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(!((data4 === "required") || (data4 === "none"))){const err13 = {instancePath:instancePath+"/approval",schemaPath:"#/properties/approval/enum",keyword:"enum",params:{allowedValues: schema43.properties.approval.enum},message:"must be equal to one of the allowed values",schema:schema43.properties.approval.enum,parentSchema:schema43.properties.approval,data:data4};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}validate12.errors = vErrors;return errors === 0;}const schema46 = {"description":"How each stage is judged, canary against stable.","type":"object","additionalProperties":false,"properties":{"source":{"description":"Where metrics come from: `prometheus`, `cloud-monitoring` or `haproxy` (HAProxy runtime counters; no latency).","type":"string","enum":["prometheus","cloud-monitoring","haproxy"],"default":"prometheus"},"prometheus":{"description":"The Prometheus server (required when `source: prometheus`).","type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"description":"Base URL of the Prometheus HTTP API, e.g. `http://prometheus.internal:9090`.","type":"string"}}},"interval":{"description":"Time between metric polls (1s–10m).","default":"30s","$ref":"#/definitions/duration"},"min-requests":{"description":"Requests each side needs before a stage can pass (1–1000000); a bake that ends with fewer is inconclusive. Strong enough evidence fails a canary with fewer.","type":"integer","minimum":1,"maximum":1000000,"default":200},"alpha":{"description":"False-failure budget of the sequential test, 0.0001–0.5, split across metrics.","type":"number","minimum":0.0001,"maximum":0.5,"default":0.01},"pass-alpha":{"description":"Wrong-pass budget: the chance that a stage passes although a metric is at least its `tolerance` worse, in (0, 0.5]. Not split across metrics (a pass needs every metric's evidence).","type":"number","exclusiveMinimum":0,"maximum":0.5,"default":0.01},"metrics":{"description":"What is judged (1–10 metrics); default: `[{ error-rate: { max: 1%, vs-baseline: true } }]`.","type":"array","minItems":1,"maxItems":10,"items":{"$ref":"#/definitions/metric"}},"on-inconclusive":{"description":"What an inconclusive stage does: `hold` keeps its traffic and waits for a human (a merge still promotes, recorded as a human decision); `rollback` sends all traffic back to stable.","type":"string","enum":["hold","rollback"],"default":"hold"}}};const schema48 = {"description":"One metric: exactly one of `error-rate`, `latency` or `custom`.","type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"error-rate":{"description":"Share of 5xx responses.","type":"object","additionalProperties":false,"properties":{"max":{"description":"Absolute ceiling, a percentage like `1%`.","type":"string","pattern":"^[0-9]+(\\.[0-9]+)?%$","patternErrorMessage":"write a percentage like 1% or 0.5%"},"vs-baseline":{"description":"Fail when the canary's error rate is significantly above stable's.","type":"boolean","default":true},"tolerance":{"description":"Pass needs evidence that the canary's error rate is below `tolerance` × stable's (a ratio > 1, at most 100).","type":"number","exclusiveMinimum":1,"maximum":100,"default":1.75},"absolute":{"description":"`max` fails the canary on its own, even when stable is above it too (a shared incident). Default: the ceiling fails the canary only when it is also worse than stable.","type":"boolean","default":false},"source":{"description":"Read this metric from another source than the block's `source` (e.g. error rate from `haproxy`, latency from `cloud-monitoring`).","type":"string","enum":["prometheus","cloud-monitoring","haproxy"]}}},"latency":{"description":"Response time.","type":"object","additionalProperties":false,"properties":{"quantile":{"description":"Quantile the `max` ceiling applies to, in (0, 1).","type":"number","exclusiveMinimum":0,"exclusiveMaximum":1,"default":0.95},"max":{"description":"Absolute ceiling for the quantile, a duration like `800ms` (1ms–1h).","$ref":"#/definitions/duration"},"vs-baseline":{"description":"Fail when the canary is significantly slower than stable.","type":"boolean","default":true},"tolerance":{"description":"Pass needs evidence that the canary's share of requests slower than stable's median and p90 is below `tolerance` × stable's (a ratio > 1, at most 100).","type":"number","exclusiveMinimum":1,"maximum":100,"default":1.5},"absolute":{"description":"`max` fails the canary on its own, even when stable is above it too. Default: only when the canary is also slower than stable.","type":"boolean","default":false},"warmup":{"description":"Latency is judged only after the canary has had traffic this long in a stage (cold starts); the cold-start latency is reported on its own line. At most 30m.","default":"60s","$ref":"#/definitions/duration"},"source":{"description":"Read this metric from another source than the block's `source` (e.g. error rate from `haproxy`, latency from `cloud-monitoring`).","type":"string","enum":["prometheus","cloud-monitoring","haproxy"]}}},"custom":{"description":"A Prometheus query with bounds; the placeholders `{{service}}`, `{{revision}}`, `{{backend}}` and `{{window}}` are filled in, any other `{{...}}` is an error.","type":"object","additionalProperties":false,"required":["name","query"],"properties":{"name":{"description":"Name shown in the summary (A-Z a-z 0-9 and _ : -).","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_:-]*$","patternErrorMessage":"start with a letter or _, then A-Z a-z 0-9 and _ : -"},"query":{"description":"The query; its value for the canary is compared with `min` / `max`.","type":"string","minLength":1},"min":{"description":"Lowest acceptable value.","type":"number"},"max":{"description":"Highest acceptable value.","type":"number"},"source":{"description":"Read this metric from another source than the block's `source` (e.g. error rate from `haproxy`, latency from `cloud-monitoring`).","type":"string","enum":["prometheus","cloud-monitoring","haproxy"]}}}}};const pattern46 = new RegExp("^[0-9]+(\\.[0-9]+)?%$", "u");const pattern49 = new RegExp("^[A-Za-z_][A-Za-z0-9_:-]*$", "u");function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(Object.keys(data).length > 1){const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema48,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(Object.keys(data).length < 1){const err1 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema48,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(((key0 === "error-rate") || (key0 === "latency")) || (key0 === "custom"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data["error-rate"] !== undefined){let data0 = data["error-rate"];if(data0 && typeof data0 == "object" && !Array.isArray(data0)){for(const key1 in data0){if(!(((((key1 === "max") || (key1 === "vs-baseline")) || (key1 === "tolerance")) || (key1 === "absolute")) || (key1 === "source"))){const err3 = {instancePath:instancePath+"/error-rate",schemaPath:"#/properties/error-rate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties["error-rate"],data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data0.max !== undefined){let data1 = data0.max;if(typeof data1 === "string"){if(!pattern46.test(data1)){const err4 = {instancePath:instancePath+"/error-rate/max",schemaPath:"#/properties/error-rate/properties/max/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?%$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?%$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?%$",parentSchema:schema48.properties["error-rate"].properties.max,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/error-rate/max",schemaPath:"#/properties/error-rate/properties/max/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties["error-rate"].properties.max.type,parentSchema:schema48.properties["error-rate"].properties.max,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data0["vs-baseline"] !== undefined){let data2 = data0["vs-baseline"];if(typeof data2 !== "boolean"){const err6 = {instancePath:instancePath+"/error-rate/vs-baseline",schemaPath:"#/properties/error-rate/properties/vs-baseline/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.properties["error-rate"].properties["vs-baseline"].type,parentSchema:schema48.properties["error-rate"].properties["vs-baseline"],data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data0.tolerance !== undefined){let data3 = data0.tolerance;if((typeof data3 == "number") && (isFinite(data3))){if(data3 > 100 || isNaN(data3)){const err7 = {instancePath:instancePath+"/error-rate/tolerance",schemaPath:"#/properties/error-rate/properties/tolerance/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema48.properties["error-rate"].properties.tolerance,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data3 <= 1 || isNaN(data3)){const err8 = {instancePath:instancePath+"/error-rate/tolerance",schemaPath:"#/properties/error-rate/properties/tolerance/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 1},message:"must be > 1",schema:1,parentSchema:schema48.properties["error-rate"].properties.tolerance,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/error-rate/tolerance",schemaPath:"#/properties/error-rate/properties/tolerance/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema48.properties["error-rate"].properties.tolerance.type,parentSchema:schema48.properties["error-rate"].properties.tolerance,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data0.absolute !== undefined){let data4 = data0.absolute;if(typeof data4 !== "boolean"){const err10 = {instancePath:instancePath+"/error-rate/absolute",schemaPath:"#/properties/error-rate/properties/absolute/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.properties["error-rate"].properties.absolute.type,parentSchema:schema48.properties["error-rate"].properties.absolute,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data0.source !== undefined){let data5 = data0.source;if(typeof data5 !== "string"){const err11 = {instancePath:instancePath+"/error-rate/source",schemaPath:"#/properties/error-rate/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties["error-rate"].properties.source.type,parentSchema:schema48.properties["error-rate"].properties.source,data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(!(((data5 === "prometheus") || (data5 === "cloud-monitoring")) || (data5 === "haproxy"))){const err12 = {instancePath:instancePath+"/error-rate/source",schemaPath:"#/properties/error-rate/properties/source/enum",keyword:"enum",params:{allowedValues: schema48.properties["error-rate"].properties.source.enum},message:"must be equal to one of the allowed values",schema:schema48.properties["error-rate"].properties.source.enum,parentSchema:schema48.properties["error-rate"].properties.source,data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/error-rate",schemaPath:"#/properties/error-rate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties["error-rate"].type,parentSchema:schema48.properties["error-rate"],data:data0};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.latency !== undefined){let data6 = data.latency;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key2 in data6){if(!(((((((key2 === "quantile") || (key2 === "max")) || (key2 === "vs-baseline")) || (key2 === "tolerance")) || (key2 === "absolute")) || (key2 === "warmup")) || (key2 === "source"))){const err14 = {instancePath:instancePath+"/latency",schemaPath:"#/properties/latency/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.latency,data:data6};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data6.quantile !== undefined){let data7 = data6.quantile;if((typeof data7 == "number") && (isFinite(data7))){if(data7 >= 1 || isNaN(data7)){const err15 = {instancePath:instancePath+"/latency/quantile",schemaPath:"#/properties/latency/properties/quantile/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1",schema:1,parentSchema:schema48.properties.latency.properties.quantile,data:data7};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(data7 <= 0 || isNaN(data7)){const err16 = {instancePath:instancePath+"/latency/quantile",schemaPath:"#/properties/latency/properties/quantile/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema48.properties.latency.properties.quantile,data:data7};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/latency/quantile",schemaPath:"#/properties/latency/properties/quantile/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema48.properties.latency.properties.quantile.type,parentSchema:schema48.properties.latency.properties.quantile,data:data7};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data6.max !== undefined){let data8 = data6.max;if(typeof data8 === "string"){if(func2(data8) < 1){const err18 = {instancePath:instancePath+"/latency/max",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data8};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(!pattern4.test(data8)){const err19 = {instancePath:instancePath+"/latency/max",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data8};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/latency/max",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data8};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data6["vs-baseline"] !== undefined){let data9 = data6["vs-baseline"];if(typeof data9 !== "boolean"){const err21 = {instancePath:instancePath+"/latency/vs-baseline",schemaPath:"#/properties/latency/properties/vs-baseline/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.properties.latency.properties["vs-baseline"].type,parentSchema:schema48.properties.latency.properties["vs-baseline"],data:data9};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data6.tolerance !== undefined){let data10 = data6.tolerance;if((typeof data10 == "number") && (isFinite(data10))){if(data10 > 100 || isNaN(data10)){const err22 = {instancePath:instancePath+"/latency/tolerance",schemaPath:"#/properties/latency/properties/tolerance/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema48.properties.latency.properties.tolerance,data:data10};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(data10 <= 1 || isNaN(data10)){const err23 = {instancePath:instancePath+"/latency/tolerance",schemaPath:"#/properties/latency/properties/tolerance/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 1},message:"must be > 1",schema:1,parentSchema:schema48.properties.latency.properties.tolerance,data:data10};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/latency/tolerance",schemaPath:"#/properties/latency/properties/tolerance/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema48.properties.latency.properties.tolerance.type,parentSchema:schema48.properties.latency.properties.tolerance,data:data10};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data6.absolute !== undefined){let data11 = data6.absolute;if(typeof data11 !== "boolean"){const err25 = {instancePath:instancePath+"/latency/absolute",schemaPath:"#/properties/latency/properties/absolute/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.properties.latency.properties.absolute.type,parentSchema:schema48.properties.latency.properties.absolute,data:data11};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data6.warmup !== undefined){let data12 = data6.warmup;if(typeof data12 === "string"){if(func2(data12) < 1){const err26 = {instancePath:instancePath+"/latency/warmup",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data12};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(!pattern4.test(data12)){const err27 = {instancePath:instancePath+"/latency/warmup",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data12};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}else {const err28 = {instancePath:instancePath+"/latency/warmup",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data12};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data6.source !== undefined){let data13 = data6.source;if(typeof data13 !== "string"){const err29 = {instancePath:instancePath+"/latency/source",schemaPath:"#/properties/latency/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.latency.properties.source.type,parentSchema:schema48.properties.latency.properties.source,data:data13};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(!(((data13 === "prometheus") || (data13 === "cloud-monitoring")) || (data13 === "haproxy"))){const err30 = {instancePath:instancePath+"/latency/source",schemaPath:"#/properties/latency/properties/source/enum",keyword:"enum",params:{allowedValues: schema48.properties.latency.properties.source.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.latency.properties.source.enum,parentSchema:schema48.properties.latency.properties.source,data:data13};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath:instancePath+"/latency",schemaPath:"#/properties/latency/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.latency.type,parentSchema:schema48.properties.latency,data:data6};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data.custom !== undefined){let data14 = data.custom;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){if(data14.name === undefined){const err32 = {instancePath:instancePath+"/custom",schemaPath:"#/properties/custom/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema48.properties.custom.required,parentSchema:schema48.properties.custom,data:data14};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}if(data14.query === undefined){const err33 = {instancePath:instancePath+"/custom",schemaPath:"#/properties/custom/required",keyword:"required",params:{missingProperty: "query"},message:"must have required property '"+"query"+"'",schema:schema48.properties.custom.required,parentSchema:schema48.properties.custom,data:data14};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}for(const key3 in data14){if(!(((((key3 === "name") || (key3 === "query")) || (key3 === "min")) || (key3 === "max")) || (key3 === "source"))){const err34 = {instancePath:instancePath+"/custom",schemaPath:"#/properties/custom/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.custom,data:data14};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data14.name !== undefined){let data15 = data14.name;if(typeof data15 === "string"){if(!pattern49.test(data15)){const err35 = {instancePath:instancePath+"/custom/name",schemaPath:"#/properties/custom/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_:-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_:-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_:-]*$",parentSchema:schema48.properties.custom.properties.name,data:data15};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}else {const err36 = {instancePath:instancePath+"/custom/name",schemaPath:"#/properties/custom/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.custom.properties.name.type,parentSchema:schema48.properties.custom.properties.name,data:data15};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data14.query !== undefined){let data16 = data14.query;if(typeof data16 === "string"){if(func2(data16) < 1){const err37 = {instancePath:instancePath+"/custom/query",schemaPath:"#/properties/custom/properties/query/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.custom.properties.query,data:data16};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}else {const err38 = {instancePath:instancePath+"/custom/query",schemaPath:"#/properties/custom/properties/query/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.custom.properties.query.type,parentSchema:schema48.properties.custom.properties.query,data:data16};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data14.min !== undefined){let data17 = data14.min;if(!((typeof data17 == "number") && (isFinite(data17)))){const err39 = {instancePath:instancePath+"/custom/min",schemaPath:"#/properties/custom/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema48.properties.custom.properties.min.type,parentSchema:schema48.properties.custom.properties.min,data:data17};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data14.max !== undefined){let data18 = data14.max;if(!((typeof data18 == "number") && (isFinite(data18)))){const err40 = {instancePath:instancePath+"/custom/max",schemaPath:"#/properties/custom/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema48.properties.custom.properties.max.type,parentSchema:schema48.properties.custom.properties.max,data:data18};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data14.source !== undefined){let data19 = data14.source;if(typeof data19 !== "string"){const err41 = {instancePath:instancePath+"/custom/source",schemaPath:"#/properties/custom/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.custom.properties.source.type,parentSchema:schema48.properties.custom.properties.source,data:data19};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(!(((data19 === "prometheus") || (data19 === "cloud-monitoring")) || (data19 === "haproxy"))){const err42 = {instancePath:instancePath+"/custom/source",schemaPath:"#/properties/custom/properties/source/enum",keyword:"enum",params:{allowedValues: schema48.properties.custom.properties.source.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.custom.properties.source.enum,parentSchema:schema48.properties.custom.properties.source,data:data19};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}else {const err43 = {instancePath:instancePath+"/custom",schemaPath:"#/properties/custom/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.custom.type,parentSchema:schema48.properties.custom,data:data14};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}else {const err44 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}validate15.errors = vErrors;return errors === 0;}function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((((((key0 === "source") || (key0 === "prometheus")) || (key0 === "interval")) || (key0 === "min-requests")) || (key0 === "alpha")) || (key0 === "pass-alpha")) || (key0 === "metrics")) || (key0 === "on-inconclusive"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.source !== undefined){let data0 = data.source;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.source.type,parentSchema:schema46.properties.source,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(!(((data0 === "prometheus") || (data0 === "cloud-monitoring")) || (data0 === "haproxy"))){const err2 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/enum",keyword:"enum",params:{allowedValues: schema46.properties.source.enum},message:"must be equal to one of the allowed values",schema:schema46.properties.source.enum,parentSchema:schema46.properties.source,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.prometheus !== undefined){let data1 = data.prometheus;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.url === undefined){const err3 = {instancePath:instancePath+"/prometheus",schemaPath:"#/properties/prometheus/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema46.properties.prometheus.required,parentSchema:schema46.properties.prometheus,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key1 in data1){if(!(key1 === "url")){const err4 = {instancePath:instancePath+"/prometheus",schemaPath:"#/properties/prometheus/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema46.properties.prometheus,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data1.url !== undefined){let data2 = data1.url;if(typeof data2 !== "string"){const err5 = {instancePath:instancePath+"/prometheus/url",schemaPath:"#/properties/prometheus/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.prometheus.properties.url.type,parentSchema:schema46.properties.prometheus.properties.url,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/prometheus",schemaPath:"#/properties/prometheus/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.properties.prometheus.type,parentSchema:schema46.properties.prometheus,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.interval !== undefined){let data3 = data.interval;if(typeof data3 === "string"){if(func2(data3) < 1){const err7 = {instancePath:instancePath+"/interval",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(!pattern4.test(data3)){const err8 = {instancePath:instancePath+"/interval",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/interval",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data["min-requests"] !== undefined){let data4 = data["min-requests"];if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){const err10 = {instancePath:instancePath+"/min-requests",schemaPath:"#/properties/min-requests/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema46.properties["min-requests"].type,parentSchema:schema46.properties["min-requests"],data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if((typeof data4 == "number") && (isFinite(data4))){if(data4 > 1000000 || isNaN(data4)){const err11 = {instancePath:instancePath+"/min-requests",schemaPath:"#/properties/min-requests/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema46.properties["min-requests"],data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data4 < 1 || isNaN(data4)){const err12 = {instancePath:instancePath+"/min-requests",schemaPath:"#/properties/min-requests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema46.properties["min-requests"],data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}if(data.alpha !== undefined){let data5 = data.alpha;if((typeof data5 == "number") && (isFinite(data5))){if(data5 > 0.5 || isNaN(data5)){const err13 = {instancePath:instancePath+"/alpha",schemaPath:"#/properties/alpha/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0.5},message:"must be <= 0.5",schema:0.5,parentSchema:schema46.properties.alpha,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(data5 < 0.0001 || isNaN(data5)){const err14 = {instancePath:instancePath+"/alpha",schemaPath:"#/properties/alpha/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0.0001},message:"must be >= 0.0001",schema:0.0001,parentSchema:schema46.properties.alpha,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/alpha",schemaPath:"#/properties/alpha/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema46.properties.alpha.type,parentSchema:schema46.properties.alpha,data:data5};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data["pass-alpha"] !== undefined){let data6 = data["pass-alpha"];if((typeof data6 == "number") && (isFinite(data6))){if(data6 > 0.5 || isNaN(data6)){const err16 = {instancePath:instancePath+"/pass-alpha",schemaPath:"#/properties/pass-alpha/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0.5},message:"must be <= 0.5",schema:0.5,parentSchema:schema46.properties["pass-alpha"],data:data6};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data6 <= 0 || isNaN(data6)){const err17 = {instancePath:instancePath+"/pass-alpha",schemaPath:"#/properties/pass-alpha/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema46.properties["pass-alpha"],data:data6};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/pass-alpha",schemaPath:"#/properties/pass-alpha/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema46.properties["pass-alpha"].type,parentSchema:schema46.properties["pass-alpha"],data:data6};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.metrics !== undefined){let data7 = data.metrics;if(Array.isArray(data7)){if(data7.length > 10){const err19 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema46.properties.metrics,data:data7};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(data7.length < 1){const err20 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema46.properties.metrics,data:data7};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}const len0 = data7.length;for(let i0=0; i0<len0; i0++){if(!(validate15(data7[i0], {instancePath:instancePath+"/metrics/" + i0,parentData:data7,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);errors = vErrors.length;}}}else {const err21 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties.metrics.type,parentSchema:schema46.properties.metrics,data:data7};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data["on-inconclusive"] !== undefined){let data9 = data["on-inconclusive"];if(typeof data9 !== "string"){const err22 = {instancePath:instancePath+"/on-inconclusive",schemaPath:"#/properties/on-inconclusive/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties["on-inconclusive"].type,parentSchema:schema46.properties["on-inconclusive"],data:data9};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(!((data9 === "hold") || (data9 === "rollback"))){const err23 = {instancePath:instancePath+"/on-inconclusive",schemaPath:"#/properties/on-inconclusive/enum",keyword:"enum",params:{allowedValues: schema46.properties["on-inconclusive"].enum},message:"must be equal to one of the allowed values",schema:schema46.properties["on-inconclusive"].enum,parentSchema:schema46.properties["on-inconclusive"],data:data9};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}validate14.errors = vErrors;return errors === 0;}const schema52 = {"description":"Notification targets (at most 10).","type":"array","maxItems":10,"items":{"$ref":"#/definitions/notifyTarget"}};const schema53 = {"description":"One target: exactly one of `slack` or `webhook`, and the events it gets.","type":"object","additionalProperties":false,"properties":{"slack":{"description":"A Slack incoming webhook; the message uses Block Kit (verdict, service, step, links to the PR and the run).","type":"object","additionalProperties":false,"required":["webhook-url-env"],"properties":{"webhook-url-env":{"description":"Environment variable holding the webhook URL (https://hooks.slack.com/services/…).","$ref":"#/definitions/envName"}}},"webhook":{"description":"A JSON POST signed with HMAC-SHA256 of the body in `X-Canary-Relay-Signature-256: sha256=<hex>`.","type":"object","additionalProperties":false,"required":["url-env","secret-env"],"properties":{"url-env":{"description":"Environment variable holding the URL (http or https).","$ref":"#/definitions/envName"},"secret-env":{"description":"Environment variable holding the HMAC key.","$ref":"#/definitions/envName"}}},"events":{"description":"Events sent to this target (default: all).","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["started","step-passed","failed","rolled-back","promoted","inconclusive","paused"]}}}};const schema54 = {"description":"The name of an environment variable (set it from a secret in the workflow).","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]{0,127}$","patternErrorMessage":"name an environment variable (letters, digits and _), e.g. SLACK_WEBHOOK_URL; never the URL or secret itself"};const pattern51 = new RegExp("^[A-Za-z_][A-Za-z0-9_]{0,127}$", "u");function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((key0 === "slack") || (key0 === "webhook")) || (key0 === "events"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.slack !== undefined){let data0 = data.slack;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0["webhook-url-env"] === undefined){const err1 = {instancePath:instancePath+"/slack",schemaPath:"#/properties/slack/required",keyword:"required",params:{missingProperty: "webhook-url-env"},message:"must have required property '"+"webhook-url-env"+"'",schema:schema53.properties.slack.required,parentSchema:schema53.properties.slack,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key1 in data0){if(!(key1 === "webhook-url-env")){const err2 = {instancePath:instancePath+"/slack",schemaPath:"#/properties/slack/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema53.properties.slack,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data0["webhook-url-env"] !== undefined){let data1 = data0["webhook-url-env"];if(typeof data1 === "string"){if(!pattern51.test(data1)){const err3 = {instancePath:instancePath+"/slack/webhook-url-env",schemaPath:"#/definitions/envName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]{0,127}$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]{0,127}$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]{0,127}$",parentSchema:schema54,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/slack/webhook-url-env",schemaPath:"#/definitions/envName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.type,parentSchema:schema54,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath:instancePath+"/slack",schemaPath:"#/properties/slack/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.properties.slack.type,parentSchema:schema53.properties.slack,data:data0};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.webhook !== undefined){let data2 = data.webhook;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2["url-env"] === undefined){const err6 = {instancePath:instancePath+"/webhook",schemaPath:"#/properties/webhook/required",keyword:"required",params:{missingProperty: "url-env"},message:"must have required property '"+"url-env"+"'",schema:schema53.properties.webhook.required,parentSchema:schema53.properties.webhook,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data2["secret-env"] === undefined){const err7 = {instancePath:instancePath+"/webhook",schemaPath:"#/properties/webhook/required",keyword:"required",params:{missingProperty: "secret-env"},message:"must have required property '"+"secret-env"+"'",schema:schema53.properties.webhook.required,parentSchema:schema53.properties.webhook,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}for(const key2 in data2){if(!((key2 === "url-env") || (key2 === "secret-env"))){const err8 = {instancePath:instancePath+"/webhook",schemaPath:"#/properties/webhook/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema53.properties.webhook,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data2["url-env"] !== undefined){let data3 = data2["url-env"];if(typeof data3 === "string"){if(!pattern51.test(data3)){const err9 = {instancePath:instancePath+"/webhook/url-env",schemaPath:"#/definitions/envName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]{0,127}$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]{0,127}$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]{0,127}$",parentSchema:schema54,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/webhook/url-env",schemaPath:"#/definitions/envName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.type,parentSchema:schema54,data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data2["secret-env"] !== undefined){let data4 = data2["secret-env"];if(typeof data4 === "string"){if(!pattern51.test(data4)){const err11 = {instancePath:instancePath+"/webhook/secret-env",schemaPath:"#/definitions/envName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]{0,127}$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]{0,127}$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]{0,127}$",parentSchema:schema54,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/webhook/secret-env",schemaPath:"#/definitions/envName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.type,parentSchema:schema54,data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/webhook",schemaPath:"#/properties/webhook/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.properties.webhook.type,parentSchema:schema53.properties.webhook,data:data2};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.events !== undefined){let data5 = data.events;if(Array.isArray(data5)){if(data5.length < 1){const err14 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema53.properties.events,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}const len0 = data5.length;for(let i0=0; i0<len0; i0++){let data6 = data5[i0];if(typeof data6 !== "string"){const err15 = {instancePath:instancePath+"/events/" + i0,schemaPath:"#/properties/events/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.events.items.type,parentSchema:schema53.properties.events.items,data:data6};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(!(((((((data6 === "started") || (data6 === "step-passed")) || (data6 === "failed")) || (data6 === "rolled-back")) || (data6 === "promoted")) || (data6 === "inconclusive")) || (data6 === "paused"))){const err16 = {instancePath:instancePath+"/events/" + i0,schemaPath:"#/properties/events/items/enum",keyword:"enum",params:{allowedValues: schema53.properties.events.items.enum},message:"must be equal to one of the allowed values",schema:schema53.properties.events.items.enum,parentSchema:schema53.properties.events.items,data:data6};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}let i1 = data5.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data5[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err17 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema53.properties.events,data:data5};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;break;}indices0[item0] = i1;}}}else {const err18 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.properties.events.type,parentSchema:schema53.properties.events,data:data5};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}validate19.errors = vErrors;return errors === 0;}function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(Array.isArray(data)){if(data.length > 10){const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema52,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}const len0 = data.length;for(let i0=0; i0<len0; i0++){if(!(validate19(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);errors = vErrors.length;}}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema52.type,parentSchema:schema52,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate18.errors = vErrors;return errors === 0;}const schema57 = {"description":"An HTTP POST (JSON body, signed like a webhook when `secret-env` is set); a non-2xx answer or a timeout fails the step.","type":"object","additionalProperties":false,"properties":{"url":{"description":"The URL (http or https); or use `url-env`.","type":"string","minLength":1},"url-env":{"description":"Environment variable holding the URL, when it carries a token.","$ref":"#/definitions/envName"},"secret-env":{"description":"Environment variable holding an HMAC key: the body is signed as for webhooks.","$ref":"#/definitions/envName"},"timeout":{"description":"How long to wait for the answer, 1s to 10m.","$ref":"#/definitions/duration","default":"30s"}}};function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((key0 === "url") || (key0 === "url-env")) || (key0 === "secret-env")) || (key0 === "timeout"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.url !== undefined){let data0 = data.url;if(typeof data0 === "string"){if(func2(data0) < 1){const err1 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.url,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.url.type,parentSchema:schema57.properties.url,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data["url-env"] !== undefined){let data1 = data["url-env"];if(typeof data1 === "string"){if(!pattern51.test(data1)){const err3 = {instancePath:instancePath+"/url-env",schemaPath:"#/definitions/envName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]{0,127}$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]{0,127}$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]{0,127}$",parentSchema:schema54,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/url-env",schemaPath:"#/definitions/envName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.type,parentSchema:schema54,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data["secret-env"] !== undefined){let data2 = data["secret-env"];if(typeof data2 === "string"){if(!pattern51.test(data2)){const err5 = {instancePath:instancePath+"/secret-env",schemaPath:"#/definitions/envName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]{0,127}$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]{0,127}$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]{0,127}$",parentSchema:schema54,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/secret-env",schemaPath:"#/definitions/envName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.type,parentSchema:schema54,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.timeout !== undefined){let data3 = data.timeout;if(typeof data3 === "string"){if(func2(data3) < 1){const err7 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(!pattern4.test(data3)){const err8 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}validate22.errors = vErrors;return errors === 0;}function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema33.required,parentSchema:schema33,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.hosts === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hosts"},message:"must have required property '"+"hosts"+"'",schema:schema33.required,parentSchema:schema33,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(func3.call(schema33.properties, key0))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.name !== undefined){let data0 = data.name;if(typeof data0 === "string"){if(!pattern1.test(data0)){const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+$"+"\"",schema:"^[a-z0-9-]+$",parentSchema:schema33.properties.name,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.name.type,parentSchema:schema33.properties.name,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.project !== undefined){let data1 = data.project;if(typeof data1 === "string"){if(!pattern1.test(data1)){const err5 = {instancePath:instancePath+"/project",schemaPath:"#/definitions/project/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+$"+"\"",schema:"^[a-z0-9-]+$",parentSchema:schema12,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/project",schemaPath:"#/definitions/project/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.region !== undefined){let data2 = data.region;if(typeof data2 === "string"){if(!pattern1.test(data2)){const err7 = {instancePath:instancePath+"/region",schemaPath:"#/definitions/region/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+$"+"\"",schema:"^[a-z0-9-]+$",parentSchema:schema13,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/region",schemaPath:"#/definitions/region/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data["project-number"] !== undefined){let data3 = data["project-number"];if(typeof data3 === "string"){if(!pattern3.test(data3)){const err9 = {instancePath:instancePath+"/project-number",schemaPath:"#/definitions/projectNumber/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,20}$"},message:"must match pattern \""+"^[0-9]{1,20}$"+"\"",schema:"^[0-9]{1,20}$",parentSchema:schema14,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/project-number",schemaPath:"#/definitions/projectNumber/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.hosts !== undefined){let data4 = data.hosts;if(Array.isArray(data4)){if(data4.length > 50){const err11 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema33.properties.hosts,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data4.length < 1){const err12 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema33.properties.hosts,data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}const len0 = data4.length;for(let i0=0; i0<len0; i0++){let data5 = data4[i0];if(typeof data5 === "string"){if(!pattern31.test(data5)){const err13 = {instancePath:instancePath+"/hosts/" + i0,schemaPath:"#/properties/hosts/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9.-]+$"+"\"",schema:"^[A-Za-z0-9.-]+$",parentSchema:schema33.properties.hosts.items,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/hosts/" + i0,schemaPath:"#/properties/hosts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.hosts.items.type,parentSchema:schema33.properties.hosts.items,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.hosts.type,parentSchema:schema33.properties.hosts,data:data4};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.paths !== undefined){let data6 = data.paths;if(Array.isArray(data6)){if(data6.length > 50){const err16 = {instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema33.properties.paths,data:data6};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}const len1 = data6.length;for(let i1=0; i1<len1; i1++){let data7 = data6[i1];if(typeof data7 === "string"){if(!pattern32.test(data7)){const err17 = {instancePath:instancePath+"/paths/" + i1,schemaPath:"#/definitions/path/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._~/-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._~/-]+$"+"\"",schema:"^[A-Za-z0-9._~/-]+$",parentSchema:schema37,data:data7};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/paths/" + i1,schemaPath:"#/definitions/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data7};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.paths.type,parentSchema:schema33.properties.paths,data:data6};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.image !== undefined){let data8 = data.image;if(typeof data8 === "string"){if(!pattern33.test(data8)){const err20 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._/:@-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._/:@-]+$"+"\"",schema:"^[A-Za-z0-9._/:@-]+$",parentSchema:schema33.properties.image,data:data8};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.image.type,parentSchema:schema33.properties.image,data:data8};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.revision !== undefined){let data9 = data.revision;if(typeof data9 === "string"){if(!pattern1.test(data9)){const err22 = {instancePath:instancePath+"/revision",schemaPath:"#/properties/revision/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+$"+"\"",schema:"^[a-z0-9-]+$",parentSchema:schema33.properties.revision,data:data9};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/revision",schemaPath:"#/properties/revision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.revision.type,parentSchema:schema33.properties.revision,data:data9};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.url !== undefined){let data10 = data.url;if(typeof data10 !== "string"){const err24 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.url.type,parentSchema:schema33.properties.url,data:data10};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.routing !== undefined){let data11 = data.routing;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key1 in data11){if(!((key1 === "header") || (key1 === "sticky-cookie"))){const err25 = {instancePath:instancePath+"/routing",schemaPath:"#/properties/routing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema33.properties.routing,data:data11};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data11.header !== undefined){let data12 = data11.header;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){if(data12.name === undefined){const err26 = {instancePath:instancePath+"/routing/header",schemaPath:"#/properties/routing/properties/header/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema33.properties.routing.properties.header.required,parentSchema:schema33.properties.routing.properties.header,data:data12};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data12.value === undefined){const err27 = {instancePath:instancePath+"/routing/header",schemaPath:"#/properties/routing/properties/header/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema33.properties.routing.properties.header.required,parentSchema:schema33.properties.routing.properties.header,data:data12};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}for(const key2 in data12){if(!(((key2 === "name") || (key2 === "value")) || (key2 === "allow-from"))){const err28 = {instancePath:instancePath+"/routing/header",schemaPath:"#/properties/routing/properties/header/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema33.properties.routing.properties.header,data:data12};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data12.name !== undefined){let data13 = data12.name;if(typeof data13 === "string"){if(!pattern35.test(data13)){const err29 = {instancePath:instancePath+"/routing/header/name",schemaPath:"#/properties/routing/properties/header/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9-]+$"},message:"must match pattern \""+"^[A-Za-z0-9-]+$"+"\"",schema:"^[A-Za-z0-9-]+$",parentSchema:schema33.properties.routing.properties.header.properties.name,data:data13};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}else {const err30 = {instancePath:instancePath+"/routing/header/name",schemaPath:"#/properties/routing/properties/header/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.routing.properties.header.properties.name.type,parentSchema:schema33.properties.routing.properties.header.properties.name,data:data13};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data12.value !== undefined){let data14 = data12.value;if(typeof data14 === "string"){if(!pattern36.test(data14)){const err31 = {instancePath:instancePath+"/routing/header/value",schemaPath:"#/properties/routing/properties/header/properties/value/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._~:/=+-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._~:/=+-]+$"+"\"",schema:"^[A-Za-z0-9._~:/=+-]+$",parentSchema:schema33.properties.routing.properties.header.properties.value,data:data14};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}else {const err32 = {instancePath:instancePath+"/routing/header/value",schemaPath:"#/properties/routing/properties/header/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.routing.properties.header.properties.value.type,parentSchema:schema33.properties.routing.properties.header.properties.value,data:data14};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data12["allow-from"] !== undefined){let data15 = data12["allow-from"];if(Array.isArray(data15)){if(data15.length < 1){const err33 = {instancePath:instancePath+"/routing/header/allow-from",schemaPath:"#/properties/routing/properties/header/properties/allow-from/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema33.properties.routing.properties.header.properties["allow-from"],data:data15};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}const len2 = data15.length;for(let i2=0; i2<len2; i2++){let data16 = data15[i2];if(typeof data16 === "string"){if(!pattern24.test(data16)){const err34 = {instancePath:instancePath+"/routing/header/allow-from/" + i2,schemaPath:"#/definitions/cidr/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f.:/]+$"},message:"must match pattern \""+"^[0-9A-Fa-f.:/]+$"+"\"",schema:"^[0-9A-Fa-f.:/]+$",parentSchema:schema30,data:data16};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}else {const err35 = {instancePath:instancePath+"/routing/header/allow-from/" + i2,schemaPath:"#/definitions/cidr/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data16};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}else {const err36 = {instancePath:instancePath+"/routing/header/allow-from",schemaPath:"#/properties/routing/properties/header/properties/allow-from/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.routing.properties.header.properties["allow-from"].type,parentSchema:schema33.properties.routing.properties.header.properties["allow-from"],data:data15};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}else {const err37 = {instancePath:instancePath+"/routing/header",schemaPath:"#/properties/routing/properties/header/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.routing.properties.header.type,parentSchema:schema33.properties.routing.properties.header,data:data12};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data11["sticky-cookie"] !== undefined){let data17 = data11["sticky-cookie"];if(typeof data17 === "string"){if(!pattern38.test(data17)){const err38 = {instancePath:instancePath+"/routing/sticky-cookie",schemaPath:"#/properties/routing/properties/sticky-cookie/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+$"+"\"",schema:"^[A-Za-z0-9_-]+$",parentSchema:schema33.properties.routing.properties["sticky-cookie"],data:data17};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}else {const err39 = {instancePath:instancePath+"/routing/sticky-cookie",schemaPath:"#/properties/routing/properties/sticky-cookie/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.routing.properties["sticky-cookie"].type,parentSchema:schema33.properties.routing.properties["sticky-cookie"],data:data17};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}}else {const err40 = {instancePath:instancePath+"/routing",schemaPath:"#/properties/routing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.routing.type,parentSchema:schema33.properties.routing,data:data11};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data.health !== undefined){let data18 = data.health;if(data18 && typeof data18 == "object" && !Array.isArray(data18)){for(const key3 in data18){if(!((((((key3 === "path") || (key3 === "interval")) || (key3 === "timeout")) || (key3 === "fall")) || (key3 === "rise")) || (key3 === "slowstart"))){const err41 = {instancePath:instancePath+"/health",schemaPath:"#/properties/health/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema33.properties.health,data:data18};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data18.path !== undefined){let data19 = data18.path;if(typeof data19 === "string"){if(!pattern32.test(data19)){const err42 = {instancePath:instancePath+"/health/path",schemaPath:"#/definitions/path/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._~/-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._~/-]+$"+"\"",schema:"^[A-Za-z0-9._~/-]+$",parentSchema:schema37,data:data19};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}else {const err43 = {instancePath:instancePath+"/health/path",schemaPath:"#/definitions/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data19};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data18.interval !== undefined){let data20 = data18.interval;if(typeof data20 === "string"){if(func2(data20) < 1){const err44 = {instancePath:instancePath+"/health/interval",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data20};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if(!pattern4.test(data20)){const err45 = {instancePath:instancePath+"/health/interval",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data20};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}else {const err46 = {instancePath:instancePath+"/health/interval",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data20};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data18.timeout !== undefined){let data21 = data18.timeout;if(typeof data21 === "string"){if(func2(data21) < 1){const err47 = {instancePath:instancePath+"/health/timeout",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data21};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}if(!pattern4.test(data21)){const err48 = {instancePath:instancePath+"/health/timeout",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data21};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}else {const err49 = {instancePath:instancePath+"/health/timeout",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data21};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data18.fall !== undefined){let data22 = data18.fall;if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){const err50 = {instancePath:instancePath+"/health/fall",schemaPath:"#/properties/health/properties/fall/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.properties.health.properties.fall.type,parentSchema:schema33.properties.health.properties.fall,data:data22};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}if((typeof data22 == "number") && (isFinite(data22))){if(data22 > 100 || isNaN(data22)){const err51 = {instancePath:instancePath+"/health/fall",schemaPath:"#/properties/health/properties/fall/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema33.properties.health.properties.fall,data:data22};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}if(data22 < 1 || isNaN(data22)){const err52 = {instancePath:instancePath+"/health/fall",schemaPath:"#/properties/health/properties/fall/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33.properties.health.properties.fall,data:data22};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}if(data18.rise !== undefined){let data23 = data18.rise;if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){const err53 = {instancePath:instancePath+"/health/rise",schemaPath:"#/properties/health/properties/rise/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.properties.health.properties.rise.type,parentSchema:schema33.properties.health.properties.rise,data:data23};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}if((typeof data23 == "number") && (isFinite(data23))){if(data23 > 100 || isNaN(data23)){const err54 = {instancePath:instancePath+"/health/rise",schemaPath:"#/properties/health/properties/rise/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema33.properties.health.properties.rise,data:data23};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}if(data23 < 1 || isNaN(data23)){const err55 = {instancePath:instancePath+"/health/rise",schemaPath:"#/properties/health/properties/rise/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33.properties.health.properties.rise,data:data23};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}}if(data18.slowstart !== undefined){let data24 = data18.slowstart;if(typeof data24 === "string"){if(func2(data24) < 1){const err56 = {instancePath:instancePath+"/health/slowstart",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data24};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}if(!pattern4.test(data24)){const err57 = {instancePath:instancePath+"/health/slowstart",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data24};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}else {const err58 = {instancePath:instancePath+"/health/slowstart",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data24};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}}else {const err59 = {instancePath:instancePath+"/health",schemaPath:"#/properties/health/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.health.type,parentSchema:schema33.properties.health,data:data18};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data.steps !== undefined){let data25 = data.steps;if(Array.isArray(data25)){if(data25.length > 20){const err60 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items",schema:20,parentSchema:schema33.properties.steps,data:data25};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}if(data25.length < 1){const err61 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema33.properties.steps,data:data25};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}const len3 = data25.length;for(let i3=0; i3<len3; i3++){if(!(validate12(data25[i3], {instancePath:instancePath+"/steps/" + i3,parentData:data25,parentDataProperty:i3,rootData}))){vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);errors = vErrors.length;}}}else {const err62 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.steps.type,parentSchema:schema33.properties.steps,data:data25};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data.promote !== undefined){let data27 = data.promote;if(typeof data27 !== "string"){const err63 = {instancePath:instancePath+"/promote",schemaPath:"#/properties/promote/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.promote.type,parentSchema:schema33.properties.promote,data:data27};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}if(!(((data27 === "on-merge") || (data27 === "gradual")) || (data27 === "auto"))){const err64 = {instancePath:instancePath+"/promote",schemaPath:"#/properties/promote/enum",keyword:"enum",params:{allowedValues: schema33.properties.promote.enum},message:"must be equal to one of the allowed values",schema:schema33.properties.promote.enum,parentSchema:schema33.properties.promote,data:data27};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(data.analysis !== undefined){if(!(validate14(data.analysis, {instancePath:instancePath+"/analysis",parentData:data,parentDataProperty:"analysis",rootData}))){vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);errors = vErrors.length;}}if(data.smoke !== undefined){let data29 = data.smoke;if(data29 && typeof data29 == "object" && !Array.isArray(data29)){if(data29.path === undefined){const err65 = {instancePath:instancePath+"/smoke",schemaPath:"#/properties/smoke/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema33.properties.smoke.required,parentSchema:schema33.properties.smoke,data:data29};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}for(const key4 in data29){if(!(((key4 === "path") || (key4 === "requests")) || (key4 === "expect-status"))){const err66 = {instancePath:instancePath+"/smoke",schemaPath:"#/properties/smoke/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema33.properties.smoke,data:data29};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data29.path !== undefined){let data30 = data29.path;if(typeof data30 === "string"){if(!pattern32.test(data30)){const err67 = {instancePath:instancePath+"/smoke/path",schemaPath:"#/definitions/path/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._~/-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._~/-]+$"+"\"",schema:"^[A-Za-z0-9._~/-]+$",parentSchema:schema37,data:data30};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}else {const err68 = {instancePath:instancePath+"/smoke/path",schemaPath:"#/definitions/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data30};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data29.requests !== undefined){let data31 = data29.requests;if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){const err69 = {instancePath:instancePath+"/smoke/requests",schemaPath:"#/properties/smoke/properties/requests/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.properties.smoke.properties.requests.type,parentSchema:schema33.properties.smoke.properties.requests,data:data31};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}if((typeof data31 == "number") && (isFinite(data31))){if(data31 > 1000 || isNaN(data31)){const err70 = {instancePath:instancePath+"/smoke/requests",schemaPath:"#/properties/smoke/properties/requests/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema33.properties.smoke.properties.requests,data:data31};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}if(data31 < 1 || isNaN(data31)){const err71 = {instancePath:instancePath+"/smoke/requests",schemaPath:"#/properties/smoke/properties/requests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33.properties.smoke.properties.requests,data:data31};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}}if(data29["expect-status"] !== undefined){let data32 = data29["expect-status"];if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){const err72 = {instancePath:instancePath+"/smoke/expect-status",schemaPath:"#/properties/smoke/properties/expect-status/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.properties.smoke.properties["expect-status"].type,parentSchema:schema33.properties.smoke.properties["expect-status"],data:data32};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}if((typeof data32 == "number") && (isFinite(data32))){if(data32 > 599 || isNaN(data32)){const err73 = {instancePath:instancePath+"/smoke/expect-status",schemaPath:"#/properties/smoke/properties/expect-status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema33.properties.smoke.properties["expect-status"],data:data32};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}if(data32 < 100 || isNaN(data32)){const err74 = {instancePath:instancePath+"/smoke/expect-status",schemaPath:"#/properties/smoke/properties/expect-status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema33.properties.smoke.properties["expect-status"],data:data32};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}}}else {const err75 = {instancePath:instancePath+"/smoke",schemaPath:"#/properties/smoke/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.smoke.type,parentSchema:schema33.properties.smoke,data:data29};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data.auth !== undefined){let data33 = data.auth;if(typeof data33 !== "string"){const err76 = {instancePath:instancePath+"/auth",schemaPath:"#/properties/auth/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.auth.type,parentSchema:schema33.properties.auth,data:data33};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}if(!((data33 === "none") || (data33 === "id-token"))){const err77 = {instancePath:instancePath+"/auth",schemaPath:"#/properties/auth/enum",keyword:"enum",params:{allowedValues: schema33.properties.auth.enum},message:"must be equal to one of the allowed values",schema:schema33.properties.auth.enum,parentSchema:schema33.properties.auth,data:data33};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data["client-authorization"] !== undefined){let data34 = data["client-authorization"];if(typeof data34 !== "string"){const err78 = {instancePath:instancePath+"/client-authorization",schemaPath:"#/properties/client-authorization/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties["client-authorization"].type,parentSchema:schema33.properties["client-authorization"],data:data34};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}if(!((data34 === "drop") || (data34 === "pass-through"))){const err79 = {instancePath:instancePath+"/client-authorization",schemaPath:"#/properties/client-authorization/enum",keyword:"enum",params:{allowedValues: schema33.properties["client-authorization"].enum},message:"must be equal to one of the allowed values",schema:schema33.properties["client-authorization"].enum,parentSchema:schema33.properties["client-authorization"],data:data34};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data["client-verify"] !== undefined){let data35 = data["client-verify"];if(typeof data35 !== "string"){const err80 = {instancePath:instancePath+"/client-verify",schemaPath:"#/properties/client-verify/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties["client-verify"].type,parentSchema:schema33.properties["client-verify"],data:data35};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}if(!((data35 === "required") || (data35 === "optional"))){const err81 = {instancePath:instancePath+"/client-verify",schemaPath:"#/properties/client-verify/enum",keyword:"enum",params:{allowedValues: schema33.properties["client-verify"].enum},message:"must be equal to one of the allowed values",schema:schema33.properties["client-verify"].enum,parentSchema:schema33.properties["client-verify"],data:data35};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data.notify !== undefined){if(!(validate18(data.notify, {instancePath:instancePath+"/notify",parentData:data,parentDataProperty:"notify",rootData}))){vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);errors = vErrors.length;}}if(data.hooks !== undefined){let data37 = data.hooks;if(data37 && typeof data37 == "object" && !Array.isArray(data37)){for(const key5 in data37){if(!((key5 === "pre-step") || (key5 === "post-step"))){const err82 = {instancePath:instancePath+"/hooks",schemaPath:"#/properties/hooks/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema33.properties.hooks,data:data37};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data37["pre-step"] !== undefined){if(!(validate22(data37["pre-step"], {instancePath:instancePath+"/hooks/pre-step",parentData:data37,parentDataProperty:"pre-step",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data37["post-step"] !== undefined){if(!(validate22(data37["post-step"], {instancePath:instancePath+"/hooks/post-step",parentData:data37,parentDataProperty:"post-step",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}}else {const err83 = {instancePath:instancePath+"/hooks",schemaPath:"#/properties/hooks/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.hooks.type,parentSchema:schema33.properties.hooks,data:data37};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}}else {const err84 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}validate11.errors = vErrors;return errors === 0;}function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://github.com/canary-relay/canary-relay/traffic-policy.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.services === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "services"},message:"must have required property '"+"services"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(((((((key0 === "version") || (key0 === "defaults")) || (key0 === "haproxy")) || (key0 === "split-at")) || (key0 === "services")) || (key0 === "notify")) || (pattern0.test(key0)))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.version !== undefined){let data0 = data.version;if(1 !== data0){const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema11.properties.version,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.defaults !== undefined){let data1 = data.defaults;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){if(!((((key1 === "project") || (key1 === "region")) || (key1 === "project-number")) || (key1 === "operation-timeout"))){const err4 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.defaults,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data1.project !== undefined){let data2 = data1.project;if(typeof data2 === "string"){if(!pattern1.test(data2)){const err5 = {instancePath:instancePath+"/defaults/project",schemaPath:"#/definitions/project/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+$"+"\"",schema:"^[a-z0-9-]+$",parentSchema:schema12,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/defaults/project",schemaPath:"#/definitions/project/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data1.region !== undefined){let data3 = data1.region;if(typeof data3 === "string"){if(!pattern1.test(data3)){const err7 = {instancePath:instancePath+"/defaults/region",schemaPath:"#/definitions/region/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+$"+"\"",schema:"^[a-z0-9-]+$",parentSchema:schema13,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/defaults/region",schemaPath:"#/definitions/region/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data1["project-number"] !== undefined){let data4 = data1["project-number"];if(typeof data4 === "string"){if(!pattern3.test(data4)){const err9 = {instancePath:instancePath+"/defaults/project-number",schemaPath:"#/definitions/projectNumber/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,20}$"},message:"must match pattern \""+"^[0-9]{1,20}$"+"\"",schema:"^[0-9]{1,20}$",parentSchema:schema14,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/defaults/project-number",schemaPath:"#/definitions/projectNumber/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data1["operation-timeout"] !== undefined){let data5 = data1["operation-timeout"];if(typeof data5 === "string"){if(func2(data5) < 1){const err11 = {instancePath:instancePath+"/defaults/operation-timeout",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(!pattern4.test(data5)){const err12 = {instancePath:instancePath+"/defaults/operation-timeout",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/defaults/operation-timeout",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.defaults.type,parentSchema:schema11.properties.defaults,data:data1};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.haproxy !== undefined){let data6 = data.haproxy;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key2 in data6){if(!(func3.call(schema11.properties.haproxy.properties, key2))){const err15 = {instancePath:instancePath+"/haproxy",schemaPath:"#/properties/haproxy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.haproxy,data:data6};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data6.output !== undefined){let data7 = data6.output;if(typeof data7 === "string"){if(!pattern5.test(data7)){const err16 = {instancePath:instancePath+"/haproxy/output",schemaPath:"#/properties/haproxy/properties/output/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._/-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._/-]+$"+"\"",schema:"^[A-Za-z0-9._/-]+$",parentSchema:schema11.properties.haproxy.properties.output,data:data7};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/haproxy/output",schemaPath:"#/properties/haproxy/properties/output/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.haproxy.properties.output.type,parentSchema:schema11.properties.haproxy.properties.output,data:data7};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data6.bind !== undefined){let data8 = data6.bind;if(Array.isArray(data8)){if(data8.length > 16){const err18 = {instancePath:instancePath+"/haproxy/bind",schemaPath:"#/properties/haproxy/properties/bind/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items",schema:16,parentSchema:schema11.properties.haproxy.properties.bind,data:data8};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(data8.length < 1){const err19 = {instancePath:instancePath+"/haproxy/bind",schemaPath:"#/properties/haproxy/properties/bind/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.haproxy.properties.bind,data:data8};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}const len0 = data8.length;for(let i0=0; i0<len0; i0++){let data9 = data8[i0];if(typeof data9 === "string"){if(!pattern6.test(data9)){const err20 = {instancePath:instancePath+"/haproxy/bind/" + i0,schemaPath:"#/definitions/address/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9.:\\[\\]-]+$"},message:"must match pattern \""+"^[A-Za-z0-9.:\\[\\]-]+$"+"\"",schema:"^[A-Za-z0-9.:\\[\\]-]+$",parentSchema:schema16,data:data9};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/haproxy/bind/" + i0,schemaPath:"#/definitions/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data9};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath:instancePath+"/haproxy/bind",schemaPath:"#/properties/haproxy/properties/bind/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.haproxy.properties.bind.type,parentSchema:schema11.properties.haproxy.properties.bind,data:data8};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data6.certificate !== undefined){let data10 = data6.certificate;if(typeof data10 === "string"){if(!pattern5.test(data10)){const err23 = {instancePath:instancePath+"/haproxy/certificate",schemaPath:"#/definitions/filePath/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._/-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._/-]+$"+"\"",schema:"^[A-Za-z0-9._/-]+$",parentSchema:schema17,data:data10};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/haproxy/certificate",schemaPath:"#/definitions/filePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data10};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data6["redirect-http"] !== undefined){let data11 = data6["redirect-http"];if(typeof data11 !== "boolean"){const err25 = {instancePath:instancePath+"/haproxy/redirect-http",schemaPath:"#/properties/haproxy/properties/redirect-http/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.haproxy.properties["redirect-http"].type,parentSchema:schema11.properties.haproxy.properties["redirect-http"],data:data11};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data6["http-bind"] !== undefined){let data12 = data6["http-bind"];if(typeof data12 === "string"){if(!pattern6.test(data12)){const err26 = {instancePath:instancePath+"/haproxy/http-bind",schemaPath:"#/definitions/address/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9.:\\[\\]-]+$"},message:"must match pattern \""+"^[A-Za-z0-9.:\\[\\]-]+$"+"\"",schema:"^[A-Za-z0-9.:\\[\\]-]+$",parentSchema:schema16,data:data12};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}else {const err27 = {instancePath:instancePath+"/haproxy/http-bind",schemaPath:"#/definitions/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data12};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data6.hsts !== undefined){let data13 = data6.hsts;if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){const err28 = {instancePath:instancePath+"/haproxy/hsts",schemaPath:"#/properties/haproxy/properties/hsts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.haproxy.properties.hsts.type,parentSchema:schema11.properties.haproxy.properties.hsts,data:data13};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if((typeof data13 == "number") && (isFinite(data13))){if(data13 > 63072000 || isNaN(data13)){const err29 = {instancePath:instancePath+"/haproxy/hsts",schemaPath:"#/properties/haproxy/properties/hsts/maximum",keyword:"maximum",params:{comparison: "<=", limit: 63072000},message:"must be <= 63072000",schema:63072000,parentSchema:schema11.properties.haproxy.properties.hsts,data:data13};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data13 < 0 || isNaN(data13)){const err30 = {instancePath:instancePath+"/haproxy/hsts",schemaPath:"#/properties/haproxy/properties/hsts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.haproxy.properties.hsts,data:data13};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}if(data6.resolvers !== undefined){let data14 = data6.resolvers;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){if(data14.nameservers === undefined){const err31 = {instancePath:instancePath+"/haproxy/resolvers",schemaPath:"#/properties/haproxy/properties/resolvers/required",keyword:"required",params:{missingProperty: "nameservers"},message:"must have required property '"+"nameservers"+"'",schema:schema11.properties.haproxy.properties.resolvers.required,parentSchema:schema11.properties.haproxy.properties.resolvers,data:data14};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}for(const key3 in data14){if(!((key3 === "nameservers") || (key3 === "refresh"))){const err32 = {instancePath:instancePath+"/haproxy/resolvers",schemaPath:"#/properties/haproxy/properties/resolvers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.haproxy.properties.resolvers,data:data14};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data14.nameservers !== undefined){let data15 = data14.nameservers;if(Array.isArray(data15)){if(data15.length > 8){const err33 = {instancePath:instancePath+"/haproxy/resolvers/nameservers",schemaPath:"#/properties/haproxy/properties/resolvers/properties/nameservers/maxItems",keyword:"maxItems",params:{limit: 8},message:"must NOT have more than 8 items",schema:8,parentSchema:schema11.properties.haproxy.properties.resolvers.properties.nameservers,data:data15};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if(data15.length < 1){const err34 = {instancePath:instancePath+"/haproxy/resolvers/nameservers",schemaPath:"#/properties/haproxy/properties/resolvers/properties/nameservers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.haproxy.properties.resolvers.properties.nameservers,data:data15};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}const len1 = data15.length;for(let i1=0; i1<len1; i1++){let data16 = data15[i1];if(typeof data16 === "string"){if(!pattern6.test(data16)){const err35 = {instancePath:instancePath+"/haproxy/resolvers/nameservers/" + i1,schemaPath:"#/definitions/address/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9.:\\[\\]-]+$"},message:"must match pattern \""+"^[A-Za-z0-9.:\\[\\]-]+$"+"\"",schema:"^[A-Za-z0-9.:\\[\\]-]+$",parentSchema:schema16,data:data16};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}else {const err36 = {instancePath:instancePath+"/haproxy/resolvers/nameservers/" + i1,schemaPath:"#/definitions/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data16};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}else {const err37 = {instancePath:instancePath+"/haproxy/resolvers/nameservers",schemaPath:"#/properties/haproxy/properties/resolvers/properties/nameservers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.haproxy.properties.resolvers.properties.nameservers.type,parentSchema:schema11.properties.haproxy.properties.resolvers.properties.nameservers,data:data15};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data14.refresh !== undefined){let data17 = data14.refresh;if(typeof data17 === "string"){if(func2(data17) < 1){const err38 = {instancePath:instancePath+"/haproxy/resolvers/refresh",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data17};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}if(!pattern4.test(data17)){const err39 = {instancePath:instancePath+"/haproxy/resolvers/refresh",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data17};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}else {const err40 = {instancePath:instancePath+"/haproxy/resolvers/refresh",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data17};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}}else {const err41 = {instancePath:instancePath+"/haproxy/resolvers",schemaPath:"#/properties/haproxy/properties/resolvers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.haproxy.properties.resolvers.type,parentSchema:schema11.properties.haproxy.properties.resolvers,data:data14};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data6.limits !== undefined){let data18 = data6.limits;if(data18 && typeof data18 == "object" && !Array.isArray(data18)){for(const key4 in data18){if(!((key4 === "max-connections") || (key4 === "rate-per-ip"))){const err42 = {instancePath:instancePath+"/haproxy/limits",schemaPath:"#/properties/haproxy/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.haproxy.properties.limits,data:data18};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data18["max-connections"] !== undefined){let data19 = data18["max-connections"];if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){const err43 = {instancePath:instancePath+"/haproxy/limits/max-connections",schemaPath:"#/properties/haproxy/properties/limits/properties/max-connections/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.haproxy.properties.limits.properties["max-connections"].type,parentSchema:schema11.properties.haproxy.properties.limits.properties["max-connections"],data:data19};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}if((typeof data19 == "number") && (isFinite(data19))){if(data19 > 1000000 || isNaN(data19)){const err44 = {instancePath:instancePath+"/haproxy/limits/max-connections",schemaPath:"#/properties/haproxy/properties/limits/properties/max-connections/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema11.properties.haproxy.properties.limits.properties["max-connections"],data:data19};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if(data19 < 1 || isNaN(data19)){const err45 = {instancePath:instancePath+"/haproxy/limits/max-connections",schemaPath:"#/properties/haproxy/properties/limits/properties/max-connections/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.haproxy.properties.limits.properties["max-connections"],data:data19};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}if(data18["rate-per-ip"] !== undefined){let data20 = data18["rate-per-ip"];if(typeof data20 === "string"){if(!pattern11.test(data20)){const err46 = {instancePath:instancePath+"/haproxy/limits/rate-per-ip",schemaPath:"#/properties/haproxy/properties/limits/properties/rate-per-ip/pattern",keyword:"pattern",params:{pattern: "^[0-9]+/([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^[0-9]+/([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^[0-9]+/([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema11.properties.haproxy.properties.limits.properties["rate-per-ip"],data:data20};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}else {const err47 = {instancePath:instancePath+"/haproxy/limits/rate-per-ip",schemaPath:"#/properties/haproxy/properties/limits/properties/rate-per-ip/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.haproxy.properties.limits.properties["rate-per-ip"].type,parentSchema:schema11.properties.haproxy.properties.limits.properties["rate-per-ip"],data:data20};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}else {const err48 = {instancePath:instancePath+"/haproxy/limits",schemaPath:"#/properties/haproxy/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.haproxy.properties.limits.type,parentSchema:schema11.properties.haproxy.properties.limits,data:data18};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data6.timeouts !== undefined){let data21 = data6.timeouts;if(data21 && typeof data21 == "object" && !Array.isArray(data21)){for(const key5 in data21){if(!((((key5 === "connect") || (key5 === "client")) || (key5 === "server")) || (key5 === "tunnel"))){const err49 = {instancePath:instancePath+"/haproxy/timeouts",schemaPath:"#/properties/haproxy/properties/timeouts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.haproxy.properties.timeouts,data:data21};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data21.connect !== undefined){let data22 = data21.connect;if(typeof data22 === "string"){if(func2(data22) < 1){const err50 = {instancePath:instancePath+"/haproxy/timeouts/connect",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data22};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}if(!pattern4.test(data22)){const err51 = {instancePath:instancePath+"/haproxy/timeouts/connect",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data22};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}else {const err52 = {instancePath:instancePath+"/haproxy/timeouts/connect",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data22};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data21.client !== undefined){let data23 = data21.client;if(typeof data23 === "string"){if(func2(data23) < 1){const err53 = {instancePath:instancePath+"/haproxy/timeouts/client",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data23};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}if(!pattern4.test(data23)){const err54 = {instancePath:instancePath+"/haproxy/timeouts/client",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data23};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}else {const err55 = {instancePath:instancePath+"/haproxy/timeouts/client",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data23};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data21.server !== undefined){let data24 = data21.server;if(typeof data24 === "string"){if(func2(data24) < 1){const err56 = {instancePath:instancePath+"/haproxy/timeouts/server",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data24};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}if(!pattern4.test(data24)){const err57 = {instancePath:instancePath+"/haproxy/timeouts/server",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data24};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}else {const err58 = {instancePath:instancePath+"/haproxy/timeouts/server",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data24};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data21.tunnel !== undefined){let data25 = data21.tunnel;if(typeof data25 === "string"){if(func2(data25) < 1){const err59 = {instancePath:instancePath+"/haproxy/timeouts/tunnel",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data25};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}if(!pattern4.test(data25)){const err60 = {instancePath:instancePath+"/haproxy/timeouts/tunnel",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data25};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}else {const err61 = {instancePath:instancePath+"/haproxy/timeouts/tunnel",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data25};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}}else {const err62 = {instancePath:instancePath+"/haproxy/timeouts",schemaPath:"#/properties/haproxy/properties/timeouts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.haproxy.properties.timeouts.type,parentSchema:schema11.properties.haproxy.properties.timeouts,data:data21};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data6["runtime-api"] !== undefined){let data26 = data6["runtime-api"];if((typeof data26 !== "string") && (!(Array.isArray(data26)))){const err63 = {instancePath:instancePath+"/haproxy/runtime-api",schemaPath:"#/properties/haproxy/properties/runtime-api/type",keyword:"type",params:{type: schema11.properties.haproxy.properties["runtime-api"].type},message:"must be string,array",schema:schema11.properties.haproxy.properties["runtime-api"].type,parentSchema:schema11.properties.haproxy.properties["runtime-api"],data:data26};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}if(typeof data26 === "string"){if(!pattern16.test(data26)){const err64 = {instancePath:instancePath+"/haproxy/runtime-api",schemaPath:"#/properties/haproxy/properties/runtime-api/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._:/\\[\\]-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._:/\\[\\]-]+$"+"\"",schema:"^[A-Za-z0-9._:/\\[\\]-]+$",parentSchema:schema11.properties.haproxy.properties["runtime-api"],data:data26};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(Array.isArray(data26)){if(data26.length > 64){const err65 = {instancePath:instancePath+"/haproxy/runtime-api",schemaPath:"#/properties/haproxy/properties/runtime-api/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items",schema:64,parentSchema:schema11.properties.haproxy.properties["runtime-api"],data:data26};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}if(data26.length < 1){const err66 = {instancePath:instancePath+"/haproxy/runtime-api",schemaPath:"#/properties/haproxy/properties/runtime-api/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.haproxy.properties["runtime-api"],data:data26};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}const len2 = data26.length;for(let i2=0; i2<len2; i2++){let data27 = data26[i2];if(typeof data27 === "string"){if(!pattern16.test(data27)){const err67 = {instancePath:instancePath+"/haproxy/runtime-api/" + i2,schemaPath:"#/definitions/runtimeApi/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._:/\\[\\]-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._:/\\[\\]-]+$"+"\"",schema:"^[A-Za-z0-9._:/\\[\\]-]+$",parentSchema:schema25,data:data27};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}else {const err68 = {instancePath:instancePath+"/haproxy/runtime-api/" + i2,schemaPath:"#/definitions/runtimeApi/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data27};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}}}if(data6["stats-socket"] !== undefined){let data28 = data6["stats-socket"];if(typeof data28 === "string"){if(!pattern5.test(data28)){const err69 = {instancePath:instancePath+"/haproxy/stats-socket",schemaPath:"#/definitions/filePath/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._/-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._/-]+$"+"\"",schema:"^[A-Za-z0-9._/-]+$",parentSchema:schema17,data:data28};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}else {const err70 = {instancePath:instancePath+"/haproxy/stats-socket",schemaPath:"#/definitions/filePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data28};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data6["prometheus-bind"] !== undefined){let data29 = data6["prometheus-bind"];if(typeof data29 === "string"){if(!pattern6.test(data29)){const err71 = {instancePath:instancePath+"/haproxy/prometheus-bind",schemaPath:"#/definitions/address/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9.:\\[\\]-]+$"},message:"must match pattern \""+"^[A-Za-z0-9.:\\[\\]-]+$"+"\"",schema:"^[A-Za-z0-9.:\\[\\]-]+$",parentSchema:schema16,data:data29};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}else {const err72 = {instancePath:instancePath+"/haproxy/prometheus-bind",schemaPath:"#/definitions/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data29};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data6["map-file"] !== undefined){let data30 = data6["map-file"];if(typeof data30 === "string"){if(!pattern5.test(data30)){const err73 = {instancePath:instancePath+"/haproxy/map-file",schemaPath:"#/definitions/filePath/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._/-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._/-]+$"+"\"",schema:"^[A-Za-z0-9._/-]+$",parentSchema:schema17,data:data30};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}else {const err74 = {instancePath:instancePath+"/haproxy/map-file",schemaPath:"#/definitions/filePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data30};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}if(data6["ca-file"] !== undefined){let data31 = data6["ca-file"];if(typeof data31 === "string"){if(!pattern21.test(data31)){const err75 = {instancePath:instancePath+"/haproxy/ca-file",schemaPath:"#/properties/haproxy/properties/ca-file/pattern",keyword:"pattern",params:{pattern: "^(@system-ca|[A-Za-z0-9._/-]+)$"},message:"must match pattern \""+"^(@system-ca|[A-Za-z0-9._/-]+)$"+"\"",schema:"^(@system-ca|[A-Za-z0-9._/-]+)$",parentSchema:schema11.properties.haproxy.properties["ca-file"],data:data31};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}else {const err76 = {instancePath:instancePath+"/haproxy/ca-file",schemaPath:"#/properties/haproxy/properties/ca-file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.haproxy.properties["ca-file"].type,parentSchema:schema11.properties.haproxy.properties["ca-file"],data:data31};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data6.log !== undefined){let data32 = data6.log;if(typeof data32 === "string"){if(!pattern22.test(data32)){const err77 = {instancePath:instancePath+"/haproxy/log",schemaPath:"#/properties/haproxy/properties/log/pattern",keyword:"pattern",params:{pattern: "^(stdout|stderr|none|[A-Za-z0-9._/:\\[\\]-]+)$"},message:"must match pattern \""+"^(stdout|stderr|none|[A-Za-z0-9._/:\\[\\]-]+)$"+"\"",schema:"^(stdout|stderr|none|[A-Za-z0-9._/:\\[\\]-]+)$",parentSchema:schema11.properties.haproxy.properties.log,data:data32};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}else {const err78 = {instancePath:instancePath+"/haproxy/log",schemaPath:"#/properties/haproxy/properties/log/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.haproxy.properties.log.type,parentSchema:schema11.properties.haproxy.properties.log,data:data32};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data6["client-ca"] !== undefined){let data33 = data6["client-ca"];if(typeof data33 === "string"){if(!pattern5.test(data33)){const err79 = {instancePath:instancePath+"/haproxy/client-ca",schemaPath:"#/definitions/filePath/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._/-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._/-]+$"+"\"",schema:"^[A-Za-z0-9._/-]+$",parentSchema:schema17,data:data33};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}else {const err80 = {instancePath:instancePath+"/haproxy/client-ca",schemaPath:"#/definitions/filePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data33};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data6["client-verify"] !== undefined){let data34 = data6["client-verify"];if(typeof data34 !== "string"){const err81 = {instancePath:instancePath+"/haproxy/client-verify",schemaPath:"#/properties/haproxy/properties/client-verify/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.haproxy.properties["client-verify"].type,parentSchema:schema11.properties.haproxy.properties["client-verify"],data:data34};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}if(!((data34 === "required") || (data34 === "optional"))){const err82 = {instancePath:instancePath+"/haproxy/client-verify",schemaPath:"#/properties/haproxy/properties/client-verify/enum",keyword:"enum",params:{allowedValues: schema11.properties.haproxy.properties["client-verify"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.haproxy.properties["client-verify"].enum,parentSchema:schema11.properties.haproxy.properties["client-verify"],data:data34};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data6["trusted-proxies"] !== undefined){let data35 = data6["trusted-proxies"];if(Array.isArray(data35)){const len3 = data35.length;for(let i3=0; i3<len3; i3++){let data36 = data35[i3];if(typeof data36 === "string"){if(!pattern24.test(data36)){const err83 = {instancePath:instancePath+"/haproxy/trusted-proxies/" + i3,schemaPath:"#/definitions/cidr/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f.:/]+$"},message:"must match pattern \""+"^[0-9A-Fa-f.:/]+$"+"\"",schema:"^[0-9A-Fa-f.:/]+$",parentSchema:schema30,data:data36};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}else {const err84 = {instancePath:instancePath+"/haproxy/trusted-proxies/" + i3,schemaPath:"#/definitions/cidr/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data36};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}}else {const err85 = {instancePath:instancePath+"/haproxy/trusted-proxies",schemaPath:"#/properties/haproxy/properties/trusted-proxies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.haproxy.properties["trusted-proxies"].type,parentSchema:schema11.properties.haproxy.properties["trusted-proxies"],data:data35};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(data6["hsts-include-subdomains"] !== undefined){let data37 = data6["hsts-include-subdomains"];if(typeof data37 !== "boolean"){const err86 = {instancePath:instancePath+"/haproxy/hsts-include-subdomains",schemaPath:"#/properties/haproxy/properties/hsts-include-subdomains/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.haproxy.properties["hsts-include-subdomains"].type,parentSchema:schema11.properties.haproxy.properties["hsts-include-subdomains"],data:data37};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}if(data6["server-state-file"] !== undefined){let data38 = data6["server-state-file"];if(typeof data38 === "string"){if(!pattern5.test(data38)){const err87 = {instancePath:instancePath+"/haproxy/server-state-file",schemaPath:"#/definitions/filePath/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._/-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._/-]+$"+"\"",schema:"^[A-Za-z0-9._/-]+$",parentSchema:schema17,data:data38};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}else {const err88 = {instancePath:instancePath+"/haproxy/server-state-file",schemaPath:"#/definitions/filePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data38};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}if(data6["token-map"] !== undefined){let data39 = data6["token-map"];if(typeof data39 === "string"){if(!pattern5.test(data39)){const err89 = {instancePath:instancePath+"/haproxy/token-map",schemaPath:"#/definitions/filePath/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._/-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._/-]+$"+"\"",schema:"^[A-Za-z0-9._/-]+$",parentSchema:schema17,data:data39};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}else {const err90 = {instancePath:instancePath+"/haproxy/token-map",schemaPath:"#/definitions/filePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data39};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}}else {const err91 = {instancePath:instancePath+"/haproxy",schemaPath:"#/properties/haproxy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.haproxy.type,parentSchema:schema11.properties.haproxy,data:data6};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}if(data["split-at"] !== undefined){let data40 = data["split-at"];if(typeof data40 !== "string"){const err92 = {instancePath:instancePath+"/split-at",schemaPath:"#/properties/split-at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["split-at"].type,parentSchema:schema11.properties["split-at"],data:data40};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}if(!((data40 === "haproxy") || (data40 === "cloud-run"))){const err93 = {instancePath:instancePath+"/split-at",schemaPath:"#/properties/split-at/enum",keyword:"enum",params:{allowedValues: schema11.properties["split-at"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties["split-at"].enum,parentSchema:schema11.properties["split-at"],data:data40};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}if(data.services !== undefined){let data41 = data.services;if(Array.isArray(data41)){if(data41.length < 1){const err94 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.services,data:data41};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}const len4 = data41.length;for(let i4=0; i4<len4; i4++){if(!(validate11(data41[i4], {instancePath:instancePath+"/services/" + i4,parentData:data41,parentDataProperty:i4,rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}}else {const err95 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.services.type,parentSchema:schema11.properties.services,data:data41};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}if(data.notify !== undefined){if(!(validate18(data.notify, {instancePath:instancePath+"/notify",parentData:data,parentDataProperty:"notify",rootData}))){vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);errors = vErrors.length;}}}else {const err96 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}validate10.errors = vErrors;return errors === 0;}const analysis = validate27;function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((((((key0 === "source") || (key0 === "prometheus")) || (key0 === "interval")) || (key0 === "min-requests")) || (key0 === "alpha")) || (key0 === "pass-alpha")) || (key0 === "metrics")) || (key0 === "on-inconclusive"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.source !== undefined){let data0 = data.source;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.source.type,parentSchema:schema46.properties.source,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(!(((data0 === "prometheus") || (data0 === "cloud-monitoring")) || (data0 === "haproxy"))){const err2 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/enum",keyword:"enum",params:{allowedValues: schema46.properties.source.enum},message:"must be equal to one of the allowed values",schema:schema46.properties.source.enum,parentSchema:schema46.properties.source,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.prometheus !== undefined){let data1 = data.prometheus;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.url === undefined){const err3 = {instancePath:instancePath+"/prometheus",schemaPath:"#/properties/prometheus/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema46.properties.prometheus.required,parentSchema:schema46.properties.prometheus,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key1 in data1){if(!(key1 === "url")){const err4 = {instancePath:instancePath+"/prometheus",schemaPath:"#/properties/prometheus/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema46.properties.prometheus,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data1.url !== undefined){let data2 = data1.url;if(typeof data2 !== "string"){const err5 = {instancePath:instancePath+"/prometheus/url",schemaPath:"#/properties/prometheus/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.prometheus.properties.url.type,parentSchema:schema46.properties.prometheus.properties.url,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/prometheus",schemaPath:"#/properties/prometheus/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.properties.prometheus.type,parentSchema:schema46.properties.prometheus,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.interval !== undefined){let data3 = data.interval;if(typeof data3 === "string"){if(func2(data3) < 1){const err7 = {instancePath:instancePath+"/interval",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(!pattern4.test(data3)){const err8 = {instancePath:instancePath+"/interval",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/interval",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data["min-requests"] !== undefined){let data4 = data["min-requests"];if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){const err10 = {instancePath:instancePath+"/min-requests",schemaPath:"#/properties/min-requests/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema46.properties["min-requests"].type,parentSchema:schema46.properties["min-requests"],data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if((typeof data4 == "number") && (isFinite(data4))){if(data4 > 1000000 || isNaN(data4)){const err11 = {instancePath:instancePath+"/min-requests",schemaPath:"#/properties/min-requests/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema46.properties["min-requests"],data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data4 < 1 || isNaN(data4)){const err12 = {instancePath:instancePath+"/min-requests",schemaPath:"#/properties/min-requests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema46.properties["min-requests"],data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}if(data.alpha !== undefined){let data5 = data.alpha;if((typeof data5 == "number") && (isFinite(data5))){if(data5 > 0.5 || isNaN(data5)){const err13 = {instancePath:instancePath+"/alpha",schemaPath:"#/properties/alpha/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0.5},message:"must be <= 0.5",schema:0.5,parentSchema:schema46.properties.alpha,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(data5 < 0.0001 || isNaN(data5)){const err14 = {instancePath:instancePath+"/alpha",schemaPath:"#/properties/alpha/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0.0001},message:"must be >= 0.0001",schema:0.0001,parentSchema:schema46.properties.alpha,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/alpha",schemaPath:"#/properties/alpha/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema46.properties.alpha.type,parentSchema:schema46.properties.alpha,data:data5};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data["pass-alpha"] !== undefined){let data6 = data["pass-alpha"];if((typeof data6 == "number") && (isFinite(data6))){if(data6 > 0.5 || isNaN(data6)){const err16 = {instancePath:instancePath+"/pass-alpha",schemaPath:"#/properties/pass-alpha/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0.5},message:"must be <= 0.5",schema:0.5,parentSchema:schema46.properties["pass-alpha"],data:data6};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data6 <= 0 || isNaN(data6)){const err17 = {instancePath:instancePath+"/pass-alpha",schemaPath:"#/properties/pass-alpha/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema46.properties["pass-alpha"],data:data6};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/pass-alpha",schemaPath:"#/properties/pass-alpha/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema46.properties["pass-alpha"].type,parentSchema:schema46.properties["pass-alpha"],data:data6};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.metrics !== undefined){let data7 = data.metrics;if(Array.isArray(data7)){if(data7.length > 10){const err19 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema46.properties.metrics,data:data7};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(data7.length < 1){const err20 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema46.properties.metrics,data:data7};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}const len0 = data7.length;for(let i0=0; i0<len0; i0++){if(!(validate15(data7[i0], {instancePath:instancePath+"/metrics/" + i0,parentData:data7,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);errors = vErrors.length;}}}else {const err21 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties.metrics.type,parentSchema:schema46.properties.metrics,data:data7};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data["on-inconclusive"] !== undefined){let data9 = data["on-inconclusive"];if(typeof data9 !== "string"){const err22 = {instancePath:instancePath+"/on-inconclusive",schemaPath:"#/properties/on-inconclusive/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties["on-inconclusive"].type,parentSchema:schema46.properties["on-inconclusive"],data:data9};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(!((data9 === "hold") || (data9 === "rollback"))){const err23 = {instancePath:instancePath+"/on-inconclusive",schemaPath:"#/properties/on-inconclusive/enum",keyword:"enum",params:{allowedValues: schema46.properties["on-inconclusive"].enum},message:"must be equal to one of the allowed values",schema:schema46.properties["on-inconclusive"].enum,parentSchema:schema46.properties["on-inconclusive"],data:data9};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}validate27.errors = vErrors;return errors === 0;}

;// CONCATENATED MODULE: ./src/policy/schema.ts



// Compiled from the schema at bundle time (scripts/schema-validators.mjs); a test fails when stale.

const policySchema = (/* unused pure expression or super */ null && (schemaJson));
const validators = () => schema_validators_generated_namespaceObject;
function schemaIssues(data) {
    return run(validators().policy, data, []);
}
/** Validates a bare `analysis:` block; paths are prefixed with `prefix`. */
function analysisSchemaIssues(data, prefix) {
    return run(validators().analysis, data, prefix);
}
function run(validate, data, prefix) {
    if (validate(data))
        return [];
    return (validate.errors ?? []).map((e) => toIssue(e, data, prefix));
}
/** JSON pointer → path segments; array indices become numbers (the data says which are). */
function pointerToPath(pointer, data) {
    if (pointer === '')
        return [];
    const out = [];
    let node = data;
    for (const raw of pointer.slice(1).split('/')) {
        const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(node)) {
            out.push(Number(seg));
            node = node[Number(seg)];
        }
        else {
            out.push(seg);
            node = (0,policy_issues/* isRecord */.u)(node) ? node[seg] : undefined;
        }
    }
    return out;
}
const TYPE_NAMES = {
    string: 'a string',
    integer: 'an integer',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a map',
    null: 'empty',
};
/** `; valid: 1–100`, `; valid: above 0 and below 1`: the field's whole range, for bound errors. */
function range(schema) {
    const n = (k) => (typeof schema[k] === 'number' ? String(schema[k]) : undefined);
    const lo = n('minimum') ?? (n('exclusiveMinimum') && `above ${n('exclusiveMinimum')}`);
    const hi = n('maximum') ?? (n('exclusiveMaximum') && `below ${n('exclusiveMaximum')}`);
    if (lo && hi)
        return lo.startsWith('above') || hi.startsWith('below')
            ? `; valid: ${lo} and ${hi}`
            : `; valid: ${lo}–${hi}`;
    if (lo)
        return `; valid: ${lo.startsWith('above') ? lo : `${lo} or more`}`;
    if (hi)
        return `; valid: ${hi.startsWith('below') ? hi : `${hi} or less`}`;
    return '';
}
function toIssue(e, root, prefix) {
    const path = [...prefix, ...pointerToPath(e.instancePath, root)];
    const data = e.data;
    const parent = (e.parentSchema ?? {});
    const p = e.params;
    const base = { path, keyword: e.keyword };
    // YAML's .nan / .inf: one clear message (the semantic check says the same, so it dedupes)
    if (typeof data === 'number' && !Number.isFinite(data))
        return { ...base, message: `${data} is not a finite number` };
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(p.additionalProperty);
            const known = Object.keys(parent.properties ?? {});
            const guess = suggest(key, known);
            const hint = key === '<<'
                ? 'YAML merge keys are not supported; use an alias for a whole value (steps: *standard); '
                : guess
                    ? `did you mean "${guess}"? `
                    : '';
            const extension = path.length === 0 ? ' (or an x- key, which is ignored)' : '';
            return {
                ...base,
                path: [...path, key],
                at: 'key',
                message: `unknown key ${JSON.stringify(key)}; ${hint}valid keys here: ${known.join(', ')}${extension}`,
            };
        }
        case 'required': {
            const key = String(p.missingProperty);
            return { ...base, path: [...path, key], locateAt: path, message: `missing required key "${key}"` };
        }
        case 'type': {
            const want = String(p.type)
                .split(',')
                .map((t) => TYPE_NAMES[t] ?? t)
                .join(' or ');
            // "quote it" only when the quoted value would be valid; else the value's own syntax hint
            const scalar = typeof data === 'number' || typeof data === 'boolean';
            const pattern = typeof parent.pattern === 'string' ? new RegExp(parent.pattern, 'u') : undefined;
            const hint = p.type === 'string' && scalar && (!pattern || pattern.test(String(data)))
                ? `; quote it: "${String(data)}"`
                : typeof parent.patternErrorMessage === 'string'
                    ? `; ${parent.patternErrorMessage}`
                    : '';
            return { ...base, message: `must be ${want}, got ${(0,policy_issues/* describeValue */.b)(data)}${hint}` };
        }
        case 'enum': {
            const allowed = p.allowedValues.map(String);
            const guess = typeof data === 'string' ? suggest(data, allowed) : undefined;
            const hint = guess ? `; did you mean "${guess}"?` : '';
            return { ...base, message: `${(0,policy_issues/* describeValue */.b)(data)} is not one of ${allowed.join(', ')}${hint}` };
        }
        case 'const':
            return {
                ...base,
                message: `must be ${JSON.stringify(p.allowedValue)}, got ${(0,policy_issues/* describeValue */.b)(data)}${path.join('.') === 'version' ? ' (version 1 is the only policy format)' : ''}`,
            };
        case 'maximum':
            return {
                ...base,
                message: `${String(data)} is above ${String(p.limit)} (the largest allowed)${range(parent)}`,
            };
        case 'minimum':
            return {
                ...base,
                message: `${String(data)} is below ${String(p.limit)} (the smallest allowed)${range(parent)}`,
            };
        case 'exclusiveMaximum':
            return { ...base, message: `${String(data)} must be below ${String(p.limit)}${range(parent)}` };
        case 'exclusiveMinimum':
            return { ...base, message: `${String(data)} must be above ${String(p.limit)}${range(parent)}` };
        case 'minItems':
            return { ...base, message: `must list at least ${String(p.limit)} item(s)` };
        case 'maxItems': {
            const n = Array.isArray(data) ? data.length : '?';
            const lo = typeof parent.minItems === 'number' ? `${parent.minItems}–` : 'at most ';
            return { ...base, message: `lists ${n} items; valid: ${lo}${String(p.limit)}` };
        }
        case 'minLength':
            return { ...base, message: 'must not be empty' };
        case 'pattern': {
            const why = typeof parent.patternErrorMessage === 'string'
                ? parent.patternErrorMessage
                : `match ${String(p.pattern)}`;
            return { ...base, message: `${JSON.stringify(data)} is not valid: ${why}` };
        }
        case 'minProperties':
        case 'maxProperties': {
            const known = Object.keys(parent.properties ?? {});
            return { ...base, message: `must hold exactly one of ${known.join(', ')}` };
        }
        default:
            return { ...base, message: e.message ?? `fails the schema rule "${e.keyword}"` };
    }
}

// EXTERNAL MODULE: ./src/policy/whitelist.ts
var whitelist = __webpack_require__(26743);
;// CONCATENATED MODULE: ./src/policy/listeners.ts
// Where the rendered HAProxy listens: each listener's address on its own (is the runtime API
// on every interface?) and the listeners together (do two of them claim the same port?).
// Pure: addresses are compared as written, nothing is resolved.



/** `host:port`, `:port` or `[v6]:port` → its parts; undefined for a socket path or a malformed value. */
function parseListen(addr) {
    const m = /^(?:\[([0-9A-Fa-f:.]+)\]|([^:[\]]*)):(\d{1,5})$/.exec(addr);
    if (!m)
        return undefined;
    const host = (m[1] ?? m[2]).toLowerCase();
    const port = Number(m[3]);
    // the cheap test first: isV6's first call compiles a large regex
    const wildcard = host === '' || host === '0.0.0.0' || (/^[0:]+$/.test(host) && (0,whitelist/* isV6 */.r5)(host));
    return { host, port, wildcard };
}
/** Loopback names and addresses: one machine's own interface, never the network. */
const isLoopback = (host) => host === 'localhost' || host === '::1' || /^127\./.test(host);
/**
 * The runtime API (`level admin`, no authentication) must not listen on every interface. Takes ONE
 * address, so a list of runtime APIs checks each entry with it. Null when acceptable.
 */
function checkRuntimeApiAddress(addr) {
    if (addr.startsWith('/'))
        return null; // a unix socket: file permissions guard it
    const l = parseListen(addr);
    if (!l || !l.wildcard)
        return null;
    return (`${JSON.stringify(addr)} listens on every interface: the runtime API is an unauthenticated admin ` +
        'socket. Use a unix socket (/run/haproxy/runtime.sock, with the runner on the same host) or one ' +
        'private address behind a firewall that admits only the runner (e.g. 10.0.0.5:9999); see the ' +
        'README section "The runtime API safely"');
}
/** Two listeners collide when they share a port and an address (or one listens on all). */
function sameSocket(a, b) {
    if (a.port !== b.port)
        return false;
    if (a.wildcard || b.wildcard)
        return true;
    if (a.host === b.host)
        return true;
    return isLoopback(a.host) && isLoopback(b.host) && (a.host === 'localhost' || b.host === 'localhost');
}
/**
 * Every socket the rendered config listens on, with its field; defaults as normalise applies them.
 * Two of them on one address and port split connections between unrelated frontends (HAProxy sets
 * SO_REUSEPORT, so `haproxy -c` and even the start succeed).
 */
function checkListeners(h, report) {
    const found = [];
    const add = (path, v, fallback) => {
        const addr = typeof v === 'string' ? v : v === undefined ? fallback : undefined;
        if (addr !== undefined)
            found.push({ path, addr, written: v !== undefined });
    };
    const d = normalise/* DEFAULT_HAPROXY */.Mh;
    const binds = Array.isArray(h.bind) ? h.bind : d.bind;
    binds.forEach((b, i) => add(['haproxy', 'bind', i], b));
    if (h.certificate !== undefined && h['redirect-http'] !== false)
        add(['haproxy', 'http-bind'], h['http-bind'], d.httpBind);
    add(['haproxy', 'prometheus-bind'], h['prometheus-bind'], d.prometheusBind);
    const apis = h['runtime-api'];
    if (Array.isArray(apis))
        apis.forEach((a, i) => add(['haproxy', 'runtime-api', i], a));
    else
        add(['haproxy', 'runtime-api'], apis);
    const parsed = found.map((f) => ({ ...f, l: parseListen(f.addr) }));
    parsed.forEach((b, j) => {
        if (!b.l)
            return;
        // binds of one frontend may overlap (":443" with "[::]:443" is the usual dual stack); only a
        // repeat is wrong there. Across frontends any overlap splits traffic.
        // a fleet's runtime APIs are one per instance (its own host): they clash with the listeners
        // every instance has, not with each other (a repeated entry is reported on its own)
        const clash = (x) => x.l !== undefined &&
            !(x.path[1] === 'runtime-api' && b.path[1] === 'runtime-api') &&
            (x.path[1] === 'bind' && b.path[1] === 'bind'
                ? x.l.host === b.l.host && x.l.port === b.l.port
                : sameSocket(x.l, b.l));
        const a = parsed.slice(0, j).find(clash);
        if (!a)
            return;
        // point at a value the user wrote: the later one unless only the earlier one was written
        const [here, other] = b.written || !a.written ? [b, a] : [a, b];
        report(here.path, `${JSON.stringify(here.addr)} takes the same port as ${formatPath(other.path)} (${JSON.stringify(other.addr)}` +
            `${other.written ? '' : ', the default'}); two listeners on one port split the connections between ` +
            'them: give each its own port');
    });
}

// EXTERNAL MODULE: ./src/policy/names.ts
var names = __webpack_require__(25714);
;// CONCATENATED MODULE: ./src/policy/cloud-run-host.ts


/** Cloud Run tags the revisions `canary---HOST-LABEL`; a DNS label holds at most 63 characters. */
const MAX_LABEL = 63;
/** The url must be this service's own, and its tag host label must fit in one DNS label. */
function checkRunHost(s, path, defaults, add) {
    if (typeof s.name !== 'string' || (0,whitelist/* checkServiceName */.PV)(s.name))
        return;
    const name = s.name;
    if (typeof s.url === 'string') {
        if ((0,whitelist/* checkRunUrl */.hI)(s.url))
            return;
        const label = s.url.replace(/^https:\/\//, '').split('.')[0];
        if (!label.startsWith(`${name}-`)) {
            add([...path, 'url'], `${JSON.stringify(s.url)} is not the URL of service ${JSON.stringify(name)}: its host must start with "${name}-" ` +
                `(https://${name}-HASH-REGION_CODE.a.run.app or https://${name}-PROJECT_NUMBER.REGION.run.app)`);
            return;
        }
        const tagged = (0,names/* tagHost */.LR)(names/* CANARY_TAG */.eV, label);
        if (tagged.length > MAX_LABEL)
            add([...path, 'url'], tagTooLong(tagged));
        return;
    }
    const number = s['project-number'] ?? defaults['project-number'];
    if (typeof number !== 'string' || !/^[0-9]{1,20}$/.test(number))
        return;
    const label = (0,names/* tagHost */.LR)(names/* CANARY_TAG */.eV, `${name}-${number}`);
    if (label.length > MAX_LABEL) {
        const most = MAX_LABEL - (label.length - name.length);
        add([...path, 'name'], `${tagTooLong(label)}; with project number ${number} a service name may have at most ${most} characters`);
    }
}
const tagTooLong = (label) => `the canary tag host label "${label}" is ${label.length} characters long; DNS labels hold at most ${MAX_LABEL}, ` +
    'so the canary revision could not be reached';

;// CONCATENATED MODULE: ./src/policy/routing.ts
/** Headers every request carries or that proxies rewrite: a cohort on them is not a cohort. */
const RESERVED_HEADERS = new Set([
    'host',
    'connection',
    'keep-alive',
    'proxy-connection',
    'transfer-encoding',
    'te',
    'trailer',
    'upgrade',
    'content-length',
    'expect',
    'cookie',
    'set-cookie',
    'forwarded',
    'via',
    'x-forwarded-for',
    'x-forwarded-proto',
    'x-forwarded-host',
    'x-forwarded-port',
    'x-real-ip',
    'proxy-authorization',
    'authorization',
]);
function checkCohortHeader(name) {
    if (!RESERVED_HEADERS.has(name.toLowerCase()))
        return null;
    return (`${JSON.stringify(name)} is a hop-by-hop, routing or credential header that ordinary requests carry or ` +
        'proxies rewrite, so the cohort would not be chosen by you; use a header of your own, e.g. X-Canary');
}
const EVERY_PATH = '(every path)';
/** What HAProxy routes for a path: `/api` and `/api/` both claim /api/…; `/` claims every path. */
const routedPrefix = (p) => p.replace(/\/+$/, '') || EVERY_PATH;
/** The placeholders the metrics adapter fills in (src/adapters/metrics/queries.ts fillQuery). */
const QUERY_PLACEHOLDERS = ['service', 'revision', 'backend', 'window'];
function checkPlaceholders(query, path, add) {
    for (const m of query.matchAll(/\{\{(.*?)\}\}/gs)) {
        const name = m[1].trim();
        if (QUERY_PLACEHOLDERS.includes(name))
            continue;
        add(path, `${JSON.stringify(m[0])} is not a placeholder; the query may use ${QUERY_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}`);
        return;
    }
}

// EXTERNAL MODULE: ./src/policy/units.ts
var units = __webpack_require__(42233);
;// CONCATENATED MODULE: ./src/policy/validate-controls.ts
// Checks on `notify` and `hooks` the schema cannot express: one kind per target, one URL source
// per hook, hook URLs that are plain http(s) without credentials, timeouts within bounds.


/** Hook timeouts: long enough for a load-test trigger, short enough never to stall a rollout. */
const HOOK_TIMEOUT_MS = { min: 1_000, max: 600_000 };
function checkControls(data, c) {
    checkNotify(data.notify, ['notify'], c);
    const services = Array.isArray(data.services) ? data.services : [];
    services.forEach((s, i) => {
        if (!(0,policy_issues/* isRecord */.u)(s))
            return;
        checkNotify(s.notify, ['services', i, 'notify'], c);
        if (!(0,policy_issues/* isRecord */.u)(s.hooks))
            return;
        for (const name of ['pre-step', 'post-step']) {
            const h = s.hooks[name];
            if ((0,policy_issues/* isRecord */.u)(h))
                checkHook(h, ['services', i, 'hooks', name], c);
        }
    });
}
function checkNotify(raw, path, c) {
    if (!Array.isArray(raw))
        return;
    raw.forEach((t, i) => {
        if (!(0,policy_issues/* isRecord */.u)(t))
            return;
        const kinds = ['slack', 'webhook'].filter((k) => t[k] !== undefined);
        if (kinds.length !== 1)
            c.add([...path, i], `a notify entry needs exactly one of \`slack\` or \`webhook\` (got ${kinds.length || 'none'})`);
    });
}
/** A URL a hook may call: http(s), a host, no user:password (use url-env for tokens). */
function checkHookUrl(value) {
    // eslint-disable-next-line no-control-regex
    if (/[\s\u0000-\u001f\u007f]/.test(value))
        return `${JSON.stringify(value)} contains whitespace or a control character`;
    let u;
    try {
        u = new URL(value);
    }
    catch {
        return `${JSON.stringify(value)} is not a URL; write e.g. https://loadtest.internal/start`;
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
        return `${JSON.stringify(value)} is not http(s)`;
    if (u.username || u.password)
        return 'a URL with credentials would sit in the repository; put it in a secret and name it with `url-env`';
    return null;
}
function checkHook(h, path, c) {
    const sources = ['url', 'url-env'].filter((k) => h[k] !== undefined);
    if (sources.length !== 1)
        c.add(path, `a hook needs exactly one of \`url\` or \`url-env\` (got ${sources.length ? 'both' : 'none'})`);
    if (typeof h.url === 'string') {
        const bad = checkHookUrl(h.url);
        if (bad)
            c.add([...path, 'url'], bad);
    }
    const ms = (0,units/* parseDuration */.E9)(h.timeout);
    if (ms !== undefined && (ms < HOOK_TIMEOUT_MS.min || ms > HOOK_TIMEOUT_MS.max))
        c.add([...path, 'timeout'], `${String(h.timeout)} is outside 1s to 10m`);
}

;// CONCATENATED MODULE: ./src/policy/validate.ts
// Semantic checks the schema cannot express, and the injection whitelist on every value that
// reaches the HAProxy config. Runs on raw data even when the schema failed (all errors at
// once), so every check first makes sure the value has the type it expects.







class Collector {
    issues = [];
    add(path, message, extra = {}) {
        this.issues.push({ path, message, ...extra });
    }
    /** Runs a whitelist checker on a string value (non-strings are the schema's business). */
    check(value, path, checker) {
        if (typeof value !== 'string')
            return;
        const bad = checker(value);
        if (bad)
            this.add(path, bad);
    }
    /** A duration within [min, max] ms; the message gives the valid range. */
    duration(value, path, [min, max]) {
        const ms = (0,units/* parseDuration */.E9)(value);
        if (ms === undefined)
            return; // not a duration: the schema says so
        const range = `valid: ${(0,units/* formatDuration */.a3)(min)}–${(0,units/* formatDuration */.a3)(max)}`;
        if (ms === 0 && min > 0)
            this.add(path, `${JSON.stringify(value)} is zero; ${range}`);
        else if (ms < min)
            this.add(path, `${JSON.stringify(value)} is below ${(0,units/* formatDuration */.a3)(min)}; ${range}`);
        else if (ms > max)
            this.add(path, `${JSON.stringify(value)} is above ${(0,units/* formatDuration */.a3)(max)}; ${range}`);
    }
}
const S = 1000;
const M = 60 * S;
const H = 60 * M;
/** Duration bounds [min, max] in ms, one per field (contract: bounds sit with their field). */
const DURATION_BOUNDS = {
    'resolvers.refresh': [S, H],
    'timeouts.connect': [100, 5 * M],
    'timeouts.client': [S, 24 * H],
    'timeouts.server': [S, 24 * H],
    'rate-per-ip period': [S, H],
    bake: [0, 168 * H],
    interval: [S, 10 * M],
    'latency.max': [1, H],
    'operation-timeout': [30 * S, H],
    'timeouts.tunnel': [S, 24 * H],
    'health.interval': [S, H],
    'health.timeout': [S, 5 * M],
    'health.slowstart': [0, H],
};
/** Requests per period a `rate-per-ip` may allow. */
const RATE_COUNT_BOUNDS = [1, 1_000_000];
const rec = (v) => ((0,policy_issues/* isRecord */.u)(v) ? v : {});
const list = (v) => (Array.isArray(v) ? v : []);
function semanticIssues(data) {
    const c = new Collector();
    if (!(0,policy_issues/* isRecord */.u)(data)) {
        c.add([], 'the policy must be a map with `version: 1` and `services:`');
        return c.issues;
    }
    checkFiniteNumbers(data, [], c);
    const defaults = rec(data.defaults);
    c.check(defaults.project, ['defaults', 'project'], whitelist/* checkProjectId */.vb);
    c.check(defaults.region, ['defaults', 'region'], whitelist/* checkRegion */.vK);
    c.duration(defaults['operation-timeout'], ['defaults', 'operation-timeout'], DURATION_BOUNDS['operation-timeout']);
    checkHaproxy(rec(data.haproxy), c);
    const splitAt = data['split-at'] ?? 'haproxy';
    const services = list(data.services);
    const hasClientCa = rec(data.haproxy)['client-ca'] !== undefined;
    services.forEach((s, i) => {
        if ((0,policy_issues/* isRecord */.u)(s))
            checkService(s, ['services', i], { defaults, splitAt }, c);
        if ((0,policy_issues/* isRecord */.u)(s))
            checkServiceExtras(s, ['services', i], hasClientCa, c);
    });
    checkUniqueNames(services, c);
    checkStatSource(services, rec(data.haproxy)['runtime-api'], splitAt, c);
    checkUniqueRoutes(services, c);
    checkControls(data, c);
    return c.issues;
}
/** `.nan` and `.inf` are YAML numbers but never meaningful here. */
function checkFiniteNumbers(v, path, c) {
    if (typeof v === 'number' && !Number.isFinite(v))
        c.add(path, `${String(v)} is not a finite number`);
    else if (Array.isArray(v))
        v.forEach((x, i) => checkFiniteNumbers(x, [...path, i], c));
    else if ((0,policy_issues/* isRecord */.u)(v))
        for (const [k, x] of Object.entries(v))
            checkFiniteNumbers(x, [...path, k], c);
}
function checkHaproxy(h, c) {
    const at = (...p) => ['haproxy', ...p];
    c.check(h.output, at('output'), whitelist/* checkOutputPath */.$b);
    list(h.bind).forEach((b, i) => c.check(b, at('bind', i), whitelist/* checkListenAddress */.Qr));
    c.check(h.certificate, at('certificate'), whitelist/* checkFilePath */.QI);
    c.check(h['http-bind'], at('http-bind'), whitelist/* checkListenAddress */.Qr);
    const resolvers = rec(h.resolvers);
    list(resolvers.nameservers).forEach((n, i) => c.check(n, at('resolvers', 'nameservers', i), whitelist/* checkNameserver */.VP));
    c.duration(resolvers.refresh, at('resolvers', 'refresh'), DURATION_BOUNDS['resolvers.refresh']);
    checkRate(rec(h.limits)['rate-per-ip'], at('limits', 'rate-per-ip'), c);
    const timeouts = rec(h.timeouts);
    for (const k of ['connect', 'client', 'server'])
        c.duration(timeouts[k], at('timeouts', k), DURATION_BOUNDS[`timeouts.${k}`]);
    // one address, or a fleet's list: each entry is checked as one address
    const runtimeApi = (v) => (0,whitelist/* checkAddressOrSocket */.hm)(v) ?? checkRuntimeApiAddress(v);
    const apis = h['runtime-api'];
    if (Array.isArray(apis)) {
        apis.forEach((a, i) => c.check(a, at('runtime-api', i), runtimeApi));
        apis.forEach((a, i) => {
            if (apis.indexOf(a) !== i)
                c.add(at('runtime-api', i), `${String(a)} is listed twice; list each instance once`);
        });
    }
    else
        c.check(apis, at('runtime-api'), runtimeApi);
    c.check(h['stats-socket'], at('stats-socket'), whitelist/* checkFilePath */.QI);
    c.check(h['prometheus-bind'], at('prometheus-bind'), whitelist/* checkListenAddress */.Qr);
    c.check(h['map-file'], at('map-file'), whitelist/* checkFilePath */.QI);
    if (h['ca-file'] !== '@system-ca')
        c.check(h['ca-file'], at('ca-file'), whitelist/* checkFilePath */.QI);
    checkListeners(h, (path, message) => c.add(path, message));
    checkHaproxyExtras(h, c);
}
function checkRate(raw, path, c) {
    const rate = (0,units/* parseRate */.WN)(raw);
    if (!rate)
        return;
    const [cmin, cmax] = RATE_COUNT_BOUNDS;
    const [pmin, pmax] = DURATION_BOUNDS['rate-per-ip period'];
    const range = `valid: ${cmin}–${cmax} requests per ${(0,units/* formatDuration */.a3)(pmin)}–${(0,units/* formatDuration */.a3)(pmax)}, e.g. 200/10s`;
    if (rate.count < cmin || rate.count > cmax || rate.periodMs < pmin || rate.periodMs > pmax)
        c.add(path, `${JSON.stringify(raw)} is out of range; ${range}`);
}
/** Issue 12: log target, client CA, trusted proxies, state and token files, tunnel timeout. */
function checkHaproxyExtras(h, c) {
    const at = (...p) => ['haproxy', ...p];
    c.check(h.log, at('log'), whitelist/* checkLogTarget */.wu);
    c.check(h['client-ca'], at('client-ca'), whitelist/* checkFilePath */.QI);
    if (h['client-ca'] !== undefined && h.certificate === undefined) {
        c.add(at('client-ca'), 'client certificates need TLS at HAProxy: set `haproxy.certificate` too', {
            at: 'key',
        });
    }
    if (h['client-verify'] !== undefined && h['client-ca'] === undefined) {
        c.add(at('client-verify'), 'verifies nothing without `haproxy.client-ca` (the CA client certificates are checked with)', {
            at: 'key',
        });
    }
    list(h['trusted-proxies']).forEach((n, i) => c.check(n, at('trusted-proxies', i), whitelist/* checkCidr */.tC));
    c.check(h['server-state-file'], at('server-state-file'), whitelist/* checkFilePath */.QI);
    c.check(h['token-map'], at('token-map'), whitelist/* checkFilePath */.QI);
    c.duration(rec(h.timeouts).tunnel, at('timeouts', 'tunnel'), DURATION_BOUNDS['timeouts.tunnel']);
}
/** Issue 12: health timing, allow-from networks, client-verify needs a client CA. */
function checkServiceExtras(s, path, hasClientCa, c) {
    const at = (...p) => [...path, ...p];
    const health = rec(s.health);
    c.duration(health.interval, at('health', 'interval'), DURATION_BOUNDS['health.interval']);
    c.duration(health.timeout, at('health', 'timeout'), DURATION_BOUNDS['health.timeout']);
    c.duration(health.slowstart, at('health', 'slowstart'), DURATION_BOUNDS['health.slowstart']);
    const allow = rec(rec(s.routing).header)['allow-from'];
    list(allow).forEach((n, i) => c.check(n, at('routing', 'header', 'allow-from', i), whitelist/* checkCidr */.tC));
    if (s['client-verify'] !== undefined && !hasClientCa) {
        c.add(at('client-verify'), 'verifies nothing without `haproxy.client-ca`; set it or remove this key', {
            at: 'key',
        });
    }
}
function checkService(s, path, ctx, c) {
    const at = (...p) => [...path, ...p];
    c.check(s.name, at('name'), whitelist/* checkServiceName */.PV);
    c.check(s.project, at('project'), whitelist/* checkProjectId */.vb);
    c.check(s.region, at('region'), whitelist/* checkRegion */.vK);
    for (const key of ['project', 'region']) {
        if (s[key] === undefined && ctx.defaults[key] === undefined) {
            c.add(at(key), `no ${key}: set \`${key}\` on the service or in \`defaults\``, { locateAt: path });
        }
    }
    const hosts = list(s.hosts);
    hosts.forEach((h, i) => c.check(h, at('hosts', i), whitelist/* checkHostname */.yr));
    reportDuplicates(hosts, at('hosts'), 'host', c);
    const paths = list(s.paths);
    paths.forEach((p, i) => c.check(p, at('paths', i), whitelist/* checkPath */.Cg));
    reportDuplicates(paths, at('paths'), 'path', c);
    checkRelease(s, path, c);
    checkUrl(s, path, ctx, c);
    const routing = rec(s.routing);
    const header = rec(routing.header);
    c.check(header.name, at('routing', 'header', 'name'), (v) => (0,whitelist/* checkHeaderName */.FS)(v) ?? checkCohortHeader(v));
    c.check(header.value, at('routing', 'header', 'value'), whitelist/* checkHeaderValue */.BB);
    c.check(routing['sticky-cookie'], at('routing', 'sticky-cookie'), whitelist/* checkCookieName */.Iw);
    if (ctx.splitAt === 'haproxy' && !(0,policy_issues/* isRecord */.u)(routing.header) && routing['sticky-cookie'] === undefined) {
        c.add(at('routing'), 'split-at: haproxy needs a way to route the canary: set `routing.sticky-cookie` (and/or `routing.header`)', { locateAt: s.routing === undefined ? path : at('routing') });
    }
    for (const block of ['health', 'smoke']) {
        const p = rec(s[block]).path;
        c.check(p, at(block, 'path'), whitelist/* checkPath */.Cg);
        checkReservedPath(p, at(block, 'path'), c);
    }
    checkSteps(s.steps, at('steps'), (0,policy_issues/* isRecord */.u)(routing.header), c);
    if (s.analysis !== undefined && !(0,policy_issues/* isRecord */.u)(s.analysis))
        return;
    checkAnalysis(s.analysis, at('analysis'), { splitAt: ctx.splitAt, servicePath: path }, c);
}
function reportDuplicates(items, path, what, c) {
    const seen = new Map();
    items.forEach((v, i) => {
        if (typeof v !== 'string')
            return;
        const k = v.toLowerCase();
        const first = seen.get(k);
        if (first === undefined)
            seen.set(k, i);
        else
            c.add([...path, i], `${what} ${JSON.stringify(v)} is listed twice (also at index ${first})`);
    });
}
function checkRelease(s, path, c) {
    c.check(s.image, [...path, 'image'], whitelist/* checkImage */.cd);
    c.check(s.revision, [...path, 'revision'], whitelist/* checkRevisionName */.vV);
    if (s.image === undefined && s.revision === undefined) {
        c.add([...path, 'image'], 'set exactly one of `image` (a container image) or `revision` (a revision name)', {
            locateAt: path,
        });
    }
    else if (s.image !== undefined && s.revision !== undefined) {
        c.add([...path, 'revision'], 'set exactly one of `image` or `revision`, not both', { at: 'key' });
    }
}
/** HAProxy needs the Cloud Run host name: the given url, or the deterministic one. */
function checkUrl(s, path, ctx, c) {
    c.check(s.url, [...path, 'url'], whitelist/* checkRunUrl */.hI);
    checkRunHost(s, path, ctx.defaults, (p, m) => c.add(p, m));
    if (s.url === undefined &&
        s['project-number'] === undefined &&
        ctx.defaults['project-number'] === undefined) {
        c.add([...path, 'url'], "HAProxy needs this service's Cloud Run host name: set `url` (https://SERVICE-HASH-REGION_CODE.a.run.app) " +
            'or `project-number` on the service or in `defaults`', { locateAt: path });
    }
}
function checkReservedPath(value, path, c) {
    if (typeof value === 'string' && value.endsWith('z')) {
        c.add(path, `${JSON.stringify(value)} ends in "z"; Cloud Run reserves paths ending in z (like /healthz); use e.g. /health`);
    }
}
function checkSteps(raw, path, hasHeader, c) {
    let previous;
    list(raw).forEach((step, i) => {
        if (!(0,policy_issues/* isRecord */.u)(step))
            return;
        const at = (...p) => [...path, i, ...p];
        c.duration(step.bake, at('bake'), DURATION_BOUNDS.bake);
        checkMaxBake(step, at('max-bake'), c);
        const headerOnly = step['header-only'] === true;
        if (headerOnly) {
            if (i > 0)
                c.add(at('header-only'), 'header-only is allowed only as the first step', { at: 'key' });
            if (step.percent !== undefined) {
                c.add(at('percent'), 'a header-only step routes the header cohort only (0%); remove `percent`', {
                    at: 'key',
                });
            }
            if (!hasHeader)
                c.add(at('header-only'), 'a header-only step needs `routing.header` on the service', { at: 'key' });
            return;
        }
        if (step.percent === undefined) {
            c.add(at('percent'), 'a step needs `percent: 1–100` (or `header-only: true` as the first step)', {
                locateAt: at(),
            });
            return;
        }
        // an out-of-range percent already has its error; comparing against it would only add noise
        if (typeof step.percent !== 'number' || step.percent < 1 || step.percent > 100)
            return;
        if (previous && step.percent <= previous.percent) {
            c.add(at('percent'), `${step.percent} is not above the previous step's ${previous.percent}; percents must strictly increase`);
        }
        previous = { percent: step.percent, index: i };
    });
}
const DAY_MS = 24 * 3_600_000;
/** max-bake: at least the bake (the minimum time), at most a day. */
function checkMaxBake(step, path, c) {
    const max = (0,units/* parseDuration */.E9)(step['max-bake']);
    if (max === undefined)
        return;
    const bake = (0,units/* parseDuration */.E9)(step.bake);
    if (bake !== undefined && max < bake) {
        c.add(path, `${String(step['max-bake'])} is shorter than the bake ${String(step.bake)}; max-bake must be at least the bake`);
    }
    else if (max > DAY_MS) {
        c.add(path, `${String(step['max-bake'])} is above 24h (the longest stage allowed)`);
    }
    else if (max === 0) {
        c.add(path, `${String(step['max-bake'])} is zero; write a duration at least the bake, like 30m`);
    }
}
/** Checks an analysis block (or its absence: the defaults need prometheus.url). */
function checkAnalysis(raw, path, ctx, c) {
    const a = rec(raw);
    const source = a.source ?? 'prometheus';
    const prometheus = rec(a.prometheus);
    c.check(prometheus.url, [...path, 'prometheus', 'url'], whitelist/* checkHttpUrl */.Om);
    if (source === 'prometheus' &&
        prometheus.url === undefined &&
        (raw === undefined || a.prometheus === undefined)) {
        c.add([...path, 'prometheus', 'url'], `source prometheus${a.source === undefined ? ' (the default)' : ''} needs \`prometheus.url\`; set it or ` +
            'choose `source: cloud-monitoring` or `source: haproxy`', { locateAt: raw === undefined ? ctx.servicePath : path });
    }
    if (source === 'haproxy' && ctx.splitAt === 'cloud-run') {
        c.add([...path, 'source'], 'source haproxy cannot tell revisions apart when Cloud Run splits the traffic (split-at: cloud-run); ' +
            'use prometheus or cloud-monitoring');
    }
    c.duration(a.interval, [...path, 'interval'], DURATION_BOUNDS.interval);
    list(a.metrics).forEach((m, i) => checkMetric(m, [...path, 'metrics', i], source, ctx.splitAt, c));
    // a metric that reads Prometheus on its own needs the block's URL too
    list(a.metrics).forEach((m, i) => {
        if (!(0,policy_issues/* isRecord */.u)(m) || source === 'prometheus' || prometheus.url !== undefined)
            return;
        const kind = Object.keys(m)[0];
        if (rec(m[kind]).source === 'prometheus') {
            c.add([...path, 'metrics', i, kind, 'source'], 'source prometheus on this metric needs `prometheus.url` in the analysis block; set it, or use cloud-monitoring');
        }
    });
}
/** The metric's own `source`, else the block's. */
function metricSource(m, blockSource) {
    const body = rec(m['error-rate'] ?? m.latency ?? m.custom);
    return body.source ?? blockSource;
}
/** Where latency can come from: HAProxy keeps no histogram, and Prometheus with split-at haproxy
 * reads HAProxy's exporter, which has none either. */
function latencyUnavailable(source, splitAt) {
    if (source === 'haproxy') {
        return ('latency is not available from source haproxy (HAProxy keeps counters, no latency histogram); ' +
            'set `source: cloud-monitoring` on this metric (Cloud Run request latencies), or drop it');
    }
    if (source === 'prometheus' && splitAt === 'haproxy') {
        return ("latency is not available from source prometheus with split-at haproxy (it reads HAProxy's exporter, " +
            'which has no latency histogram); set `source: cloud-monitoring` on this metric, or use split-at cloud-run ' +
            "(Prometheus then reads Cloud Run's request_latencies)");
    }
    return null;
}
const MAX_WARMUP_MS = 30 * 60_000;
function checkJudgeFields(body, path, c) {
    if (body.absolute === true && body.max === undefined) {
        c.add([...path, 'absolute'], '`absolute: true` applies to the `max` ceiling; set `max` or remove it');
    }
}
function checkMetric(m, path, blockSource, splitAt, c) {
    if (!(0,policy_issues/* isRecord */.u)(m))
        return;
    const source = metricSource(m, blockSource);
    const own = rec(m['error-rate'] ?? m.latency ?? m.custom).source;
    const kind = Object.keys(m)[0];
    if (own === 'haproxy' && splitAt === 'cloud-run') {
        c.add([...path, kind, 'source'], 'source haproxy cannot tell revisions apart when Cloud Run splits the traffic (split-at: cloud-run); ' +
            'use prometheus or cloud-monitoring');
    }
    const errorRate = m['error-rate'];
    if ((0,policy_issues/* isRecord */.u)(errorRate)) {
        const pct = (0,units/* parsePercent */.lo)(errorRate.max);
        if (pct !== undefined && pct > 100)
            c.add([...path, 'error-rate', 'max'], `${pct}% is above 100%`);
        if (errorRate.max === undefined && errorRate['vs-baseline'] === false) {
            c.add([...path, 'error-rate'], 'judges nothing: set `max` or leave `vs-baseline` true', { at: 'key' });
        }
        checkJudgeFields(errorRate, [...path, 'error-rate'], c);
    }
    const latency = m.latency;
    if ((0,policy_issues/* isRecord */.u)(latency)) {
        const unavailable = latencyUnavailable(source, splitAt);
        if (unavailable)
            c.add([...path, 'latency'], unavailable, { at: 'key' });
        const warmup = (0,units/* parseDuration */.E9)(latency.warmup);
        if (warmup !== undefined && warmup > MAX_WARMUP_MS) {
            c.add([...path, 'latency', 'warmup'], `${String(latency.warmup)} is above 30m (the longest warm-up allowed)`);
        }
        c.duration(latency.max, [...path, 'latency', 'max'], DURATION_BOUNDS['latency.max']);
        checkJudgeFields(latency, [...path, 'latency'], c);
        if (latency.max === undefined && latency['vs-baseline'] === false) {
            c.add([...path, 'latency'], 'judges nothing: set `max` or leave `vs-baseline` true', { at: 'key' });
        }
    }
    const custom = m.custom;
    if ((0,policy_issues/* isRecord */.u)(custom)) {
        if (source === 'haproxy') {
            c.add([...path, 'custom'], 'custom queries need source prometheus or cloud-monitoring', { at: 'key' });
        }
        if (typeof custom.query === 'string')
            checkPlaceholders(custom.query, [...path, 'custom', 'query'], (p, m) => c.add(p, m));
        if (custom.min === undefined && custom.max === undefined) {
            c.add([...path, 'custom'], 'judges nothing: set `min` and/or `max`', { at: 'key' });
        }
        if (typeof custom.min === 'number' && typeof custom.max === 'number' && custom.min > custom.max) {
            c.add([...path, 'custom', 'min'], `min ${custom.min} is above max ${custom.max}`);
        }
    }
}
/** The haproxy source reads `show stat` through the runtime API: the run refuses it without one. */
function checkStatSource(services, runtimeApi, splitAt, c) {
    if (runtimeApi !== undefined || splitAt === 'cloud-run')
        return; // cloud-run: refused on its own
    services.forEach((s, i) => {
        if (rec(rec(s).analysis).source !== 'haproxy')
            return;
        c.add(['services', i, 'analysis', 'source'], 'source haproxy reads the counters through the runtime API: set `haproxy.runtime-api` ' +
            '(a unix socket or a private address), or use source prometheus or cloud-monitoring');
    });
}
function checkUniqueNames(services, c) {
    const seen = new Map();
    services.forEach((s, i) => {
        const name = rec(s).name;
        if (typeof name !== 'string')
            return;
        const first = seen.get(name);
        if (first === undefined)
            seen.set(name, i);
        else
            c.add(['services', i, 'name'], `duplicate service name ${JSON.stringify(name)} (also services[${first}].name)`);
    });
}
/** Two services may not claim the same host + path prefix (HAProxy would route to the first). */
function checkUniqueRoutes(services, c) {
    const owner = new Map();
    services.forEach((raw, i) => {
        const s = rec(raw);
        const paths = list(s.paths).filter((p) => typeof p === 'string');
        const routes = [];
        list(s.hosts).forEach((h, hi) => {
            if (typeof h !== 'string')
                return;
            if (paths.length === 0)
                routes.push({ host: h, path: EVERY_PATH, at: ['services', i, 'hosts', hi] });
            paths.forEach((p, pi) => routes.push({ host: h, path: routedPrefix(p), at: ['services', i, 'paths', pi] }));
        });
        const reported = new Set();
        for (const r of routes) {
            const key = `${r.host.toLowerCase()} ${r.path}`;
            const first = owner.get(key);
            if (first === undefined)
                owner.set(key, i);
            else if (first !== i && !reported.has(key)) {
                reported.add(key);
                const what = r.path === EVERY_PATH ? 'every path' : `path prefix ${r.path} (with or without a trailing /)`;
                c.add(r.at, `host ${JSON.stringify(r.host)} with ${what} is already routed to services[${first}]`);
            }
        }
    });
}


;// CONCATENATED MODULE: ./src/policy/index.ts
// The policy module's public API: text → Policy or every error at once, with positions.













/** sha256 hex of the policy text, for the rollout annotation and the config header. */
function policyDigest(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
}
/** The whole pipeline: parse (plain YAML only), schema, semantic + whitelist checks, normalise. */
function validatePolicyText(text, file) {
    try {
        return validateUnguarded(text, file);
    }
    catch (e) {
        // the depth check in parse should make this unreachable; a stack overflow still gets a position
        if (!(e instanceof RangeError))
            throw e;
        const message = `the policy is nested too deeply to read (${e.message}); flatten it`;
        return { ok: false, errors: [{ file, line: 1, col: 1, path: '(yaml)', message }] };
    }
}
/** An error found after validation (e.g. by an adapter), placed at `path` in the policy text. */
function policyErrorAt(text, file, path, message) {
    const parsed = parsePolicyYaml(text, file);
    const locate = parsed.ok ? parsed.parsed.locate : () => ({ line: 1, col: 1 });
    return toError({ path, message }, file, locate);
}
function validateUnguarded(text, file) {
    const parsed = parsePolicyYaml(text, file);
    if (!parsed.ok)
        return { ok: false, errors: sortErrors(parsed.errors) };
    const { data, locate } = parsed.parsed;
    const issues = mergeIssues((0,policy_issues/* isRecord */.u)(data) ? schemaIssues(data) : [], semanticIssues(data));
    if (issues.length > 0) {
        return { ok: false, errors: sortErrors(issues.map((i) => toError(i, file, locate))) };
    }
    return {
        ok: true,
        policy: (0,normalise/* normalisePolicy */.Rn)(data, file, policyDigest(text)),
    };
}
/**
 * Validates and normalises an `analysis:` block given as plain data (the offline replay CLI).
 * There are no positions, so every error is at 1:1; paths start at `analysis`.
 */
function validateAnalysisBlock(raw, file) {
    const prefix = ['analysis'];
    const c = new Collector();
    if (raw !== undefined)
        checkFiniteNumbers(raw, prefix, c);
    checkAnalysis(raw, prefix, { servicePath: prefix }, c);
    const schema = raw === undefined ? [] : analysisSchemaIssues(raw, prefix);
    const issues = mergeIssues(schema, c.issues);
    if (issues.length > 0) {
        return {
            ok: false,
            errors: sortErrors(issues.map((i) => toError(i, file, () => ({ line: 1, col: 1 })))),
        };
    }
    return { ok: true, analysis: (0,normalise/* normaliseAnalysis */.JZ)((0,policy_issues/* isRecord */.u)(raw) ? raw : {}) };
}
/**
 * A whitelist message names the offending character; the schema's pattern error for the same
 * value only repeats it less precisely, so it is dropped. Exact duplicates are dropped too.
 */
function mergeIssues(schema, semantic) {
    const semanticPaths = new Set(semantic.map((i) => formatPath(i.path)));
    const kept = schema.filter((i) => !(i.keyword === 'pattern' && semanticPaths.has(formatPath(i.path))));
    const seen = new Set();
    return [...kept, ...semantic].filter((i) => {
        const key = `${formatPath(i.path)}\n${i.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function toError(issue, file, locate) {
    const pos = issue.locateAt ? locate(issue.locateAt) : locate(issue.path, issue.at);
    // no message may carry a raw control character or line break into a log line or a report
    return {
        file,
        line: pos.line,
        col: pos.col,
        path: (0,visible/* visible */.R)(formatPath(issue.path)),
        message: (0,visible/* visible */.R)(issue.message),
    };
}
function sortErrors(errors) {
    return [...errors].sort((a, b) => a.line - b.line || a.col - b.col || a.path.localeCompare(b.path) || a.message.localeCompare(b.message));
}


/***/ }),

/***/ 32348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ describeValue),
/* harmony export */   u: () => (/* binding */ isRecord)
/* harmony export */ });
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** How a value reads in a message: `the string "x"`, `the number 5`, `a list`. */
function describeValue(v) {
    if (v === null || v === undefined)
        return 'nothing (null)';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a map';
    if (typeof v === 'string')
        return `the string ${JSON.stringify(v)}`;
    if (typeof v === 'number')
        return `the number ${v}`;
    return String(v);
}


/***/ }),

/***/ 25714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ SERVICE_NAME_MAX),
/* harmony export */   LR: () => (/* binding */ tagHost),
/* harmony export */   OX: () => (/* binding */ SERVICE_NAME),
/* harmony export */   PZ: () => (/* binding */ STABLE_TAG),
/* harmony export */   Yd: () => (/* binding */ backendName),
/* harmony export */   ZQ: () => (/* binding */ GENERATED_BY_LINE),
/* harmony export */   dR: () => (/* binding */ canaryRevisionName),
/* harmony export */   eV: () => (/* binding */ CANARY_TAG),
/* harmony export */   ix: () => (/* binding */ REVISION_NAME),
/* harmony export */   jV: () => (/* binding */ generatedByLine),
/* harmony export */   l7: () => (/* binding */ releaseOf)
/* harmony export */ });
// The names canary-relay gives and accepts, one home each: a side's backend (also its revisions-map
// key), the tags on Cloud Run revisions, the canary revision of a release, the service and
// revision name patterns, and the "Generated by" line of a rendered config with the regex that
// finds it. The policy schema's `name` pattern admits every service name SERVICE_NAME does
// (__tests__/policy/names.test.ts checks that they agree).
const STABLE_TAG = 'stable';
const CANARY_TAG = 'canary';
/** The host of a Cloud Run revision tag: `<tag>---<the service's host or its first label>`. */
function tagHost(tag, host) {
    return `${tag}---${host}`;
}
/** A side's HAProxy backend, `<service>_<side>` (`service`: the service URL under split-at
 *  cloud-run); the revisions map keys its entries by it too. */
function backendName(service, side) {
    return `${service}_${side}`;
}
/** The canary revision of an image release: `<service>-<first 7 chars of the commit>`. */
function canaryRevisionName(service, commit) {
    return `${service}-${commit.slice(0, 7).toLowerCase()}`;
}
/** The release a service asks for, as messages name it: its image, or `revision <name>`. */
function releaseOf(s) {
    return s.image ?? `revision ${s.revision}`;
}
/** Cloud Run service names: lowercase letters, digits and `-`, starting with a letter, not ending
 *  with `-`, at most SERVICE_NAME_MAX characters. */
const SERVICE_NAME_MAX = 49;
const SERVICE_NAME = /^[a-z](?:[a-z0-9-]{0,47}[a-z0-9])?$/;
/** Cloud Run revision names: the same alphabet, at most 63 characters. */
const REVISION_NAME = /^[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const GENERATED_BY = '# Generated by canary-relay from ';
/** The first line of a rendered HAProxy config (the digest moves with every policy change). */
function generatedByLine(file, digest) {
    return `${GENERATED_BY}${file} (sha256 ${digest}).`;
}
/** Finds the generatedByLine in a config (with its line break). */
const GENERATED_BY_LINE = new RegExp(`^${GENERATED_BY}.*\\n`, 'm');


/***/ }),

/***/ 16233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mh: () => (/* binding */ DEFAULT_HAPROXY),
  EU: () => (/* binding */ DEFAULT_HAPROXY_EXTRAS),
  rD: () => (/* binding */ DEFAULT_HEALTH),
  Ri: () => (/* binding */ DEFAULT_OPERATION_TIMEOUT_MS),
  JZ: () => (/* binding */ normaliseAnalysis),
  Rn: () => (/* binding */ normalisePolicy)
});

// UNUSED EXPORTS: DEFAULT_METRICS, MAX_BAKE_FACTOR, defaultSteps

// EXTERNAL MODULE: ./src/policy/issues.ts
var issues = __webpack_require__(32348);
// EXTERNAL MODULE: ./src/policy/types.ts
var types = __webpack_require__(63943);
// EXTERNAL MODULE: ./src/policy/units.ts
var units = __webpack_require__(42233);
;// CONCATENATED MODULE: ./src/policy/normalise-controls.ts
// Validated `notify` and `hooks` blocks → their resolved form (events default to all).



const DEFAULT_HOOK_TIMEOUT_MS = 30_000;
function normaliseNotify(list) {
    return list.filter(issues/* isRecord */.u).map((t) => {
        const events = Array.isArray(t.events) ? t.events : [...types/* NOTIFY_EVENTS */.y];
        if ((0,issues/* isRecord */.u)(t.slack))
            return { kind: 'slack', urlEnv: t.slack['webhook-url-env'], events };
        const w = (0,issues/* isRecord */.u)(t.webhook) ? t.webhook : {};
        return { kind: 'webhook', urlEnv: w['url-env'], secretEnv: w['secret-env'], events };
    });
}
function normaliseHook(h) {
    const out = { timeoutMs: (0,units/* parseDuration */.E9)(h.timeout) ?? DEFAULT_HOOK_TIMEOUT_MS };
    if (typeof h.url === 'string')
        out.url = h.url;
    if (typeof h['url-env'] === 'string')
        out.urlEnv = h['url-env'];
    if (typeof h['secret-env'] === 'string')
        out.secretEnv = h['secret-env'];
    return out;
}
function normaliseHooks(h) {
    const out = {};
    if ((0,issues/* isRecord */.u)(h['pre-step']))
        out.preStep = normaliseHook(h['pre-step']);
    if ((0,issues/* isRecord */.u)(h['post-step']))
        out.postStep = normaliseHook(h['post-step']);
    return out;
}

;// CONCATENATED MODULE: ./src/policy/normalise.ts
// Validated raw data → the Policy contract (defaults applied, durations in ms, percents 0..100,
// error-rate ceilings as fractions). Runs only on data that passed every check, so it can
// trust types; the `?? default` fall-backs are the documented defaults.



const rec = (v) => ((0,issues/* isRecord */.u)(v) ? v : {});
const str = (v) => (typeof v === 'string' ? v : undefined);
const num = (v) => (typeof v === 'number' ? v : undefined);
const ms = (v, fallback) => (0,units/* parseDuration */.E9)(v ?? fallback) ?? 0;
const DEFAULT_HAPROXY = {
    output: 'haproxy/haproxy.cfg',
    bind: [':443'],
    redirectHttp: true,
    httpBind: ':80',
    limits: { maxConnections: 4000 },
    timeouts: { connectMs: 5_000, clientMs: 30_000, serverMs: 300_000 },
    statsSocket: '/run/haproxy/admin.sock',
    prometheusBind: '127.0.0.1:8405',
    mapFile: '/etc/haproxy/canary-relay.map',
    caFile: '@system-ca',
};
/** Issue 12 settings' defaults (the renderer applies them to policies built without them). */
const DEFAULT_HAPROXY_EXTRAS = {
    log: 'stdout',
    clientVerify: 'required',
    serverStateFile: '/var/lib/haproxy/canary-relay.state',
    tokenMap: '/etc/haproxy/canary-relay-tokens.map',
    tunnelTimeoutMs: 3_600_000,
};
/** Health checks that tolerate a Cloud Run cold start (README "Health checks and cold starts"). */
const DEFAULT_HEALTH = {
    intervalMs: 20_000,
    timeoutMs: 15_000,
    fall: 3,
    rise: 2,
    slowstartMs: 30_000,
};
/** How long one Cloud Run operation may run when the policy does not say (`defaults.operation-timeout`). */
const DEFAULT_OPERATION_TIMEOUT_MS = 600_000;
function normalisePolicy(data, file, digest) {
    const defaults = rec(data.defaults);
    return {
        version: 1,
        file,
        digest,
        haproxy: normaliseHaproxy(rec(data.haproxy)),
        splitAt: (str(data['split-at']) ?? 'haproxy'),
        services: data.services.map((s) => normaliseService(rec(s), defaults)),
        operationTimeoutMs: (0,units/* parseDuration */.E9)(defaults['operation-timeout']) ?? DEFAULT_OPERATION_TIMEOUT_MS,
        ...(Array.isArray(data.notify) ? { notify: normaliseNotify(data.notify) } : {}),
    };
}
function normaliseHaproxy(h) {
    const d = DEFAULT_HAPROXY;
    const limits = rec(h.limits);
    const timeouts = rec(h.timeouts);
    const out = {
        output: str(h.output) ?? d.output,
        bind: Array.isArray(h.bind) ? [...h.bind] : [...d.bind],
        redirectHttp: typeof h['redirect-http'] === 'boolean' ? h['redirect-http'] : d.redirectHttp,
        httpBind: str(h['http-bind']) ?? d.httpBind,
        limits: { maxConnections: num(limits['max-connections']) ?? d.limits.maxConnections },
        timeouts: {
            connectMs: ms(timeouts.connect, '5s'),
            clientMs: ms(timeouts.client, '30s'),
            serverMs: ms(timeouts.server, '300s'),
        },
        statsSocket: str(h['stats-socket']) ?? d.statsSocket,
        prometheusBind: str(h['prometheus-bind']) ?? d.prometheusBind,
        mapFile: str(h['map-file']) ?? d.mapFile,
        caFile: str(h['ca-file']) ?? d.caFile,
    };
    const rate = (0,units/* parseRate */.WN)(limits['rate-per-ip']);
    if (rate)
        out.limits.ratePerIp = rate;
    normaliseHaproxyExtras(h, out);
    if (str(h.certificate))
        out.certificate = str(h.certificate);
    if (num(h.hsts) !== undefined)
        out.hstsSeconds = num(h.hsts);
    if (str(h['runtime-api']))
        out.runtimeApi = str(h['runtime-api']);
    const fleet = h['runtime-api'];
    if (Array.isArray(fleet) && fleet.length > 0 && fleet.every((a) => typeof a === 'string' && a !== '')) {
        out.runtimeApi = fleet[0];
        out.runtimeApis = [...fleet];
    }
    if ((0,issues/* isRecord */.u)(h.resolvers)) {
        out.resolvers = {
            nameservers: [...h.resolvers.nameservers],
            refreshMs: ms(h.resolvers.refresh, '30s'),
        };
    }
    return out;
}
/** Issue 12: logs, client certificates, trusted proxies, HSTS, server state, tokens, tunnels. */
function normaliseHaproxyExtras(h, out) {
    const e = DEFAULT_HAPROXY_EXTRAS;
    out.log = str(h.log) ?? e.log;
    if (str(h['client-ca']))
        out.clientCa = str(h['client-ca']);
    out.clientVerify = (str(h['client-verify']) ?? e.clientVerify);
    out.trustedProxies = Array.isArray(h['trusted-proxies']) ? [...h['trusted-proxies']] : [];
    out.hstsIncludeSubdomains = h['hsts-include-subdomains'] === true;
    out.serverStateFile = str(h['server-state-file']) ?? e.serverStateFile;
    out.tokenMap = str(h['token-map']) ?? e.tokenMap;
    out.tunnelTimeoutMs = ms(rec(h.timeouts).tunnel, '1h');
}
/** Issue 12: health-check timing, ID-token auth, client certificates, who may send the header. */
function normaliseServiceExtras(s, out) {
    const h = rec(s.health);
    const d = DEFAULT_HEALTH;
    out.health = {
        ...out.health,
        intervalMs: ms(h.interval, `${d.intervalMs}ms`),
        timeoutMs: ms(h.timeout, `${d.timeoutMs}ms`),
        fall: num(h.fall) ?? d.fall,
        rise: num(h.rise) ?? d.rise,
        slowstartMs: ms(h.slowstart, `${d.slowstartMs}ms`),
    };
    out.auth = (str(s.auth) ?? 'none');
    const clientAuth = str(s['client-authorization']);
    out.clientAuthorization = (clientAuth ??
        (out.auth === 'id-token' ? 'drop' : 'pass-through'));
    if (str(s['client-verify']))
        out.clientVerify = str(s['client-verify']);
    const allow = rec(rec(s.routing).header)['allow-from'];
    if (out.routing.header && Array.isArray(allow))
        out.routing.header.allowFrom = [...allow];
}
/** The default steps (docs/ARCHITECTURE.md, "Policy to traffic"); header-only only with a header. */
function defaultSteps(hasHeader) {
    const percent = [5, 25, 50].map((p) => ({
        headerOnly: false,
        percent: p,
        bakeMs: 600_000,
        maxBakeMs: MAX_BAKE_FACTOR * 600_000,
    }));
    const header = { headerOnly: true, percent: 0, bakeMs: 300_000, maxBakeMs: MAX_BAKE_FACTOR * 300_000 };
    return hasHeader ? [header, ...percent] : percent;
}
function normaliseService(s, defaults) {
    const routing = rec(s.routing);
    const header = (0,issues/* isRecord */.u)(routing.header)
        ? { name: routing.header.name, value: routing.header.value }
        : undefined;
    const out = {
        name: s.name,
        project: (str(s.project) ?? str(defaults.project)),
        region: (str(s.region) ?? str(defaults.region)),
        hosts: [...s.hosts],
        paths: Array.isArray(s.paths) ? [...s.paths] : [],
        routing: {},
        health: { path: str(rec(s.health).path) ?? '/health' },
        steps: Array.isArray(s.steps)
            ? s.steps.map((x) => normaliseStep(rec(x)))
            : defaultSteps(header !== undefined),
        promote: (str(s.promote) ?? 'on-merge'),
        analysis: normaliseAnalysis(rec(s.analysis)),
    };
    const projectNumber = str(s['project-number']) ?? str(defaults['project-number']);
    if (projectNumber)
        out.projectNumber = projectNumber;
    if (str(s.image))
        out.image = str(s.image);
    if (str(s.revision))
        out.revision = str(s.revision);
    if (str(s.url))
        out.url = s.url.replace(/\/$/, '');
    if (header)
        out.routing.header = header;
    if (str(routing['sticky-cookie']))
        out.routing.stickyCookie = str(routing['sticky-cookie']);
    if ((0,issues/* isRecord */.u)(s.smoke))
        out.smoke = normaliseSmoke(s.smoke);
    normaliseServiceExtras(s, out);
    if (Array.isArray(s.notify))
        out.notify = normaliseNotify(s.notify);
    if ((0,issues/* isRecord */.u)(s.hooks))
        out.hooks = normaliseHooks(s.hooks);
    return out;
}
/** max-bake when a step gives none: three bakes, long enough for a healthy canary at modest traffic. */
const MAX_BAKE_FACTOR = 3;
function normaliseStep(x) {
    const headerOnly = x['header-only'] === true;
    const bakeMs = ms(x.bake, '0s');
    const maxBakeMs = (0,units/* parseDuration */.E9)(x['max-bake']) ?? MAX_BAKE_FACTOR * bakeMs;
    const step = { headerOnly, percent: headerOnly ? 0 : x.percent, bakeMs, maxBakeMs };
    if (x.approval === 'required')
        step.approval = 'required';
    return step;
}
function normaliseSmoke(x) {
    return {
        path: x.path,
        requests: num(x.requests) ?? 20,
        expectStatus: num(x['expect-status']) ?? 200,
    };
}
const DEFAULT_METRICS = [{ kind: 'error-rate', max: 0.01, vsBaseline: true }];
function normaliseAnalysis(a) {
    const out = {
        source: (str(a.source) ?? 'prometheus'),
        intervalMs: ms(a.interval, '30s'),
        minRequests: num(a['min-requests']) ?? 200,
        alpha: num(a.alpha) ?? 0.01,
        metrics: Array.isArray(a.metrics)
            ? a.metrics.map((m) => normaliseMetric(rec(m)))
            : DEFAULT_METRICS.map((m) => ({ ...m })),
    };
    const url = str(rec(a.prometheus).url);
    if (url)
        out.prometheusUrl = url;
    out.onInconclusive = (str(a['on-inconclusive']) ?? 'hold');
    if (num(a['pass-alpha']) !== undefined)
        out.passAlpha = num(a['pass-alpha']);
    return out;
}
/** The judge's per-metric fields, shared by error-rate and latency. */
function judgeFields(x) {
    const out = {};
    if (num(x.tolerance) !== undefined)
        out.tolerance = num(x.tolerance);
    if (typeof x.absolute === 'boolean')
        out.absolute = x.absolute;
    if (str(x.source))
        out.source = str(x.source);
    return out;
}
function normaliseMetric(m) {
    if ((0,issues/* isRecord */.u)(m['error-rate'])) {
        const e = m['error-rate'];
        const pct = (0,units/* parsePercent */.lo)(e.max);
        const out = { kind: 'error-rate', vsBaseline: e['vs-baseline'] !== false, ...judgeFields(e) };
        if (pct !== undefined)
            out.max = pct / 100;
        return out;
    }
    if ((0,issues/* isRecord */.u)(m.latency)) {
        const l = m.latency;
        const out = {
            kind: 'latency',
            quantile: num(l.quantile) ?? 0.95,
            vsBaseline: l['vs-baseline'] !== false,
            ...judgeFields(l),
        };
        const max = (0,units/* parseDuration */.E9)(l.max);
        if (max !== undefined)
            out.maxMs = max;
        const warmup = (0,units/* parseDuration */.E9)(l.warmup);
        if (warmup !== undefined)
            out.warmupMs = warmup;
        return out;
    }
    const c = rec(m.custom);
    const out = { kind: 'custom', name: c.name, query: c.query };
    if (num(c.min) !== undefined)
        out.min = num(c.min);
    if (num(c.max) !== undefined)
        out.max = num(c.max);
    if (str(c.source))
        out.source = str(c.source);
    return out;
}


/***/ }),

/***/ 69385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ allSteps),
/* harmony export */   Sj: () => (/* binding */ serviceStep),
/* harmony export */   Zb: () => (/* binding */ maxStep),
/* harmony export */   bn: () => (/* binding */ checkStep),
/* harmony export */   e9: () => (/* binding */ shareLabel),
/* harmony export */   qs: () => (/* binding */ stateStep),
/* harmony export */   r6: () => (/* binding */ percentAt),
/* harmony export */   vO: () => (/* binding */ stepLabel)
/* harmony export */ });
/** Highest step any service has: renderable steps are 0..maxStep(policy). */
function maxStep(policy) {
    return policy.services.reduce((m, s) => Math.max(m, s.steps.length), 0);
}
/** Every renderable step, 0..maxStep(policy). */
function allSteps(policy) {
    return Array.from({ length: maxStep(policy) + 1 }, (_, k) => k);
}
/** Throws unless `step` is an integer in 0..maxStep(policy). */
function checkStep(policy, step) {
    const max = maxStep(policy);
    if (!Number.isInteger(step) || step < 0 || step > max) {
        throw new Error(`step ${step} is out of range for ${policy.file}: use 0 (header route only, 0%) to ${max} (1-based step)`);
    }
}
/** The step a service is at when the rollout is at `step`: a service with fewer steps than the
 *  longest one stays on its last step. 0 means before the first step. */
function serviceStep(service, step) {
    return Math.min(step, service.steps.length);
}
/** The step a rollout state's 0-based `step` index means; 0 past the service's last step (a
 *  policy that lost steps mid-rollout): no step, so no canary share. */
function stateStep(service, index) {
    return index < service.steps.length ? index + 1 : 0;
}
/** Canary percent a step means for a service: step 0 and header-only steps are 0. */
function percentAt(service, step) {
    if (!Number.isInteger(step) || step < 0) {
        throw new Error(`step ${step} for service ${service.name} is not a whole number >= 0`);
    }
    const k = serviceStep(service, step);
    if (k === 0)
        return 0;
    const s = service.steps[k - 1];
    const p = s.headerOnly ? 0 : s.percent;
    if (!Number.isInteger(p) || p < 0 || p > 100) {
        throw new Error(`service ${service.name} step ${k}: percent ${p} is not a whole number 0..100`);
    }
    return p;
}
/** What a step sends the canary: "header only" or "25%". */
function shareLabel(headerOnly, percent) {
    return headerOnly ? 'header only' : `${percent}%`;
}
/** "step 2 (25%)", "step 1 (header only)": a service's step as messages name it. */
function stepLabel(service, step) {
    const s = service.steps[step - 1];
    return `step ${step} (${shareLabel(s?.headerOnly, s?.percent ?? 0)})`;
}


/***/ }),

/***/ 42233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   WN: () => (/* binding */ parseRate),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   jc: () => (/* binding */ formatBake),
/* harmony export */   lo: () => (/* binding */ parsePercent)
/* harmony export */ });
// The policy's value syntaxes: durations (`1h30m`, `500ms`), percentages (`1%`), rates (`200/10s`).
const DURATION = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/;
/** Milliseconds, or undefined when `text` is not a duration. */
function parseDuration(text) {
    if (typeof text !== 'string' || text === '')
        return undefined;
    const m = DURATION.exec(text);
    if (!m)
        return undefined;
    const [h, min, s, ms] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
    return ((h * 60 + min) * 60 + s) * 1000 + ms;
}
/** `1%` → 1 (percent, not fraction); undefined when not a percentage. */
function parsePercent(text) {
    if (typeof text !== 'string' || !/^\d+(\.\d+)?%$/.test(text))
        return undefined;
    return Number(text.slice(0, -1));
}
/** `200/10s` → { count: 200, periodMs: 10000 }. */
function parseRate(text) {
    if (typeof text !== 'string')
        return undefined;
    const slash = text.indexOf('/');
    if (slash <= 0 || !/^\d+$/.test(text.slice(0, slash)))
        return undefined;
    const periodMs = parseDuration(text.slice(slash + 1));
    return periodMs === undefined ? undefined : { count: Number(text.slice(0, slash)), periodMs };
}
/** `1h30m`, `10m`, `500ms`: the shortest policy duration for `ms` (inverse of parseDuration). */
function formatDuration(ms) {
    if (ms === 0)
        return '0s';
    const parts = [];
    let rest = ms;
    for (const [unit, size] of [
        ['h', 3_600_000],
        ['m', 60_000],
        ['s', 1000],
        ['ms', 1],
    ]) {
        const n = Math.floor(rest / size);
        if (n > 0)
            parts.push(`${n}${unit}`);
        rest -= n * size;
    }
    return parts.join('');
}
/** A bake time in its largest whole unit: "10m", "90s", "1500ms" (plan rows and reports). */
function formatBake(ms) {
    if (ms > 0 && ms % 3_600_000 === 0)
        return `${ms / 3_600_000}h`;
    if (ms > 0 && ms % 60_000 === 0)
        return `${ms / 60_000}m`;
    if (ms % 1000 === 0)
        return `${ms / 1000}s`;
    return `${ms}ms`;
}


/***/ }),

/***/ 26743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ checkOutputPath),
/* harmony export */   BB: () => (/* binding */ checkHeaderValue),
/* harmony export */   Cg: () => (/* binding */ checkPath),
/* harmony export */   FS: () => (/* binding */ checkHeaderName),
/* harmony export */   Iw: () => (/* binding */ checkCookieName),
/* harmony export */   Om: () => (/* binding */ checkHttpUrl),
/* harmony export */   PV: () => (/* binding */ checkServiceName),
/* harmony export */   QI: () => (/* binding */ checkFilePath),
/* harmony export */   Qr: () => (/* binding */ checkListenAddress),
/* harmony export */   VP: () => (/* binding */ checkNameserver),
/* harmony export */   cd: () => (/* binding */ checkImage),
/* harmony export */   hI: () => (/* binding */ checkRunUrl),
/* harmony export */   hm: () => (/* binding */ checkAddressOrSocket),
/* harmony export */   l_: () => (/* binding */ checkAddress),
/* harmony export */   r5: () => (/* binding */ isV6),
/* harmony export */   tC: () => (/* binding */ checkCidr),
/* harmony export */   vK: () => (/* binding */ checkRegion),
/* harmony export */   vV: () => (/* binding */ checkRevisionName),
/* harmony export */   vb: () => (/* binding */ checkProjectId),
/* harmony export */   wu: () => (/* binding */ checkLogTarget),
/* harmony export */   yr: () => (/* binding */ checkHostname)
/* harmony export */ });
/* unused harmony exports describeChar, checkPort */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25714);
// Injection whitelist: every user value that reaches the HAProxy config (or a Cloud Run
// resource name) must consist of a small allowed character set. A newline, `#`, a space,
// `$VAR`, `%[`, quotes, backslashes or a leading `-` change what an HAProxy config line
// means, so anything outside the set is rejected, naming the offending character. We never
// escape: an escaped value is one we would have to prove safe in every HAProxy context.
//
// Every checker returns null when the value is acceptable, else a message that says what is
// wrong and what would be valid.


/** Names for characters that are invisible or easily confused in a message. */
const CHAR_NAMES = {
    0x00: 'NUL',
    0x09: 'a tab',
    0x0a: 'a newline',
    0x0d: 'a carriage return',
    0x20: 'a space',
    0x7f: 'DEL',
};
/** Common non-ASCII look-alikes of ASCII letters (Cyrillic, Greek), for a clearer message. */
const LOOK_ALIKES = {
    0x0430: 'a',
    0x0435: 'e',
    0x043e: 'o',
    0x0440: 'p',
    0x0441: 'c',
    0x0443: 'y',
    0x0445: 'x',
    0x0456: 'i',
    0x0458: 'j',
    0x0455: 's',
    0x0410: 'A',
    0x0412: 'B',
    0x0415: 'E',
    0x041a: 'K',
    0x041c: 'M',
    0x041d: 'H',
    0x041e: 'O',
    0x0420: 'P',
    0x0421: 'C',
    0x0422: 'T',
    0x0425: 'X',
    0x03bf: 'o',
    0x03b1: 'a',
    0x039f: 'O',
    0x0391: 'A',
    0x2010: '-',
    0x2011: '-',
    0x2013: '-',
    0x2212: '-',
    0xff0e: '.',
    0x2215: '/',
};
/** `"#" (U+0023)`, `a newline (U+000A)`, `"а" (U+0430, non-ASCII, looks like "a")`. */
function describeChar(ch) {
    const cp = ch.codePointAt(0) ?? 0;
    const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    const named = CHAR_NAMES[cp];
    if (named)
        return `${named} (${code})`;
    if (cp < 0x20 || (cp >= 0x80 && cp < 0xa0))
        return `a control character (${code})`;
    if (cp > 0x7e) {
        const like = LOOK_ALIKES[cp];
        return `"${ch}" (${code}, non-ASCII${like ? `, looks like "${like}"` : ''})`;
    }
    return `"${ch}" (${code})`;
}
const ALNUM = /^[A-Za-z0-9]$/;
function allowedBy(extra) {
    return (ch) => ALNUM.test(ch) || extra.includes(ch);
}
/** Letters, digits and the `extra` characters; the message lists them. */
function alnumRule(what, extra, maxLength) {
    return { what, allowed: `A-Z a-z 0-9 and ${[...extra].join(' ')}`, ok: allowedBy(extra), maxLength };
}
/** Shared first pass: empty, too long, leading "-", first character outside the set. */
function checkChars(value, rule) {
    if (typeof value !== 'string')
        return `must be a string (${rule.what})`;
    if (value.length === 0)
        return `must not be empty; expected ${rule.what}`;
    let pos = 0;
    for (const ch of value) {
        pos++;
        if (!rule.ok(ch)) {
            return `contains ${describeChar(ch)} at position ${pos}; ${rule.what} may contain only ${rule.allowed}`;
        }
    }
    if (value.startsWith('-')) {
        return `starts with "-", which HAProxy would read as an option; ${rule.what} must not start with "-"`;
    }
    if (value.length > rule.maxLength) {
        return `is ${value.length} characters long; ${rule.what} may be at most ${rule.maxLength}`;
    }
    return null;
}
const HOSTNAME = alnumRule('a hostname', '-.', 253);
/** A DNS name: labels of 1–63 letters/digits/hyphens, no label starting or ending with "-". */
function checkHostname(value) {
    const bad = checkChars(value, HOSTNAME);
    if (bad)
        return bad;
    const v = value;
    const labels = v.split('.');
    for (const label of labels) {
        if (label.length === 0)
            return `"${v}" has an empty label (".." or a leading/trailing "."); write e.g. shop.example.com`;
        if (label.length > 63)
            return `label "${label}" is ${label.length} characters long; at most 63`;
        if (label.startsWith('-') || label.endsWith('-')) {
            return `label "${label}" starts or ends with "-"; hostname labels begin and end with a letter or digit`;
        }
    }
    return null;
}
const HEADER_NAME = alnumRule('a header name', '-', 64);
const checkHeaderName = (value) => checkChars(value, HEADER_NAME) ??
    (/^[A-Za-z]/.test(value) ? null : `"${value}" must start with a letter, e.g. X-Canary`);
const HEADER_VALUE = alnumRule('a header value', '-._~:/=+', 256);
const checkHeaderValue = (value) => checkChars(value, HEADER_VALUE);
const PATH = alnumRule('a path', '-._~/', 1024);
/** An URL path prefix such as /checkout or /api/v1/. */
const checkPath = (value) => checkChars(value, PATH) ??
    (value.startsWith('/') ? null : `"${value}" must start with "/", e.g. /checkout`);
const COOKIE_NAME = alnumRule('a cookie name', '_-', 64);
const checkCookieName = (value) => checkChars(value, COOKIE_NAME);
const FILE_PATH = alnumRule('a file path', '-._/', 1024);
/** A file path (absolute, or relative to the repository); no ".." segments. */
function checkFilePath(value) {
    const bad = checkChars(value, FILE_PATH);
    if (bad)
        return bad;
    const v = value;
    if (v.split('/').includes('..'))
        return `"${v}" contains a ".." segment; write the path without ".."`;
    if (v.endsWith('/'))
        return `"${v}" ends with "/"; name a file, not a directory`;
    return null;
}
/** `output` is written inside the checkout: relative, and never into git's own files. */
function checkOutputPath(value) {
    const bad = checkFilePath(value);
    if (bad)
        return bad;
    const v = value;
    if (v.startsWith('/'))
        return `${JSON.stringify(v)} is absolute; write a path relative to the repository, e.g. haproxy/haproxy.cfg`;
    const segments = v.split('/').filter((s) => s !== '' && s !== '.');
    if (segments.length === 0)
        return `${JSON.stringify(v)} names no file; write e.g. haproxy/haproxy.cfg`;
    if (segments.some((s) => s.toLowerCase() === '.git'))
        return `${JSON.stringify(v)} is inside .git; the rendered config must not overwrite git's files: write e.g. haproxy/haproxy.cfg`;
    return null;
}
const ADDRESS = alnumRule('an address', '-.:[]', 300);
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
function checkPort(port) {
    if (!/^\d{1,5}$/.test(port))
        return `port "${port}" is not a number; write e.g. :443`;
    const n = Number(port);
    if (n < 1 || n > 65535)
        return `port ${n} is outside 1–65535`;
    return null;
}
/**
 * node:net's isIPv6, asked only of text with a colon (every IPv6 address has one): its first call
 * compiles a large regex (~8 ms of CPU), which a host name or an IPv4 address never needs.
 */
const isV6 = (s) => s.includes(':') && (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv6)(s);
/** `host:port`, `:port`, `ipv4:port` or `[ipv6]:port`. */
function checkAddress(value) {
    const bad = checkChars(value, ADDRESS);
    if (bad)
        return bad;
    const v = value;
    const usage = 'write host:port, :port, 10.0.0.2:53 or [::1]:8443';
    const v6 = /^\[([0-9A-Fa-f:.]+)\]:([^:]*)$/.exec(v);
    if (v6 && !isV6(v6[1]))
        return `"${v6[1]}" is not an IPv6 address; ${usage}`;
    if (v6)
        return checkPort(v6[2]);
    if (v.includes('[') || v.includes(']'))
        return `"${v}" is not a valid address; ${usage}`;
    const colon = v.lastIndexOf(':');
    if (colon < 0)
        return `"${v}" has no port; ${usage}`;
    const host = v.slice(0, colon);
    if (host.includes(':'))
        return `"${v}": an IPv6 address must be in brackets, e.g. [::1]:8443`;
    // digits and dots only is meant as an IPv4 address (libc would also read "0" or "127.1" as one)
    if (/^[0-9.]+$/.test(host) && !IPV4.test(host))
        return `"${host}" is not an IPv4 address (four numbers 0–255, like 10.0.0.2); ${usage}`;
    if (host !== '' && !IPV4.test(host)) {
        const hostBad = checkHostname(host);
        if (hostBad)
            return `host part: ${hostBad}`;
    }
    return checkPort(v.slice(colon + 1));
}
/** The host part of a checked address (`[v6]` unbracketed); '' for `:port`. */
const hostOf = (v) => v.slice(0, v.lastIndexOf(':')).replace(/^\[|\]$/g, '');
/**
 * Where HAProxy listens: an IP address, `localhost` or `:port`. A host name would be resolved when
 * HAProxy starts (and by `haproxy -c` on the runner, where it may not resolve at all).
 */
function checkListenAddress(value) {
    const bad = checkAddress(value);
    if (bad)
        return bad;
    const host = hostOf(value);
    if (host === '' || host === 'localhost' || IPV4.test(host) || isV6(host))
        return null;
    return (`"${host}" is a host name; HAProxy listens on an address: write an IP address, localhost or ` +
        `:port (all interfaces), e.g. 10.0.0.5${value.slice(value.lastIndexOf(':'))}`);
}
/** A name server: a host (IP address or name) and a port; `:53` names no server. */
function checkNameserver(value) {
    const bad = checkAddress(value);
    if (bad)
        return bad;
    if (hostOf(value) === '')
        return `"${value}" names no server; write ip:port, e.g. 10.0.0.2:53`;
    return null;
}
/** An address for a socket that may also be a Unix socket path: `/run/x.sock` or `host:port`. */
function checkAddressOrSocket(value) {
    if (typeof value === 'string' && value.startsWith('/'))
        return checkFilePath(value);
    return checkListenAddress(value);
}
const LOWER_NAME = {
    what: 'a Cloud Run name',
    allowed: 'a-z 0-9 and -',
    ok: (ch) => /^[a-z0-9-]$/.test(ch),
    maxLength: 63,
};
/** Cloud Run service: lowercase letters, digits, hyphens; starts with a letter; ≤ 49 chars. */
function checkServiceName(value) {
    const bad = checkChars(value, {
        ...LOWER_NAME,
        what: 'a Cloud Run service name',
        maxLength: _names_js__WEBPACK_IMPORTED_MODULE_1__/* .SERVICE_NAME_MAX */ .$4,
    });
    if (bad)
        return bad;
    const v = value;
    if (!/^[a-z]/.test(v))
        return `"${v}" must start with a lowercase letter (Cloud Run service names do)`;
    if (v.endsWith('-'))
        return `"${v}" must not end with "-" (Cloud Run service names do not)`;
    return null;
}
/** Cloud Run revision: same alphabet as services, up to 63 characters. */
function checkRevisionName(value) {
    const bad = checkChars(value, { ...LOWER_NAME, what: 'a Cloud Run revision name' });
    if (bad)
        return bad;
    const v = value;
    if (!/^[a-z]/.test(v))
        return `"${v}" must start with a lowercase letter, e.g. checkout-00042-abc`;
    if (v.endsWith('-'))
        return `"${v}" must not end with "-"`;
    return null;
}
const IMAGE = {
    what: 'a container image',
    allowed: 'a-z 0-9 and - . _ / : @ (tags may also use A-Z)',
    ok: allowedBy('-._/:@'),
    maxLength: 512,
};
const IMAGE_RE = /^[a-z0-9]+([.-][a-z0-9]+)*(:\d+)?(\/[a-z0-9]+([._-]+[a-z0-9]+)*)+(:[A-Za-z0-9_][A-Za-z0-9._-]{0,127})?(@sha256:[a-f0-9]{64})?$/;
/** `REGISTRY/PATH[:TAG][@sha256:DIGEST]`, e.g. us-docker.pkg.dev/acme/apps/checkout@sha256:… */
function checkImage(value) {
    const bad = checkChars(value, IMAGE);
    if (bad)
        return bad;
    const v = value;
    if (!IMAGE_RE.test(v)) {
        return (`"${v}" is not an image reference; write REGISTRY/PATH[:TAG][@sha256:64-hex-digits], ` +
            'e.g. us-docker.pkg.dev/acme/apps/checkout@sha256:<digest> (repository path in lowercase)');
    }
    return null;
}
/** GCP project ID: 6–30 lowercase letters, digits, hyphens; starts with a letter. */
function checkProjectId(value) {
    const bad = checkChars(value, { ...LOWER_NAME, what: 'a project ID', maxLength: 30 });
    if (bad)
        return bad;
    const v = value;
    if (!/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(v)) {
        return `"${v}" is not a project ID: 6–30 characters, starting with a letter, not ending with "-"`;
    }
    return null;
}
/** A Cloud Run region such as us-central1 or europe-west4. */
function checkRegion(value) {
    const bad = checkChars(value, { ...LOWER_NAME, what: 'a region' });
    if (bad)
        return bad;
    const v = value;
    if (!/^[a-z]+(-[a-z]+)+\d+$/.test(v))
        return `"${v}" is not a region; write e.g. us-central1`;
    return null;
}
const URL_CHARS = alnumRule('a URL', '-._~:/[]', 2048);
const RUN_APP_HASH = /^https:\/\/[a-z][a-z0-9-]*-[a-z0-9]+-[a-z]{2,4}\.a\.run\.app\/?$/;
const RUN_APP_NUMBER = /^https:\/\/[a-z][a-z0-9-]*-\d+\.[a-z]+(-[a-z]+)+\d+\.run\.app\/?$/;
/** A Cloud Run service URL in either of its two forms. */
function checkRunUrl(value) {
    const bad = checkChars(value, URL_CHARS);
    if (bad)
        return bad;
    const v = value;
    if (RUN_APP_HASH.test(v) || RUN_APP_NUMBER.test(v))
        return null;
    return (`"${v}" is not a Cloud Run URL; write https://SERVICE-HASH-REGION_CODE.a.run.app ` +
        '(e.g. https://checkout-abc123xyz-uc.a.run.app) or https://SERVICE-PROJECT_NUMBER.REGION.run.app');
}
/** An http(s) URL with a host and optional port and path (the Prometheus API). */
function checkHttpUrl(value) {
    const bad = checkChars(value, URL_CHARS);
    if (bad)
        return bad;
    const v = value;
    const m = /^https?:\/\/(\[[0-9A-Fa-f:]+\]|[A-Za-z0-9.-]+)(:\d+)?(\/[A-Za-z0-9._~/-]*)?$/.exec(v);
    if (!m)
        return `"${v}" is not an http(s) URL; write e.g. http://prometheus.internal:9090`;
    if (m[2])
        return checkPort(m[2].slice(1));
    return null;
}
const CIDR_CHARS = {
    what: 'a CIDR',
    allowed: '0-9 a-f A-F and . : /',
    ok: (ch) => /^[0-9A-Fa-f.:/]$/.test(ch),
    maxLength: 43,
};
/** A network `10.0.0.0/8`, `2001:db8::/32`, or one address (`192.0.2.7`, `::1`). */
function checkCidr(value) {
    const bad = checkChars(value, CIDR_CHARS);
    if (bad)
        return bad;
    const v = value;
    const [addr, prefix, ...rest] = v.split('/');
    const usage = 'write e.g. 10.0.0.0/8, 192.0.2.7 or 2001:db8::/32';
    const family = IPV4.test(addr) ? 4 : isV6(addr) ? 6 : 0;
    if (rest.length > 0 || family === 0)
        return `"${v}" is not a network; ${usage}`;
    if (prefix === undefined)
        return null;
    const max = family === 4 ? 32 : 128;
    if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > max)
        return `"${v}": the prefix length must be 0–${max} for IPv${family}; ${usage}`;
    return null;
}
/** Where HAProxy logs: stdout, stderr, none, a syslog `host:port` (UDP) or socket path (/dev/log). */
function checkLogTarget(value) {
    if (value === 'stdout' || value === 'stderr' || value === 'none')
        return null;
    if (typeof value === 'string' && value.startsWith('/'))
        return checkFilePath(value);
    const bad = checkAddress(value);
    if (bad)
        return `${bad}; or write stdout, stderr or none`;
    if (value.startsWith(':'))
        return `"${value}" needs a host: write e.g. 10.0.0.9:514`;
    return null;
}


/***/ }),

/***/ 84546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ revisionsMapPath),
/* harmony export */   cE: () => (/* binding */ requireRevisionName),
/* harmony export */   zX: () => (/* binding */ renderRevisionsMap),
/* harmony export */   zt: () => (/* binding */ taggedRevisions)
/* harmony export */ });
/* unused harmony export REVISIONS_HEADER */
/* harmony import */ var _policy_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25714);
/* harmony import */ var _rollout_traffic_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94200);
// The revisions map: `<service>_<side>` → the Cloud Run revision the side's tag (stable/canary)
// points to, so a log line names the revision that served (txn.cr_rev). One config serves every
// rollout: the engine sets these entries at runtime whenever a tag moves, `canary-relay sync`
// writes the file from Cloud Run, and a missing entry logs the tag itself.


const REVISIONS_HEADER = '# canary-relay: revision behind each side (<service>_<stable|canary> <Cloud Run revision>); managed by canary-relay';
/** The revisions map's path, next to the percent map: `x.map` → `x.revisions.map`. */
function revisionsMapPath(mapFile) {
    return `${mapFile.replace(/\.map$/, '')}.revisions.map`;
}
/** Throws unless `rev` is a Cloud Run revision name (nothing else may reach HAProxy). */
function requireRevisionName(rev, what) {
    if (!_policy_names_js__WEBPACK_IMPORTED_MODULE_0__/* .REVISION_NAME */ .ix.test(rev))
        throw new Error(`${what}: ${JSON.stringify(rev)} is not a Cloud Run revision name (lowercase letters, digits and '-', starting with a letter, at most 63)`);
    return rev;
}
/** The entries a service's traffic means: each side's tag → the revision carrying it (null: no such tag). */
function taggedRevisions(service, traffic) {
    return {
        [(0,_policy_names_js__WEBPACK_IMPORTED_MODULE_0__/* .backendName */ .Yd)(service, _policy_names_js__WEBPACK_IMPORTED_MODULE_0__/* .STABLE_TAG */ .PZ)]: (0,_rollout_traffic_js__WEBPACK_IMPORTED_MODULE_1__/* .taggedRevision */ .qq)(traffic, _policy_names_js__WEBPACK_IMPORTED_MODULE_0__/* .STABLE_TAG */ .PZ),
        [(0,_policy_names_js__WEBPACK_IMPORTED_MODULE_0__/* .backendName */ .Yd)(service, _policy_names_js__WEBPACK_IMPORTED_MODULE_0__/* .CANARY_TAG */ .eV)]: (0,_rollout_traffic_js__WEBPACK_IMPORTED_MODULE_1__/* .taggedRevision */ .qq)(traffic, _policy_names_js__WEBPACK_IMPORTED_MODULE_0__/* .CANARY_TAG */ .eV),
    };
}
/** Map file text: the header, then one line per known side in policy order (unknown sides absent). */
function renderRevisionsMap(policy, revisions = {}) {
    const lines = [REVISIONS_HEADER];
    for (const s of policy.services) {
        for (const side of ['stable', 'canary']) {
            const rev = revisions[s.name]?.[side];
            if (rev)
                lines.push(`${(0,_policy_names_js__WEBPACK_IMPORTED_MODULE_0__/* .backendName */ .Yd)(s.name, side)} ${requireRevisionName(rev, `${s.name} ${side} revision`)}`);
        }
    }
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 94200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eV: () => (/* binding */ trafficEqual),
/* harmony export */   gx: () => (/* binding */ resolveTraffic),
/* harmony export */   lD: () => (/* binding */ split),
/* harmony export */   pR: () => (/* binding */ percentOf),
/* harmony export */   qJ: () => (/* binding */ servingRevision),
/* harmony export */   qq: () => (/* binding */ taggedRevision)
/* harmony export */ });
/* harmony import */ var _policy_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25714);
// Traffic arithmetic for the stage machine. Every target names a revision (never `latest`):
// once a template changes, `latest` would silently point at the canary.

const OURS = new Set([_policy_names_js__WEBPACK_IMPORTED_MODULE_0__/* .STABLE_TAG */ .PZ, _policy_names_js__WEBPACK_IMPORTED_MODULE_0__/* .CANARY_TAG */ .eV]);
/** Replaces `latest` targets by the latest ready revision so traffic can be compared and pinned. */
function resolveTraffic(traffic, latestReady) {
    return traffic.map((t) => {
        const revision = t.latest || !t.revision ? (latestReady ?? undefined) : t.revision;
        const out = { revision, percent: t.percent ?? 0 };
        if (t.tag)
            out.tag = t.tag;
        return out;
    });
}
/** The revision serving users: the `stable`-tagged one with traffic, else the one with the most. */
function servingRevision(traffic) {
    const tagged = traffic.find((t) => t.tag === _policy_names_js__WEBPACK_IMPORTED_MODULE_0__/* .STABLE_TAG */ .PZ && t.percent > 0 && t.revision);
    if (tagged?.revision)
        return tagged.revision;
    let best = null;
    for (const t of traffic)
        if (t.revision && t.percent > 0 && (!best || t.percent > best.percent))
            best = t;
    return best?.revision ?? null;
}
function percentOf(traffic, revision) {
    return traffic
        .filter((t) => revision !== null && t.revision === revision)
        .reduce((n, t) => n + t.percent, 0);
}
/**
 * Stable and canary share what other pinned revisions leave (a manual split is kept as is);
 * our two tags move to the revisions they name; other tags stay where they are.
 */
function split(current, spec) {
    const mine = new Set([spec.stable, spec.canary ?? '', ...(spec.drop ?? []).map((d) => d ?? '')]);
    const others = [];
    const extraTags = [];
    for (const t of current) {
        const tag = t.tag && !OURS.has(t.tag) ? t.tag : undefined;
        if (t.revision && mine.has(t.revision)) {
            // a user's own tag on stable/canary survives as a 0% tag target
            if (tag)
                extraTags.push({ revision: t.revision, percent: 0, tag });
            continue;
        }
        if (t.percent > 0 || tag)
            others.push(tag
                ? { revision: t.revision, percent: t.percent, tag }
                : { revision: t.revision, percent: t.percent });
    }
    const pool = 100 - others.reduce((n, t) => n + t.percent, 0);
    const c = spec.canary ? Math.max(0, Math.min(spec.percent, pool)) : 0;
    const out = [{ revision: spec.stable, percent: pool - c, tag: _policy_names_js__WEBPACK_IMPORTED_MODULE_0__/* .STABLE_TAG */ .PZ }, ...others];
    if (spec.canary && (spec.canaryTag || c > 0)) {
        out.push(spec.canaryTag
            ? { revision: spec.canary, percent: c, tag: _policy_names_js__WEBPACK_IMPORTED_MODULE_0__/* .CANARY_TAG */ .eV }
            : { revision: spec.canary, percent: c });
    }
    return [...out, ...extraTags];
}
function key(t) {
    return `${t.latest ? '@latest' : (t.revision ?? '')}|${t.tag ?? ''}`;
}
/** Equal as Cloud Run sees them: order and 0% untagged targets do not matter. */
function trafficEqual(a, b) {
    const norm = (ts) => ts
        .filter((t) => t.percent > 0 || t.tag)
        .map((t) => `${key(t)}|${t.percent}`)
        .sort()
        .join(',');
    return norm(a) === norm(b);
}
/** The revision carrying a tag, if any (Cloud Run puts a tag on one target at most). */
function taggedRevision(traffic, tag) {
    return traffic.find((t) => t.tag === tag && t.revision)?.revision ?? null;
}


/***/ })

};
