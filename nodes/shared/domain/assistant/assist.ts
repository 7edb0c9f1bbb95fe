/**
 * The Support Assistant's decision for one ticket: answer a typical question from the knowledge
 * base, or hand the ticket to a person with the reason. Guard rails come first and cannot be
 * switched off: responsible gambling, complaints and disputes, and requests for a person always
 * hand off.
 */
import { RG_MARKERS } from '../classify/lexicon';
import { classifyMessage } from '../classify/message';
import { detectLanguage, SUPPORTED_LANGUAGES } from '../language/detect';
import { higherPriority, type Ticket, type TicketStatus } from '../ticket';
import { renderAnswer, ticketFacts, type KnowledgeBase } from './knowledge';
import { recognizeIntent, type Recognition } from './recognize';

export const HANDOFF_REASONS = [
	'responsible_gambling',
	'complaint',
	'player_asked_for_human',
	'repeated_contact',
	'not_typical',
	'low_confidence',
	'needs_human',
] as const;
export type HandoffReason = (typeof HANDOFF_REASONS)[number];

export interface AssistantSettings {
	kb: KnowledgeBase;
	/** 0..1; below it a recognised intent is handed off as low_confidence. */
	minConfidence: number;
	/** Status an answered ticket gets. */
	answeredStatus: Extract<TicketStatus, 'resolved' | 'pending'>;
	allowEnglishFallback: boolean;
	/** Hand off once reopenCount plus the bot's earlier answers on this ticket reach this number. */
	repeatContactLimit: number;
	/** Intents the bot may answer; null = all. */
	answerIntents: ReadonlySet<string> | null;
	/** Whether players with CRM responsible-gambling flags or self-exclusion always go to a person. */
	handOffFlaggedPlayers: boolean;
	/** ISO time of the decision (the execution's reference time). */
	now: string;
}

export interface Reply {
	text: string;
	language: string;
	intent: string;
	confidence: number;
}

export interface Handoff {
	reason: HandoffReason;
	intent: string | null;
	confidence: number;
	language: string;
	detail: string;
}

export type Decision = { outcome: 'answered'; reply: Reply } | { outcome: 'handoff'; handoff: Handoff };

export interface Analysis {
	decision: Decision;
	recognition: Recognition;
}

const RG_MARKER_SET = new Set<string>(RG_MARKERS);
export const ANSWERED_EVENT = 'assistant.answered';
export const HANDOFF_EVENT = 'assistant.handoff';

function supportedLanguage(language: string): string | null {
	const code = (language ?? '').toLowerCase().slice(0, 2);
	return (SUPPORTED_LANGUAGES as readonly string[]).includes(code) ? code : null;
}

/**
 * The ticket's language; only when it is unknown ('und' or missing) a fresh detection. A known
 * language the assistant does not read (de, fr, …) stays as it is, so the answer can only come
 * through the English fallback.
 */
function replyLanguage(ticket: Ticket, text: string): string {
	const stated = typeof ticket.language === 'string' ? ticket.language.trim().toLowerCase() : '';
	if (stated !== '' && stated !== 'und') return supportedLanguage(stated) ?? stated;
	return supportedLanguage(detectLanguage(text).language) ?? 'und';
}

function messageText(ticket: Ticket): string {
	return ticket.subject ? `${ticket.subject}\n${ticket.body}` : ticket.body;
}

/** What a person must see first: RG, then complaints, then a plain request for a person. */
function guardRail(ticket: Ticket, text: string, language: string, recognition: Recognition, settings: AssistantSettings): { reason: HandoffReason; detail: string } | null {
	const tags = Array.isArray(ticket.tags) ? ticket.tags : [];
	const classification = classifyMessage(text, language);
	const rgMarkers = classification.markers.filter((marker) => RG_MARKER_SET.has(marker));
	const rgTags = tags.filter((tag) => typeof tag === 'string' && tag.startsWith('rg:'));
	// One RG lexicon: the classifier's markers, looked up in every language whatever the stated one.
	if (ticket.category === 'responsible_gambling' || rgTags.length > 0 || rgMarkers.length > 0) {
		const found = [...rgTags, ...rgMarkers.map((marker) => `marker:${marker}`)];
		return { reason: 'responsible_gambling', detail: found.length > 0 ? found.join(', ') : 'category responsible_gambling' };
	}
	// Fail safe: RG evidence below the marker threshold (a weak cue, a limit on the player's own
	// money not clearly asked as information) still goes to a person. A hand-off costs an agent a
	// minute; an answered RG message is a compliance breach.
	if (classification.rgCues.length > 0) {
		return { reason: 'responsible_gambling', detail: classification.rgCues.map((cue) => `cue:${cue}`).join(', ') };
	}
	const crm = ticket.crm;
	if (settings.handOffFlaggedPlayers && crm && (crm.selfExcluded === true || (Array.isArray(crm.rgFlags) && crm.rgFlags.length > 0))) {
		return { reason: 'responsible_gambling', detail: crm.selfExcluded === true ? 'crm: self-excluded player' : `crm flags: ${crm.rgFlags.join(', ')}` };
	}
	const complianceMarkers = classification.markers.filter((marker) => !RG_MARKER_SET.has(marker));
	if (ticket.category === 'complaint' || classification.category === 'complaint' || complianceMarkers.length > 0 || recognition.complaintCues.length > 0) {
		const found = [...complianceMarkers.map((marker) => `marker:${marker}`), ...recognition.complaintCues.map((cue) => `cue:${cue}`)];
		return { reason: 'complaint', detail: found.length > 0 ? found.join(', ') : 'category complaint' };
	}
	if (recognition.humanRequested) return { reason: 'player_asked_for_human', detail: 'the player asks for a person' };
	return null;
}

