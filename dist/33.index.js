export const id = 33;
export const ids = [33];
export const modules = {

/***/ 52033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   replayDefaults: () => (/* binding */ replayDefaults)
/* harmony export */ });
/** The service's analysis block and step K's bake times (1-based, default 1), or a usage message. */
function replayDefaults(policy, service, step) {
    const svc = policy.services.find((s) => s.name === service);
    if (!svc) {
        const names = policy.services.map((s) => s.name).join(', ');
        return `--service ${service}: ${policy.file} has no such service (it has ${names})`;
    }
    const k = step === undefined ? 1 : Number(step);
    if (!Number.isInteger(k) || k < 1 || k > svc.steps.length) {
        return `--step ${step}: expected an integer from 1 to ${svc.steps.length} (the steps of ${service})`;
    }
    const s = svc.steps[k - 1];
    return {
        analysis: svc.analysis,
        bake: s.bakeMs / 1000,
        maxBake: s.maxBakeMs !== undefined ? s.maxBakeMs / 1000 : undefined,
        from: `${policy.file} service ${service} step ${k}`,
    };
}


/***/ })

};
