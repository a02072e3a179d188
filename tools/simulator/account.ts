// The simulated operation's fixed entities: the skills, campaigns, agents, activity codes, routing
// points and connectors that information.php lists and that every report's filters and rows use, so
// an ID read from information.php is an ID the reports accept. Invented (no source lists a real
// operation), shaped like the collection's examples: 5-digit agent IDs, upper-case agent names with a
// team prefix, accented Spanish names. Independent of the simulator's seed.

export interface Skill {
	skill_id: string;
	skill_name: string;
	skill_description: string;
}

export interface Agent {
	agent_id: string;
	agent_name: string;
	agent_dni: string;
	agent_sso: string;
	/** information.php agents `enabled` (example-only field). */
	enabled: 'yes' | 'no';
	/** The skills the agent belongs to (information.php agents_in_skill), first = main skill. */
	skills: string[];
}

export interface Campaign {
	campaign_id: string;
	campaign_name: string;
	campaign_description: string;
	type_campaign: 'predictive' | 'preview';
	status: 'Started' | 'Stopped';
	skill_id: string;
	dial_mode: string;
	turbo_dial: 'yes' | 'no';
}

/** A campaign as the state holds it now (information.php lists these): its speed and how many records it has. */
export interface LiveCampaign extends Campaign {
	speed: string;
	records: number;
}

export interface ActivityCode {
	cod_act: string;
	description_cod_act: string;
	/** The activity-code group the act_* reports' `cod_act` parameter selects. */
	type_code: 'cod_act1' | 'cod_act2';
	hit: 'yes' | 'no';
	rpc: 'yes' | 'no';
	chat: 'yes' | 'no';
	studio: 'yes' | 'no';
	voice: 'yes' | 'no';
	interactions: 'yes' | 'no';
}

export interface RoutingPoint {
	rp_id: string;
	rp_name: string;
	ivr_active: 'yes' | 'no';
	chat_active: 'yes' | 'no';
	interaction_active: 'yes' | 'no';
	crm_active: 'yes' | 'no';
}

export interface Connector {
	connector_id: string;
	rp_id: string;
	name: string;
	channel: string;
}

const skill = (skill_id: string, skill_name: string, skill_description: string): Skill => ({ skill_id, skill_name, skill_description });

const SKILLS: Skill[] = [
	skill('101', 'Atención al Cliente', 'Consultas generales y peticiones de clientes'),
	skill('102', 'Soporte Técnico', 'Fallas de servicio y configuración de equipos'),
	skill('103', 'Facturación y Pagos', 'Dudas de facturación, pagos y reclamaciones'),
	skill('201', 'Cobranza Temprana', 'Gestión de cartera de 1 a 30 días'),
	skill('202', 'Ventas Telefónicas', 'Venta cruzada y renovación de planes'),
	skill('301', 'Retención y Fidelización', 'Clientes que solicitan cancelación'),
];

const agent = (agent_id: string, agent_name: string, agent_dni: string, skills: string[], enabled: 'yes' | 'no' = 'yes'): Agent => ({
	agent_id, agent_name, agent_dni, skills, enabled,
	agent_sso: `${agent_name.replace(/^[A-Z]+-/, '').split(' ')[0].normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()}.${agent_id}@operacion.local`,
});

const AGENTS: Agent[] = [
	agent('12462', 'COM-CAMILO PATIÑO', '1017234561', ['202', '301']),
	agent('12775', 'ING-EMMANUEL PATERNINA', '1045678902', ['102']),
	agent('12672', 'COM-SANDRA ROLDÁN', '43987654', ['202', '101']),
	agent('12523', 'SAC-SERGIO FLÓREZ', '98570460', ['101', '103']),
	agent('12481', 'SAC-MARÍA JOSÉ GÓMEZ', '1152698745', ['101']),
	agent('12490', 'SAC-ANDRÉS FELIPE MUÑOZ', '1020456789', ['101', '103']),
	agent('12533', 'COB-LUCÍA HERNÁNDEZ', '52874123', ['201']),
	agent('12541', 'COB-JULIÁN CASTAÑO', '80123456', ['201', '103']),
	agent('12610', 'VEN-SEBASTIÁN OSPINA', '1036987412', ['202']),
	agent('12618', 'VEN-NATALIA GUTIÉRREZ', '1128456321', ['202', '301']),
	agent('12702', 'SOP-RAMÓN IBÁÑEZ', '71654987', ['102']),
	agent('12709', 'SOP-VALERIA PEÑA', '1000987654', ['102', '101']),
	agent('12811', 'RET-JOSÉ DAVID LÓPEZ', '1094321567', ['301']),
	agent('12830', 'COM-ÁNGELA RÍOS', '39456123', ['202', '201'], 'no'),
];

