// Self-signed certificate for the HTTPS mode, made fresh at every start.

export interface Pem {
	key: string;
	cert: string;
}

export async function makeCertificate(): Promise<Pem> {
	// Loaded on demand: node-forge takes a noticeable time to import and plain HTTP never needs it.
	const { generate } = await import('selfsigned');
	const attrs = [{ name: 'commonName', value: '127.0.0.1' }];
	const extensions = [
		// Its own CA, so a client can trust exactly this certificate through the `ca` option.
		{ name: 'basicConstraints', cA: true },
		{ name: 'keyUsage', keyCertSign: true, digitalSignature: true, keyEncipherment: true },
		{ name: 'extKeyUsage', serverAuth: true },
		{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }, { type: 2, value: 'localhost' }] },
	];
	return new Promise((resolve, reject) => {
		// The callback form lets node-forge use Node's native RSA key generation (fast).
		generate(attrs, { days: 2, keySize: 2048, algorithm: 'sha256', extensions }, (err, pems) => {
			if (err || !pems) reject(err ?? new Error('certificate generation failed'));
			else resolve({ key: pems.private, cert: pems.cert });
		});
	});
}
