/**
 * Sending letters' e-mails and hearing back: {@link org.briefgen.mail.send.Sender} hands each .eml to
 * an SMTP server as written, telling a {@link org.briefgen.mail.send.DeliveryLog} before and after each
 * hand-over (so that a message leaves at most once); an {@link org.briefgen.mail.inbox.InboxReader}
 * reads an {@link org.briefgen.mail.inbox.InboxSource} (.eml, folder, mbox, IMAP), matches each message
 * with a {@link org.briefgen.mail.inbox.ReplyMatcher} and records replies and bounces in a
 * {@link org.briefgen.mail.inbox.ResponseLog}. The logs are ports: the archive implements them.
 * Passwords travel as {@link org.briefgen.mail.Password}, which never prints.
 */
package org.briefgen.mail;