const CAMPAIGNS: Campaign[] = [
	{ campaign_id: '20451', campaign_name: 'Renovación Pólizas 2025', campaign_description: 'Clientes con póliza por vencer', type_campaign: 'predictive', status: 'Started', skill_id: '202', dial_mode: 'autopilot', turbo_dial: 'yes' },
	{ campaign_id: '20452', campaign_name: 'Cobranza Preventiva', campaign_description: 'Recordatorio de pago antes del vencimiento', type_campaign: 'predictive', status: 'Started', skill_id: '201', dial_mode: 'strategy', turbo_dial: 'no' },
	{ campaign_id: '20453', campaign_name: 'Encuesta de Satisfacción', campaign_description: 'Medición posventa', type_campaign: 'preview', status: 'Stopped', skill_id: '101', dial_mode: 'phone1 – ring: 30(seg)', turbo_dial: 'no' },
	{ campaign_id: '20454', campaign_name: 'Recordatorio de Citas Médicas', campaign_description: 'Confirmación de citas de la semana', type_campaign: 'predictive', status: 'Started', skill_id: '103', dial_mode: 'phone1 – ring: 60(seg)', turbo_dial: 'yes' },
	{ campaign_id: '20455', campaign_name: 'Promoción WhatsApp Día de la Madre', campaign_description: 'Plantilla oficial de WhatsApp', type_campaign: 'preview', status: 'Stopped', skill_id: '202', dial_mode: 'autopilot', turbo_dial: 'no' },
];

const code = (cod_act: string, description_cod_act: string, type_code: ActivityCode['type_code'], flags: string): ActivityCode => {
	const f = (c: string): 'yes' | 'no' => (flags.includes(c) ? 'yes' : 'no');
	return { cod_act, description_cod_act, type_code, hit: f('h'), rpc: f('r'), chat: f('c'), studio: f('s'), voice: f('v'), interactions: f('i') };
};

const ACTIVITY_CODES: ActivityCode[] = [
	code('VENTA', 'Venta realizada', 'cod_act1', 'hrcsvi'),
	code('PROMESA_PAGO', 'Promesa de pago', 'cod_act1', 'hrcv'),
	code('NO_INTERESA', 'Cliente no interesado', 'cod_act1', 'rcvi'),
	code('VOLVER_LLAMAR', 'Volver a llamar', 'cod_act1', 'vs'),
	code('INFO_GENERAL', 'Información general', 'cod_act1', 'rcvi'),
	code('RECLAMACION', 'Reclamación radicada', 'cod_act1', 'rcvi'),
	code('TITULAR', 'Contacto con titular', 'cod_act2', 'rcv'),
	code('TERCERO', 'Contacto con tercero', 'cod_act2', 'cv'),
	code('BUZON', 'Buzón de voz', 'cod_act2', 'vs'),
	code('EQUIVOCADO', 'Número equivocado', 'cod_act2', 'cv'),
];

const ROUTING_POINTS: RoutingPoint[] = [
	{ rp_id: '61004', rp_name: 'IVR Principal Línea Nacional', ivr_active: 'yes', chat_active: 'no', interaction_active: 'no', crm_active: 'yes' },
	{ rp_id: '61022', rp_name: 'Bot WhatsApp Atención', ivr_active: 'no', chat_active: 'yes', interaction_active: 'no', crm_active: 'yes' },
	{ rp_id: '61083', rp_name: 'Voicebot Cobranzas', ivr_active: 'yes', chat_active: 'no', interaction_active: 'no', crm_active: 'no' },
	{ rp_id: '61267', rp_name: 'Correo y Redes Sociales', ivr_active: 'no', chat_active: 'yes', interaction_active: 'yes', crm_active: 'no' },
];

const CONNECTORS: Connector[] = [
	{ connector_id: '3101', rp_id: '61022', name: 'WhatsApp Línea Única', channel: 'whatsapp' },
	{ connector_id: '3102', rp_id: '61267', name: 'Página de Facebook', channel: 'facebook' },
	{ connector_id: '3103', rp_id: '61267', name: 'Instagram Oficial', channel: 'instagram' },
	{ connector_id: '3104', rp_id: '61022', name: 'Chat Web Portal Clientes', channel: 'chat-web' },
];

/** The whole simulated operation. Arrays are in information.php's order. */
export const ACCOUNT = {
	skills: SKILLS as ReadonlyArray<Skill>,
	campaigns: CAMPAIGNS as ReadonlyArray<Campaign>,
	agents: AGENTS as ReadonlyArray<Agent>,
	activityCodes: ACTIVITY_CODES as ReadonlyArray<ActivityCode>,
	routingPoints: ROUTING_POINTS as ReadonlyArray<RoutingPoint>,
	connectors: CONNECTORS as ReadonlyArray<Connector>,
	/** quality_* `quality_analyst`; "QAi_Bot" is the documented AI analyst. */
	qualityAnalysts: ['LAURA MÁRQUEZ', 'DIEGO ÁLVAREZ', 'QAi_Bot'] as ReadonlyArray<string>,
} as const;

/** The report value for a call coded after the ACW time ran out (documented on cod_act). */
export const TIMEOUT_CODE: ActivityCode = {
	cod_act: 'TIMEOUTACW', description_cod_act: 'TIMEOUTACW', type_code: 'cod_act1',
	hit: 'no', rpc: 'no', chat: 'no', studio: 'no', voice: 'yes', interactions: 'no',
};

export const agentsOfSkill = (skillId: string): Agent[] => AGENTS.filter((a) => a.skills.includes(skillId));
