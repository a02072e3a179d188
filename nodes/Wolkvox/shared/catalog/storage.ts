import { bodyField, lookupIn, numbers, objectBody, text, timestamps, valuesOf, writeIn } from './builders';
import type { Batching, Endpoint } from './types';

// `wolkvox_storage.php?api=…`, the "wolkvox Storage" folder of Wolkvox's collection: the account's file
// store. Every endpoint is a POST, the two lookups included. What each takes and answers:
// docs/wolkvox-api.md#wolkvox-storage.

const write = writeIn('wolkvox_storage');
const lookup = lookupIn('wolkvox_storage');

/**
 * Files per upload call. Wolkvox documents no cap on upload_files: these are our choice, so that one
 * call stays well within its 60 s and one failed call puts few files in doubt. A file larger than
 * the byte cap goes alone.
 */
export const UPLOAD_CAPS = { maxFiles: 20, maxBytes: 50 * 1024 * 1024 } as const;

const UPLOAD: Batching = { kind: 'files', field: 'file', ...UPLOAD_CAPS };

/** The one-page size list_files asks for: the collection's example. */
const PAGE_SIZE = 150;

const PATH_DESCRIPTION = 'The folder in wolkvox Storage, such as /Fondos; the root when empty';

/** One file name per input item, sent with the others in one list. */
const FILES = bodyField('files', 'File Name', 'The name of the file in wolkvox Storage, as List Files shows it: one per input item', { type: 'list', required: true });

const SEE_FILES = 'Check with Storage → List Files or Get File Details whether the file is there, and how it is shared';

/** The per-file answers of the access and delete calls. */
const BY_FILE = { done: 'files' };

export const STORAGE: Endpoint[] = [
	{
		...lookup('list_files', 'List Files', {
			action: 'List files in storage',
			description: 'The files and folders of a folder of wolkvox Storage, with their type, size and last update',
			body: objectBody(bodyField('path', 'Path', PATH_DESCRIPTION)),
			pages: { rows: 'items', next: 'pagination.next_page_token', token: 'page_token', sizeField: 'limit', size: PAGE_SIZE },
			fields: [
				...text('name', 'file_name', 'contentType', 'id'),
				...timestamps('updated'),
				// "true" / "false", as sent: a folder has only its name.
				...text('isDirectory'),
				// In megabytes (file_details' size_mb of the same file agrees).
				...numbers('size'),
			],
		}),
		method: 'POST',
	},
	{
		...lookup('file_details', 'Get File Details', {
			action: 'Get file details',
			description: 'Whether a file exists in wolkvox Storage, its size, last update and whether it is public',
			body: objectBody(bodyField('file_name', 'File Name', 'The exact name of the file in wolkvox Storage', { required: true })),
			fields: [...text('full_name', 'file_name'), ...timestamps('updated'), ...text('is_public'), ...numbers('size_mb')],
		}),
		method: 'POST',
	},
	write('POST', 'public_access', 'Grant Public Access', {
		action: 'Grant public access to files',
		description: 'Make files of wolkvox Storage readable by anyone with their link, up to 10,000 per call',
		body: objectBody(FILES),
		write: { batching: valuesOf('files'), outcome: 'published', byName: BY_FILE, check: SEE_FILES },
	}),
	write('POST', 'restricted_access', 'Restrict Access', {
		action: 'Restrict access to files',
		description: 'Make public files of wolkvox Storage readable only by authenticated users again, up to 10,000 per call',
		body: objectBody(FILES),
		write: { batching: valuesOf('files'), outcome: 'restricted', byName: BY_FILE, check: SEE_FILES },
	}),
	write('POST', 'delete_files', 'Delete Files (Permanent)', {
		action: 'Permanently delete files',
		description: 'Delete files from wolkvox Storage; Wolkvox refuses files uploaded less than 90 days ago',
		body: objectBody(FILES),
		write: { batching: valuesOf('files'), outcome: 'deleted', destructive: true, byName: BY_FILE, check: SEE_FILES },
	}),
	write('POST', 'upload_files', 'Upload Files', {
		action: 'Upload files to storage',
		description: `Upload the binary file of each input item to a folder of wolkvox Storage, up to ${UPLOAD_CAPS.maxFiles} files per call`,
		body: objectBody(bodyField('path', 'Path', PATH_DESCRIPTION)),
		write: { batching: UPLOAD, outcome: 'uploaded', byName: { done: 'successful_files', failed: 'errors' }, check: SEE_FILES },
	}),
];
