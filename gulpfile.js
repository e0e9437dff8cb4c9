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

exports['build:assets'] = series(copyIcons, copyCodex);
exports.default = exports['build:assets'];
