/** Turns the credential's `server` into the API's base URL, refusing anything it cannot mean. */

export const SERVER_FORMS =
	'the server number (9901), its name (wv9901), its host (wv9901.wolkvox.com) or a full base URL (https://…; http:// only for localhost)';

export class ServerError extends Error {}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** `https://wv9901.wolkvox.com`, or the user's own base URL without a trailing slash or `/api/v2`. */
export function baseUrlOf(server: string): string {
	const value = (server ?? '').trim();
	if (value === '') throw new ServerError(`Server is empty. Use ${SERVER_FORMS}.`);
	let m = /^(?:wv)?(\d+)$/i.exec(value);
	if (m) return `https://wv${m[1]}.wolkvox.com`;
	m = /^(wv\d+\.wolkvox\.com)\.?$/i.exec(value);
	if (m) return `https://${m[1].toLowerCase()}`;
	if (/^https?:\/\//i.test(value)) {
		const url = URL.canParse(value) ? new URL(value) : undefined;
		if (!url) throw new ServerError(`Server "${value}" is not a valid URL. Use ${SERVER_FORMS}.`);
		// Quoted without query, fragment or user: they may hold a secret (?token=…, user:password@).
		const shown = `${url.protocol}//${url.host}${url.pathname}`;
		if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname)) {
			// The token travels in a header: plain HTTP is only acceptable on this machine.
			throw new ServerError(`Server "${shown}" uses http:// on a remote host. Use https://, or ${SERVER_FORMS}.`);
		}
		if (url.search || url.hash || url.username || url.password) {
			throw new ServerError(`Server "${shown}…" must be a base URL without query, fragment or user. Use ${SERVER_FORMS}.`);
		}
		const path = url.pathname.replace(/\/+$/, '').replace(/\/api\/v2$/i, '');
		return `${url.protocol}//${url.host}${path}`;
	}
	throw new ServerError(`Server "${value}" is not valid. Use ${SERVER_FORMS}.`);
}
