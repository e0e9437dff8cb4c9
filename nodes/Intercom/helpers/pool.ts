/** How one task of a pool ended. Tasks never started (after a stop) have no outcome. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface PoolOptions {
	/** Most tasks running at once (at least 1). */
	concurrency: number;
	/** Once a task fails, start no further tasks (those running finish). */
	stopOnError: boolean;
}

/**
 * Runs `task(0) … task(count - 1)` with at most `concurrency` running at once, starting them in
 * index order, and returns each one's outcome at its own index, whatever order they finish in.
 * With `stopOnError`, a failure stops new tasks from starting; indexes never started stay
 * undefined. A small worker pool: no timers, no dependency.
 */
export async function runPool<T>(
	count: number,
	task: (index: number) => Promise<T>,
	options: PoolOptions,
): Promise<Array<Outcome<T> | undefined>> {
	const outcomes = new Array<Outcome<T> | undefined>(count).fill(undefined);
	let next = 0;
	let stopped = false;
	const worker = async (): Promise<void> => {
		while (!stopped && next < count) {
			const index = next++;
			try {
				outcomes[index] = { ok: true, value: await task(index) };
			} catch (error) {
				outcomes[index] = { ok: false, error };
				if (options.stopOnError) stopped = true;
			}
		}
	};
	const workers = Math.max(1, Math.min(Math.floor(options.concurrency) || 1, count));
	await Promise.all(Array.from({ length: count ? workers : 0 }, async () => await worker()));
	return outcomes;
}
