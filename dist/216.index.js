export const id = 216;
export const ids = [216];
export const modules = {

/***/ 80216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatPlan: () => (/* binding */ formatPlan)
/* harmony export */ });
/* harmony import */ var _policy_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42233);

const stageText = (rows) => rows.length ? rows.map((r) => `${r.label} (bake ${(0,_policy_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBake */ .jc)(r.bakeMs)})`).join(' → ') : '—';
const WHAT = {
    added: 'new service: canary of the first release',
    removed: 'removed from the policy: no longer routed by HAProxy (Cloud Run is left as it is)',
    release: 'new release: canary',
    routing: 'routing change only: plan and haproxy -c, no canary',
    unchanged: 'unchanged',
};
function serviceLines(s) {
    const lines = [`service ${s.name}: ${WHAT[s.change]}`];
    if (s.change === 'unchanged')
        return lines;
    lines.push(`  release: ${s.release.before ?? '—'} → ${s.release.after ?? '—'}`);
    if (s.changedFields.length)
        lines.push(`  changed: ${s.changedFields.join(', ')}`);
    lines.push(`  steps before: ${stageText(s.stages.before)}`);
    lines.push(`  steps after:  ${stageText(s.stages.after)}`);
    return lines;
}
function formatPlan(plan) {
    const out = [`plan for ${plan.policyFile}`, ''];
    for (const s of plan.services)
        out.push(...serviceLines(s), '');
    out.push(plan.haproxyDiff ? `HAProxy config diff:\n${plan.haproxyDiff}` : 'HAProxy config: no change');
    return out.join('\n');
}


/***/ })

};
