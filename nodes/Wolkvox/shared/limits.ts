/**
 * The Wolkvox API's limits as Wolkvox documents them (its documentation pages and Postman collection).
 * Every check against a limit reads it here.
 */
export const LIMITS = {
	/** Rows in one download; Wolkvox cuts the rest without saying so. */
	rowsPerDownload: 60_000,
	/** Records in one upload (a write whose body is a list of records). */
	recordsPerUpload: 10_000,
	/** Days between `date_ini` and `date_end` of one dated request. */
	daysPerRange: 31,
	/** Requests one token may have in flight at once; a third is refused with a 403. */
	simultaneousRequests: 2,
	/** Wolkvox stops a call after this long. */
	callTimeoutMs: 60_000,
} as const;

/** The caps an endpoint declares (the same for every endpoint today). */
export interface EndpointLimits {
	rowsPerDownload: number;
	recordsPerUpload: number;
}

export const ENDPOINT_LIMITS: EndpointLimits = {
	rowsPerDownload: LIMITS.rowsPerDownload,
	recordsPerUpload: LIMITS.recordsPerUpload,
};
