package org.briefgen.campaign;

import java.math.BigDecimal;

/** One answer option and its weighted share, in percent with one decimal. */
public record SurveyOption(String id, String label, BigDecimal percent, FigureStatus status, String note) {
}
