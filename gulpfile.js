const fs = require('fs');
const path = require('path');
const { src, dest, series } = require('gulp');

// Copies the assets `tsc` does not emit (icons and codex files) into dist/, keeping their
// relative paths so `file:../../icons/intercom.svg` in dist/nodes/Intercom/ resolves.
function copyIcons() {
	return src(['icons/*.svg', 'nodes/**/*.svg', 'credentials/**/*.svg'], {
		base: '.',
		encoding: false,
	}).pipe(dest(path.resolve('dist')));
}

function copyCodex() {
	return src(['nodes/**/*.node.json'], { base: '.' }).pipe(dest(path.resolve('dist')));
}

// Removes dist/ before tsc runs, so files of deleted sources never linger in the package.
async function clean() {
	fs.rmSync(path.resolve('dist'), { recursive: true, force: true });
}

exports.clean = clean;
exports['build:assets'] = series(copyIcons, copyCodex);
exports.default = exports['build:assets'];
