/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	setupFiles: ['<rootDir>/jest.setup.js'],
	reporters: ['default', '<rootDir>/jest.summary.js'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }],
	},
	testTimeout: 60000,
	// One worker per core (Jest's default leaves one core idle: on a 2-core machine that halves the speed).
	maxWorkers: '100%',
};
