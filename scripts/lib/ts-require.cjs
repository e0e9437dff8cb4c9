// Lets plain Node (20 or 24) `require()` this repo's TypeScript test code (the Intercom sandbox, the
// OpenAPI validator) without a build step: `.ts` files are transpiled on load with the repo's own
// `typescript` (a dev dependency), types stripped, no type check. Used by scripts/sandbox.mjs,
// scripts/dev.mjs and the end-to-end tests; Jest keeps using ts-jest.
//
//   const { requireTs } = require('./ts-require.cjs');
//   const { startSandbox } = requireTs('sandbox');     // a path relative to the repo root
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const REPO_DIR = path.resolve(__dirname, '..', '..');
let ts;

function register() {
	if (require.extensions['.ts']) return;
	ts ??= require(require.resolve('typescript', { paths: [REPO_DIR] }));
	require.extensions['.ts'] = function compileTs(module, filename) {
		const source = fs.readFileSync(filename, 'utf8');
		const { outputText } = ts.transpileModule(source, {
			fileName: filename,
			compilerOptions: {
				module: ts.ModuleKind.CommonJS,
				target: ts.ScriptTarget.ES2022,
				esModuleInterop: true,
				inlineSourceMap: true,
			},
		});
		module._compile(outputText, filename);
	};
}

/** `require` of a TypeScript module of this repo (path relative to the repo root, or absolute). */
function requireTs(modulePath) {
	register();
	return require(path.resolve(REPO_DIR, modulePath));
}

module.exports = { register, requireTs, REPO_DIR };
