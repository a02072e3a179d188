// Billing counters (docs/wolkvox-api.md#endpoints): one row per product for the current month.

import { hash32 } from '../rng';

/** Inferred: the operation's name; no source shows a real one. */
export const BILLING_OPERATION = 'sim_operation';

/** The products of the collection's "Facturación" folder (docs/wolkvox-api.md#endpoints), described by their names in the Spanish Postman collection. */
export const BILLING_PRODUCTS: ReadonlyArray<{ api: string; description: string }> = [
	{ api: 'agent_script', description: 'Agent Script' },
	{ api: 'intelligent_dial', description: 'Intelligent dial' },
	{ api: 'gamification', description: 'Gamification' },
	{ api: 'ivr_minutes', description: 'Minutos de IVR' },
	{ api: 'rec_minutes', description: 'Grabaciones de IVR' },
	{ api: 'amazon_s3', description: 'Amazon S3' },
	{ api: 'rsync', description: 'RSYNC' },
	{ api: 'rsync_s3_mp3', description: 'RSYNC S3 MP3' },
	{ api: 'rec_screen', description: 'Grabación de pantalla' },
	{ api: 'interactions', description: 'Interacciones' },
	{ api: 'rec_screen_on_demand', description: 'Grabación de pantalla On Demand' },
	{ api: 'speech_analytics', description: 'Speech Analytics' },
	{ api: 'wp_connectors', description: 'Conectores de WhatsApp' },
	{ api: 'sentiment_analysis', description: 'Análisis de sentimiento' },
	{ api: 'chat_licenses', description: 'Licencias de chat' },
	{ api: 'interaction_licenses', description: 'Licencias de interacciones' },
	{ api: 'video_call', description: 'Videollamadas' },
	{ api: 'pbx_licenses', description: 'Licencias de PBX' },
	{ api: 'ivr_calls', description: 'Llamadas de IVR' },
	{ api: 'asr_calls', description: 'Reproducciones ASR' },
	{ api: 'vision', description: 'Componente Vision' },
	{ api: 'tts_chars', description: 'Caracteres en TTS' },
	{ api: 'wp_connectors_official', description: 'Conectores Oficiales de WhatsApp Business' },
	{ api: 'contact_center_licenses', description: 'Licencias de contact center' },
	{ api: 'amd_ai', description: 'AMD AI' },
	{ api: 'stereo_rec', description: 'Uso de Grabación en Estéreo' },
	{ api: 'nlp_ai', description: 'NLP' },
];

/**
 * Month-to-date usage of a product (inferred model): a per-product daily rate in 1..400 drawn from
 * the seed, times the day of the month in the operation's zone (1..31). Tests use it for exact values.
 */
export function billingItems(api: string, seed: number, dayOfMonth: number): number {
	return (1 + (hash32(seed, 'billing', api) % 400)) * dayOfMonth;
}
