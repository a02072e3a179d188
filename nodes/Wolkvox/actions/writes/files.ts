import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { Endpoint } from '../../shared/catalog';
import { textParameter } from '../../shared/parameters';
import { paramsOf } from '../../shared/pipeline/plan';
import type { ItemWrite } from '../../shared/writes/batches';
import { bodyFields, refuse } from '../../shared/writes/bodyParameters';
import { multipartBody } from '../../shared/writes/multipart';
import type { MultipartBody } from '../../shared/writes/multipart';
import type { WriteUnit } from './input';

/**
 * Uploads (upload_files): each input item is one file from its binary data, read and checked before
 * anything is sent; the files of one call go as one multipart/form-data body.
 */

/** The parameter naming the item's binary property, as n8n's own nodes name it. */
export const BINARY_PROPERTY = 'binaryPropertyName';
/** The name the file is stored under; the binary data's own when empty. */
export const FILE_NAME = 'fileName';

/** Reads and checks one item's file; a missing binary property or name is refused with nothing sent. */
export async function readFileWrite(ctx: IExecuteFunctions, itemIndex: number, endpoint: Endpoint, timeZone: string): Promise<ItemWrite<WriteUnit>> {
	const query = paramsOf(ctx, itemIndex, endpoint);
	const shared = bodyFields(ctx, itemIndex, endpoint, endpoint.body?.fields ?? [], timeZone);
	const property = textParameter(ctx, BINARY_PROPERTY, itemIndex, 'Input Binary Field', 'data');
	const binaries = ctx.getInputData()[itemIndex]?.binary ?? {};
	if (!property || !binaries[property]) {
		const present = Object.keys(binaries);
		throw refuse(
			ctx,
			itemIndex,
			endpoint,
			`item ${itemIndex + 1} has no binary data "${property}"`,
			present.length > 0
				? `Its binary fields are: ${present.join(', ')}. Set Input Binary Field to one of them. Nothing was sent.`
				: 'The item carries no file. Read or download one before this node (Read/Write Files from Disk, HTTP Request, Convert to File), or set Input Binary Field to the field holding it. Nothing was sent.',
		);
	}
	const binary = ctx.helpers.assertBinaryData(itemIndex, property);
	const data = await ctx.helpers.getBinaryDataBuffer(itemIndex, property);
	const fileName = textParameter(ctx, FILE_NAME, itemIndex, 'File Name') || (binary.fileName ?? '').trim();
	if (!fileName) {
		throw refuse(ctx, itemIndex, endpoint, `the file of item ${itemIndex + 1} has no name`, 'Give one in File Name: Wolkvox stores the file under it, and says by name which files it took. Nothing was sent.');
	}
	const own: IDataObject = { file_name: fileName, mime_type: binary.mimeType || 'application/octet-stream', file_size: data.length };
	return {
		itemIndex,
		sharedKey: JSON.stringify([query, shared]),
		unit: { query, shared, own, file: { fileName, mimeType: String(own.mime_type), data } },
	};
}

/** The body of one upload call: its shared fields (path), and one file as `field` or several as `field[]`, as Wolkvox documents. */
export function uploadBody(field: string, units: WriteUnit[]): MultipartBody {
	const fields: Record<string, string> = {};
	for (const [name, value] of Object.entries(units[0].shared)) fields[name] = String(value);
	const files = units.map((unit) => unit.file!);
	return multipartBody(fields, files.length === 1 ? field : `${field}[]`, files);
}
