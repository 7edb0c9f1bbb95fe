import type { Channel } from '../ticket';

// A type alias, not an interface, so it stays assignable to the ticket's open PlayerRef.
export type MessagePlayer = {
	id?: string;
	email?: string;
	phone?: string;
	telegramId?: string;
	whatsappId?: string;
	viberId?: string;
	name?: string;
};

export interface MessageAttachment {
	/** image, video, audio, document, sticker, location, … as the channel names it */
	kind: string;
	/** The channel's file id (Telegram file_id, WhatsApp media id) when there is no URL. */
	fileId?: string;
	url?: string;
	name?: string;
	mimeType?: string;
	size?: number;
}

/** One inbound message, whatever channel it came from, before it becomes a ticket. */
export interface NormalizedMessage {
	channel: Channel;
	externalId: string;
	threadKey: string;
	player: MessagePlayer;
	subject?: string;
	/** Raw text as the player wrote it; HTML when `isHtml` is true. Not yet masked. */
	body: string;
	isHtml: boolean;
	/** ISO-8601 UTC, from the channel's own timestamp. */
	sentAt: string;
	inReplyTo?: string;
	references?: string[];
	/** E-mail: the ticket our reply's subject named (`[#tkt_…]`), which the player answered. */
	referencedTicketId?: string;
	attachments?: MessageAttachment[];
	/** Channel-specific extras worth keeping (call direction, agent, edited flag, …). */
	meta?: Record<string, string | number | boolean>;
}
