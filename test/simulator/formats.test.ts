// The wire-format decision (example value, then Spanish description, then name) and the formatters.

import { documentedValues, fmtDuration, fmtPercent, fmtTimestamp, hourLabel, wireFormat, type FieldDoc, type WireFormat } from '../../tools/simulator/formats';

describe('wireFormat', () => {
	it.each<[string, FieldDoc, WireFormat]>([
		// A non-blank example decides.
		['HH:MM:SS example', { name: 'ready', example: '00:01:06' }, 'duration'],
		['percent example', { name: 'preview_percent', example: '15,233.33 %' }, 'percent'],
		['timestamp example', { name: 'date_preview', example: '2026-06-25 10:50:54' }, 'timestamp'],
		['decimal example', { name: 'nlp_credits', example: '2.887' }, 'decimal'],
		['integer example', { name: 'tts_credits', example: '1856' }, 'count'],
		['digits of an ID', { name: 'id_agent', example: '12462' }, 'id'],
		['dotted call ID', { name: 'connect_id', example: '6736.4628.1040.1768782812.1814' }, 'id'],
		// "-" is the collection's "none", not an example: the description decides.
		['"-" then description', { name: 'login', example: '-', description: 'Indica fecha y hora de inicio de sesión de los agentes.' }, 'timestamp'],
		// Blank example: the description.
		['hh:mm:ss', { name: 'time', example: '', description: 'Duración de la llamada en formato HH:MM:SS.' }, 'duration'],
		['% of calls', { name: 'service_level_10seg', description: 'Indica el % de llamadas que fueron atendidas antes de 10 segundos.' }, 'percent'],
		['porcentaje', { name: 'silence', description: 'Porcentaje promediado del silencio del agente en las llamadas.' }, 'percent'],
		['fecha y hora', { name: 'created_at', description: 'Fecha y hora en la que el archivo de audio fue creado.' }, 'timestamp'],
		['año-mes-día-Hora', { name: 'date', description: 'Indica la fecha con formato año-mes -día-Hora.' }, 'timestamp'],
		['año-mes-día', { name: 'date', description: 'Indica la fecha con formato año-mes -día.' }, 'date'],
		['YYYYmmddHHiiss', { name: 'date', description: 'Indica la fecha con formato (YYYYmmddHHiiss).' }, 'ts14'],
		['en segundos', { name: 'asa', description: 'Indica el tiempo promedio en segundos que el cliente espera.' }, 'seconds'],
		['minutos', { name: 'ivr_minutes', description: 'Indica la cantidad de minutos consumidos en el IVR' }, 'minutes'],
		['tiempo', { name: 'hold_time', description: 'Detalla el tiempo que el agente puso en espera a los clientes.' }, 'duration'],
		['cantidad', { name: 'treatment', description: 'Cantidad de llamadas que ingresaron al sistema de espera inteligente.' }, 'count'],
		['total before segundos', { name: 'answer_0seg_10seg', description: 'Es el total de llamadas inbound atendidas por el agente entre 0 y 10 segundos.' }, 'count'],
		['(yes/no)', { name: 'ivr_active', description: 'Estado de IVR (yes/no).' }, 'flag'],
		['precio', { name: 'cost', description: 'Es el precio del uso del producto.' }, 'decimal'],
		['hora militar', { name: 'hour', description: 'Indica en formato de hora militar las actividades.' }, 'hour'],
		['enumeration', { name: 'result', description: 'Puede entregar los valores Cancel (cancelada), Busy (ocupado) y No answer (no contestada).' }, 'text'],
		// Names no description overrides (descriptions copied from a neighbour).
		['occupancy', { name: 'occupancy', description: 'Indica el tiempo consolidado en el cual el agente estuvo ocupado.' }, 'percent'],
		['internal', { name: 'internal', description: 'Indica el tiempo que el agente ha permanecido en estado ready.' }, 'count'],
		['outbound_time', { name: 'outbound_time', description: 'Es la cantidad de llamadas salientes gestionadas por un agente.' }, 'duration'],
		['channel', { name: 'channel', description: 'Cantidad de caracteres.' }, 'text'],
		['an ID', { name: 'agent_id', description: 'Número de extensión del agente.' }, 'id'],
		['a phone', { name: 'telephone', description: 'Indica el número telefónico.' }, 'id'],
		['no description', { name: 'crm' }, 'flag'],
		['nothing known', { name: 'workstation', description: 'Nombre de la estación de trabajo.' }, 'text'],
	])('%s', (_label, field, expected) => {
		expect(wireFormat(field)).toBe(expected);
	});
});

describe('documentedValues', () => {
	it('reads quoted values, (a/b), "valores a (…), b (…) y c (…)" and <br> lists', () => {
		expect(documentedValues('Puede arrojar el valor “predictive” o “preview”.')).toEqual(['predictive', 'preview']);
		expect(documentedValues('Estado de Chat (yes/no).')).toEqual(['yes', 'no']);
		expect(documentedValues('Indica el tipo de acción en la llamada (hold/mute).')).toEqual(['hold', 'mute']);
		expect(documentedValues('sus valores podrían ser, conference (llamada de conferencia), inbound (llamada de entrada) y transfer (llamada de transferencia).'))
			.toEqual(['conference', 'inbound', 'transfer']);
		expect(documentedValues('valores:  <br>  <br>YES: Cuando acepta.  <br>  <br>NO USER: Cuando no.  <br>  <br>FAIL: Nunca.')).toEqual(['YES', 'NO USER', 'FAIL']);
		expect(documentedValues('Nombre del skill.')).toEqual([]);
	});
});

describe('formatters', () => {
	it('spell durations past 24 h, percentages with thousands separators, hours and timestamps', () => {
		expect(fmtDuration(3 * 86_400 + 61)).toBe('72:01:01');
		expect(fmtPercent(15233.333)).toBe('15,233.33 %');
		expect(fmtPercent(0.05)).toBe('0.05 %');
		expect(hourLabel(9 * 60, false)).toBe('09');
		expect(hourLabel(13 * 60 + 30, false)).toBe('13:30');
		expect(hourLabel(13 * 60, true)).toBe('13:00');
		expect(fmtTimestamp(Date.UTC(2026, 0, 18, 19, 34, 31))).toBe('2026-01-18 19:34:31');
	});
});