function earlierBotAnswers(ticket: Ticket): number {
	return Array.isArray(ticket.history) ? ticket.history.filter((entry) => entry?.event === ANSWERED_EVENT).length : 0;
}

export function analyse(ticket: Ticket, settings: AssistantSettings): Analysis {
	const text = messageText(ticket);
	const language = replyLanguage(ticket, text);
	const recognition = recognizeIntent(text, language);
	const { intent, confidence } = recognition;
	const handoff = (reason: HandoffReason, detail: string): Analysis => ({
		decision: { outcome: 'handoff', handoff: { reason, intent, confidence, language, detail } },
		recognition,
	});

	const guard = guardRail(ticket, text, language, recognition, settings);
	if (guard) return handoff(guard.reason, guard.detail);
	const contacts = (typeof ticket.reopenCount === 'number' ? ticket.reopenCount : 0) + earlierBotAnswers(ticket);
	if (contacts >= settings.repeatContactLimit) {
		return handoff('repeated_contact', `reopened or answered by the bot ${contacts} time(s) already`);
	}
	if (!intent) return handoff('not_typical', 'no typical question recognised');
	if (confidence < settings.minConfidence) {
		const runnerUp = recognition.scores[1];
		const detail = runnerUp ? `best ${intent}, also ${runnerUp.intent}` : `only weak evidence for ${intent}`;
		return handoff('low_confidence', `${detail} (confidence ${confidence} < ${settings.minConfidence})`);
	}
	if (settings.answerIntents && !settings.answerIntents.has(intent)) {
		return handoff('needs_human', `the bot is not set to answer ${intent}`);
	}

	const candidates = settings.allowEnglishFallback && language !== 'en' ? [language, 'en'] : [language];
	for (const candidate of candidates) {
		const text = renderAnswer(settings.kb, intent, candidate, ticketFacts(ticket, candidate));
		if (text !== null) return { decision: { outcome: 'answered', reply: { text, language: candidate, intent, confidence } }, recognition };
	}
	return handoff('needs_human', `no usable answer for ${intent} in ${candidates.join(' or ')} (missing answer or CRM facts)`);
}

/** The ticket as it leaves the node: a reply and resolution, or a hand-off with its reason. */
export function applyDecision(ticket: Ticket, decision: Decision, settings: AssistantSettings): Ticket {
	const tags = Array.isArray(ticket.tags) ? ticket.tags : [];
	const history = Array.isArray(ticket.history) ? ticket.history : [];
	const at = settings.now;
	if (decision.outcome === 'answered') {
		const { reply } = decision;
		return {
			...ticket,
			status: settings.answeredStatus,
			resolvedBy: 'bot',
			reply,
			tags: addTags(tags, ['bot:answered', `intent:${reply.intent}`]),
			updatedAt: at,
			history: [...history, { at, event: ANSWERED_EVENT, detail: { intent: reply.intent, confidence: reply.confidence, language: reply.language } }],
		};
	}
	const { handoff } = decision;
	return {
		...ticket,
		priority: handoff.reason === 'responsible_gambling' ? higherPriority(ticket.priority, 'urgent') : ticket.priority,
		handoff,
		tags: addTags(tags, [`handoff:${handoff.reason}`]),
		updatedAt: at,
		history: [...history, { at, event: HANDOFF_EVENT, detail: { reason: handoff.reason, intent: handoff.intent, confidence: handoff.confidence } }],
	};
}

function addTags(tags: string[], extra: string[]): string[] {
	return [...tags, ...extra.filter((tag) => !tags.includes(tag))];
}

export function assist(ticket: Ticket, settings: AssistantSettings): { decision: Decision; ticket: Ticket } {
	const { decision } = analyse(ticket, settings);
	return { decision, ticket: applyDecision(ticket, decision, settings) };
}
