/**
 * Sending letters' e-mails and hearing back: {@link org.briefgen.mail.Sender} hands each .eml to
 * an SMTP server as written, telling a {@link org.briefgen.mail.DeliveryLog} before and after each
 * hand-over (so that a message leaves at most once); an {@link org.briefgen.mail.InboxReader}
 * reads an {@link org.briefgen.mail.InboxSource} (.eml, folder, mbox, IMAP), matches each message
 * with a {@link org.briefgen.mail.ReplyMatcher} and records replies and bounces in a
 * {@link org.briefgen.mail.ResponseLog}. The logs are ports: the archive implements them.
 * Passwords travel as {@link org.briefgen.mail.Password}, which never prints.
 */
package org.briefgen.mail;
