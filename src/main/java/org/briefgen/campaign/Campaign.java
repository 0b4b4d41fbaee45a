package org.briefgen.campaign;

import java.time.LocalDate;

/**
 * One mailing: what is said, when, by whom, and with which templates. {@code letterDate} is
 * already resolved (a {@code today} in the file becomes the date of loading). {@code briefingTemplate}
 * is null when the campaign has no research briefing.
 */
public record Campaign(String id, String title, String subject, LocalDate letterDate, int responseDays,
        String referencePattern, String locale, String platform, String defaultSalutation, Signatory signatory,
        String letterTemplate, String briefingTemplate, String styleFile, String briefingUrl) {
}
