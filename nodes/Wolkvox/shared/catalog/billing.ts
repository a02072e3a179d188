import { billingProduct, numbers, text, timestamps } from './builders';
import type { Endpoint, Field } from './types';

// Billing rows all look alike (the English pages and the collection's "Facturación" folder, docs/wolkvox-api.md#endpoints): the current month's usage.
const USAGE_FIELDS: Field[] = [
	...text('operation', 'description'),
	...numbers('items'),
	...timestamps('date'),
];

/** [api, English name, what is counted] — the 27 products of the collection's "Facturación" folder. */
const PRODUCTS: Array<[string, string, string]> = [
	['agent_script', 'Agent Script', 'active Agent Script licenses'],
	['intelligent_dial', 'Intelligent Dial', 'active intelligent dialing licenses'],
	['gamification', 'Gamification', 'active gamification licenses'],
	['ivr_minutes', 'IVR Minutes', 'IVR minutes consumed'],
	['rec_minutes', 'Recording Minutes', 'recording minutes stored and consumed'],
	['amazon_s3', 'Amazon S3 Storage', 'licenses enabled for external storage in Amazon S3'],
	['rsync', 'Rsync Storage', 'licenses enabled for external storage through rsync'],
	['rsync_s3_mp3', 'Rsync S3 MP3', 'audio files copied to the integrated Amazon S3 service'],
	['rec_screen', 'Screen Recording', 'screen recording time and the chosen share of calls'],
	['interactions', 'Interactions', 'omnibox interactions (email, Facebook, Twitter)'],
	['rec_screen_on_demand', 'Screen Recording on Demand', 'on-demand screen recording time'],
	['speech_analytics', 'Speech Analytics', 'on-demand speech analysis time'],
	['wp_connectors', 'WhatsApp Connectors', 'active WhatsApp Mobile connectors'],
	['sentiment_analysis', 'Sentiment Analysis', 'sentiment analyses performed'],
	['chat_licenses', 'Chat Licenses', 'chat licenses'],
	['interaction_licenses', 'Interaction Licenses', 'interaction licenses'],
	['video_call', 'Video Call', 'active video call licenses'],
	['pbx_licenses', 'PBX Licenses', 'active PBX licenses'],
	['ivr_calls', 'IVR Calls', 'IVR calls'],
	['asr_calls', 'ASR Calls', 'speech recognition (ASR) plays'],
	['vision', 'Vision', 'uses of the wolkvox Studio "Vision" image-analysis component'],
	['tts_chars', 'TTS Characters', 'text-to-speech characters'],
	['wp_connectors_official', 'WhatsApp Business Official Connectors', 'active official WhatsApp Business connectors'],
	['contact_center_licenses', 'Contact Center Licenses', 'active contact center licenses'],
	['amd_ai', 'AMD AI', 'answering machines recognized with artificial intelligence'],
	['stereo_rec', 'Stereo Recording', 'stereo recording minutes'],
	['nlp_ai', 'NLP AI', 'natural language processing (NLP) consumption'],
];

export const BILLING_PRODUCTS: Endpoint[] = PRODUCTS.map(([api, name, counted]) =>
	billingProduct(api, name, { description: `Current month's count of ${counted}`, fields: USAGE_FIELDS }),
);
