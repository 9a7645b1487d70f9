export const id = 20;
export const ids = [20];
export const modules = {

/***/ 60020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildPlan: () => (/* binding */ buildPlan)
});

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(37291);
;// CONCATENATED MODULE: ./src/plan/changes.ts
// Fields that name the release; everything else about a service is "routing" for the plan.
const releaseKey = (s) => `${s.image ?? ''}\u0000${s.revision ?? ''}`;
function settingsKey(s) {
    const rest = { ...s };
    delete rest.image;
    delete rest.revision;
    return stableJson(rest);
}
/** JSON with sorted keys, so two equal policies compare equal whatever their key order. */
function stableJson(v) {
    if (Array.isArray(v))
        return `[${v.map(stableJson).join(',')}]`;
    if (v && typeof v === 'object') {
        const entries = Object.entries(v)
            .filter(([, x]) => x !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${stableJson(x)}`).join(',')}}`;
    }
    return JSON.stringify(v) ?? 'null';
}
/**
 * What changed from the base policy (null: the file is new) to the head policy, by service name.
 * A new service is `added`, not `canary`: it has no stable revision to compare against.
 */
function changedServices(base, head) {
    const before = new Map((base?.services ?? []).map((s) => [s.name, s]));
    const after = new Map(head.services.map((s) => [s.name, s]));
    const out = { canary: [], routing: [], removed: [], added: [], haproxyChanged: false };
    for (const [name, h] of after) {
        const b = before.get(name);
        if (!b)
            out.added.push(name);
        else if (releaseKey(b) !== releaseKey(h))
            out.canary.push(name);
        else if (settingsKey(b) !== settingsKey(h))
            out.routing.push(name);
    }
    for (const name of before.keys())
        if (!after.has(name))
            out.removed.push(name);
    out.haproxyChanged =
        base !== null && (stableJson(base.haproxy) !== stableJson(head.haproxy) || base.splitAt !== head.splitAt);
    return out;
}

// EXTERNAL MODULE: ./src/policy/steps.ts
var steps = __webpack_require__(69385);
// EXTERNAL MODULE: ./src/policy/names.ts
var policy_names = __webpack_require__(25714);
;// CONCATENATED MODULE: ./src/plan/plan.ts
// Pure: what a change from the base policy to the head policy would do, service by service.




function stagesOf(s) {
    return s.steps.map((st, i) => ({
        step: i + 1,
        label: (0,steps/* shareLabel */.e9)(st.headerOnly, st.percent),
        bakeMs: st.bakeMs,
    }));
}
/** Keys whose JSON differs, to explain a change (one level deep is enough). */
function diffFields(a, b) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).sort();
}
function classify(name, c) {
    if (c.added.includes(name))
        return 'added';
    if (c.removed.includes(name))
        return 'removed';
    if (c.canary.includes(name))
        return 'release';
    return c.routing.includes(name) ? 'routing' : 'unchanged';
}
function servicePlan(name, c, base, head) {
    return {
        name,
        change: classify(name, c),
        release: { before: base ? (0,policy_names/* releaseOf */.l7)(base) : null, after: head ? (0,policy_names/* releaseOf */.l7)(head) : null },
        stages: { before: base ? stagesOf(base) : [], after: head ? stagesOf(head) : [] },
        changedFields: base && head ? diffFields(base, head) : [],
    };
}
/**
 * `baseConfig`/`headConfig` are the rendered HAProxy configs (the caller renders; the plan
 * only compares), so the plan stays a function of its inputs.
 */
function buildPlan(base, head, baseConfig, headConfig) {
    const byName = (p) => new Map((p?.services ?? []).map((s) => [s.name, s]));
    const b = byName(base);
    const h = byName(head);
    const names = [...new Set([...h.keys(), ...b.keys()])];
    const changes = changedServices(base, head);
    const services = names.map((n) => servicePlan(n, changes, b.get(n), h.get(n)));
    // the provenance line names the policy's digest, which every change moves: not a config change
    baseConfig = baseConfig.replace(policy_names/* GENERATED_BY_LINE */.ZQ, '');
    headConfig = headConfig.replace(policy_names/* GENERATED_BY_LINE */.ZQ, '');
    const haproxyDiff = baseConfig === headConfig
        ? ''
        : (0,create/* createTwoFilesPatch */.ss)(`a/${head.haproxy.output}`, `b/${head.haproxy.output}`, baseConfig, headConfig, '', '', {
            context: 3,
        });
    return {
        policyFile: head.file,
        services,
        haproxyDiff,
        canary: services.some((s) => s.change === 'release' || s.change === 'added'),
    };
}


/***/ })

};
