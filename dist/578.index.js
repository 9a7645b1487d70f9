export const id = 578;
export const ids = [578];
export const modules = {

/***/ 10578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   forecastLines: () => (/* binding */ forecastLines),
/* harmony export */   predictStages: () => (/* binding */ predictStages)
/* harmony export */ });
/* harmony import */ var _evalue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59184);
/* harmony import */ var _power_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6215);
/* harmony import */ var _judge_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15377);
/* harmony import */ var _policy_steps_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69385);




const minutes = (s) => s < 5400 ? `${Math.max(1, Math.round(s / 60))} min` : `${Number((s / 3600).toFixed(1))} h`;
function predictStages(service, traffic) {
    const a = service.analysis;
    const metric = a.metrics.find((m) => m.kind === 'error-rate' && m.vsBaseline);
    const alpha = a.passAlpha ?? _judge_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_PASS_ALPHA */ .P1;
    const interval = a.intervalMs / 1000;
    const rate = `${Number(traffic.requestsPerSecond.toPrecision(3))} req/s (${Number((traffic.errorRate * 100).toPrecision(2))}% errors)`;
    return service.steps.map((step, k) => {
        const bake = step.bakeMs / 1000;
        const maxBake = (step.maxBakeMs ?? 3 * step.bakeMs) / 1000;
        const head = (0,_policy_steps_js__WEBPACK_IMPORTED_MODULE_3__/* .stepLabel */ .vO)(service, k + 1);
        if (!metric || metric.kind !== 'error-rate')
            return { step: k + 1, seconds: null, text: `${head}: no error-rate comparison to forecast` };
        if (step.headerOnly || step.percent >= 100) {
            return {
                step: k + 1,
                seconds: null,
                text: `${head}: its traffic share is not known in advance; no forecast`,
            };
        }
        const tolerance = metric.tolerance ?? _evalue_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PASS_RATIO */ .Sn;
        const polls = (0,_power_js__WEBPACK_IMPORTED_MODULE_1__/* .pollsToPass */ .h)({
            test: (0,_evalue_js__WEBPACK_IMPORTED_MODULE_0__/* .createMirrorTest */ .Mm)(tolerance),
            threshold: Math.log(1 / alpha),
            eventsPerPoll: traffic.requestsPerSecond * traffic.errorRate * interval,
            share: step.percent / 100,
            ratio: 1,
        });
        if (polls === null) {
            return {
                step: k + 1,
                seconds: null,
                text: `${head}: at ${rate} there are no errors to compare; it cannot pass and will be inconclusive at its max-bake (${minutes(maxBake)})`,
            };
        }
        const seconds = Math.max(bake, Math.round(polls * interval));
        const over = seconds > maxBake
            ? ` — longer than its max-bake (${minutes(maxBake)}): expect inconclusive unless traffic grows`
            : '';
        return {
            step: k + 1,
            seconds,
            text: `${head} needs ≈ ${minutes(seconds)} at ${rate} to show < ${tolerance}×; its bake is ${minutes(bake)}${over}`,
        };
    });
}
/** The plan's forecast lines for one service: a heading and one line per step, or one line saying why not. */
function forecastLines(service, read) {
    if (!read.ok)
        return [`No duration forecast: could not read recent traffic from ${read.from}: ${read.error}`];
    return [
        `Duration forecast from recent traffic (${read.from}):`,
        ...predictStages(service, read.traffic).map((p) => p.text),
    ];
}


/***/ })

};
