import { parseEmail } from '../../../nodes/shared/domain/channels/email';
import { referencedTicketId, replySubject, withoutReference } from '../../../nodes/shared/domain/conversation/email-reference';

const A = 'tkt_0123456789abcdef01234567';
const B = 'tkt_fedcba9876543210fedcba98';

describe('the ticket reference in e-mail subjects', () => {
	it('reads the last reference a subject carries, and nothing from look-alikes', () => {
		expect(referencedTicketId(`Re: Deposit [#${A}]`)).toBe(A);
		expect(referencedTicketId(`AW: Re: Deposit [#${A}] [#${B}]`)).toBe(B);
		for (const subject of [undefined, '', 'Deposit #tkt_0123', `Deposit [${A}]`, `Deposit [#${A.toUpperCase()}]`, `Deposit [#${A}0]`]) {
			expect(referencedTicketId(subject)).toBeUndefined();
		}
	});

	it('a reply subject names the ticket once, however many replies came before', () => {
		expect(replySubject('Deposit', A)).toBe(`Re: Deposit [#${A}]`);
		expect(replySubject(`Deposit [#${A}]`, A)).toBe(`Re: Deposit [#${A}]`);
		expect(replySubject(undefined, A)).toBe(`Re: Your request [#${A}]`);
		expect(withoutReference(`Deposit [#${A}] late`)).toBe('Deposit late');
	});

	it("the e-mail parser keeps the reference apart from the subject of a player's answer", () => {
		const message = parseEmail({
			from: { value: [{ address: 'anna@example.com' }] },
			subject: `R: Re: Deposito non arrivato [#${A}]`,
			text: 'Ancora niente.',
			messageId: '<p2@example.com>',
			inReplyTo: '<ours@igaming-support.dev>',
			references: '<ours@igaming-support.dev>',
		});
		expect(message).toMatchObject({ subject: 'Deposito non arrivato', referencedTicketId: A, threadKey: 'email:ours@igaming-support.dev' });
		expect(parseEmail({ from: 'b@example.com', subject: 'Hello', text: 'x', messageId: '<b@x>' }).referencedTicketId).toBeUndefined();
	});
});
