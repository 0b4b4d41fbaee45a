package org.briefgen.campaign;

/** Where a survey figure comes from: a figure that is not the pollster's must say so. */
public enum FigureStatus {
    /** Published by the pollster. */
    REPORTED,
    /** Computed from reported figures (the note says how). */
    DERIVED,
    /** Not from the survey: placeholder values that show the layout. */
    ILLUSTRATIVE
}
