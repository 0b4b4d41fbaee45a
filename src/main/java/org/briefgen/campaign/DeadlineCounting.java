package org.briefgen.campaign;

/** How a campaign's response window is counted: every calendar day, or working days only. */
public enum DeadlineCounting {
    /** Every day counts: 7 January 2020 plus 10 days is 17 January 2020. */
    CALENDAR,
    /** Saturdays, Sundays and the campaign's holidays do not count. */
    WORKING
}
