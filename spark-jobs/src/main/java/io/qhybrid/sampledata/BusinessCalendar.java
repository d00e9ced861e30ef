package io.qhybrid.sampledata;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Trading days of the sample price data: Monday to Friday, except New Year's Day (1 January),
 * Independence Day (4 July) and Christmas Day (25 December) when they fall on a weekday. Holidays
 * on a weekend are not moved to a weekday: the calendar only has to look like an exchange's, not
 * be one.
 */
public final class BusinessCalendar {
    private BusinessCalendar() {}

    public static boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return false;
        }
        int month = date.getMonthValue();
        int dom = date.getDayOfMonth();
        return !((month == 1 && dom == 1) || (month == 7 && dom == 4) || (month == 12 && dom == 25));
    }

    /** The first {@code count} business days on or after {@code start}. */
    public static List<LocalDate> businessDays(LocalDate start, int count) {
        List<LocalDate> days = new ArrayList<>(count);
        for (LocalDate d = start; days.size() < count; d = d.plusDays(1)) {
            if (isBusinessDay(d)) {
                days.add(d);
            }
        }
        return List.copyOf(days);
    }

    /** The number of business days from {@code start} to {@code end}, both inclusive. */
    public static int countBetween(LocalDate start, LocalDate end) {
        int count = 0;
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            if (isBusinessDay(d)) {
                count++;
            }
        }
        return count;
    }
}
