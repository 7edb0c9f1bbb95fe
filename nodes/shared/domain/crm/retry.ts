/** When and how long to wait before trying a CRM request again. No timers here: the node sleeps. */

export interface RetryPolicy {
	/** Retries after the first attempt (0 = no retry). */
	maxRetries: number;
	/** First back-off in ms; doubles each retry. */
	baseDelayMs: number;
	/** Longest single wait in ms, also the most a Retry-After may ask for. */
	maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxRetries: 3, baseDelayMs: 500, maxDelayMs: 30_000 };

/** 429, 5xx (except 501 Not Implemented) and 408 are worth another try; other statuses are answers. */
export function isRetryableStatus(status: number): boolean {
	return status === 429 || status === 408 || (status >= 500 && status !== 501);
}

/** Retry-After as seconds or an HTTP date, in ms from `nowMs`; undefined when absent or unreadable. */
export function parseRetryAfter(header: unknown, nowMs: number): number | undefined {
	const text = Array.isArray(header) ? header[0] : header;
	if (typeof text !== 'string' && typeof text !== 'number') return undefined;
	const value = String(text).trim();
	if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
	const at = Date.parse(value);
	return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

export type RetryDecision = { retry: true; waitMs: number } | { retry: false; reason?: string };

/**
 * Whether attempt `attempt` (1-based) failed in a way that earns another try, and the wait:
 * Retry-After when the CRM sent one, else exponential back-off with a little spread
 * (`spread` in [0, 1), so parallel requests do not retry in lock-step).
 */
export function nextRetry(
	policy: RetryPolicy,
	attempt: number,
	failure: { status?: number; retryAfterMs?: number; connection?: boolean; transient?: boolean },
	spread = 0,
): RetryDecision {
	// `transient`: the caller read the answer itself (a provider that reports errors inside a 200).
	const retryable = failure.transient === true || failure.connection === true || (failure.status !== undefined && isRetryableStatus(failure.status));
	if (!retryable) return { retry: false };
	if (attempt > policy.maxRetries) return { retry: false, reason: `gave up after ${attempt} attempts` };
	if (failure.retryAfterMs !== undefined) {
		if (failure.retryAfterMs > policy.maxDelayMs) {
			return { retry: false, reason: `the CRM asked to wait ${Math.ceil(failure.retryAfterMs / 1000)} s, more than the ${Math.round(policy.maxDelayMs / 1000)} s allowed` };
		}
		return { retry: true, waitMs: failure.retryAfterMs };
	}
	const backoff = policy.baseDelayMs * 2 ** (attempt - 1);
	return { retry: true, waitMs: Math.min(policy.maxDelayMs, Math.round(backoff * (1 + 0.25 * spread))) };
}
