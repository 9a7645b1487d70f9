export const id = 550;
export const ids = [550];
export const modules = {

/***/ 69550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cliMain: () => (/* binding */ cliMain)
/* harmony export */ });
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95581);
// The CLI's own entry: index.ts loads it for a command line, so `validate` and friends never load
// the action's GitHub libraries, undici or simple-git (a separate chunk in dist/).

const stdio = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
};
/** A reader that stops early (`| head`) closes the pipe: stop quietly, as other CLI tools do. */
function quietOnClosedPipe() {
    process.stdout.on('error', (e) => {
        if (e.code !== 'EPIPE')
            throw e;
        process.exit(process.exitCode ?? 0);
    });
}
async function cliMain(argv) {
    quietOnClosedPipe();
    process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .ak)(argv.length ? argv : ['help'], stdio);
}


/***/ })

};
