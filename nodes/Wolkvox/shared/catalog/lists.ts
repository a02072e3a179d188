import type { Param } from './types';

export type ListName = NonNullable<Param['list']>;

/** Where a dropdown's entries come from: an information.php list, and which fields are ID and name. */
export interface AccountList {
	api: string;
	id: string;
	name: string;
	/** Plural noun for the "All …" entry and messages. */
	noun: string;
	/** A field shown beside the ID in the dropdown (a campaign's type: the writes ask for it). */
	detail?: string;
}

export const LISTS: Record<ListName, AccountList> = {
	skills: { api: 'skills', id: 'skill_id', name: 'skill_name', noun: 'skills' },
	campaigns: { api: 'campaigns', id: 'campaign_id', name: 'campaign_name', noun: 'campaigns', detail: 'type_campaign' },
	agents: { api: 'agents', id: 'agent_id', name: 'agent_name', noun: 'agents' },
	activityCodes: { api: 'activity_codes', id: 'cod_act', name: 'description_cod_act', noun: 'activity codes' },
	// Every channel's: the name and channel tell a WhatsApp connector from the others.
	connectors: { api: 'connectors', id: 'connector_id', name: 'name', noun: 'connectors', detail: 'channel' },
};
