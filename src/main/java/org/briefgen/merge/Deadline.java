package org.briefgen.merge;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.briefgen.campaign.DeadlineCounting;

/**
 * The last day to respond: the letter date plus the response window, counted in calendar days or
 * in working days (Saturdays, Sundays and holidays skipped; the letter date itself never counts).
 */
public final class Deadline {

    private Deadline() {
    }

    public static LocalDate after(LocalDate letterDate, int days, DeadlineCounting counting, List<LocalDate> holidays) {
        if (counting == DeadlineCounting.CALENDAR) {
            return letterDate.plusDays(days);
        }
        Set<LocalDate> closed = new HashSet<>(holidays);
        LocalDate day = letterDate;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day, closed)) {
                counted++;
            }
        }
        return day;
    }

    private static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }
}
