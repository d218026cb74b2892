package org.postbag.infrastructure.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.postbag.infrastructure.Config;

/** Dates and times as the pages print them, in the magazine's time zone. */
@Named
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter LOCAL_DATE_TIME =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT);
    private static final DateTimeFormatter LOCAL_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK);

    private final ZoneId zone;

    public Dates() {
        this.zone = ZoneId.of(new Config().string("POSTBAG_TIME_ZONE", "Europe/London"));
    }

    /** The magazine's time zone, in which the desk's dates are typed and read. */
    public ZoneId zone() {
        return zone;
    }

    /** The moment a day the desk typed begins, {@code plusDays} later, in the magazine's time zone. */
    public Instant startOf(LocalDate day, int plusDays) {
        return day.plusDays(plusDays).atStartOfDay(zone).toInstant();
    }

    /** "9 June 2026, 19:02", or as the page's language writes it ("9. Juni 2026 um 19:02"). */
    public String format(Instant instant) {
        return format(instant, pageLocale());
    }

    public String format(Instant instant, Locale locale) {
        return instant == null ? "" : dateTime(locale).format(instant.atZone(zone));
    }

    /** "19:02:31", for a moment a few seconds or minutes away (an email's grace period). */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    /** "9 June 2026", or as the page's language writes it ("9 juin 2026"). */
    public String day(Instant instant) {
        return day(instant, pageLocale());
    }

    public String day(Instant instant, Locale locale) {
        return instant == null ? "" : date(locale).format(instant.atZone(zone));
    }

    public String day(LocalDate date) {
        return day(date, pageLocale());
    }

    public String day(LocalDate date, Locale locale) {
        return date == null ? "" : date(locale).format(date);
    }

    // English keeps the house style the desk and the printed page have always used.
    private static DateTimeFormatter dateTime(Locale locale) {
        return isEnglish(locale) ? DATE_TIME : LOCAL_DATE_TIME.withLocale(locale);
    }

    private static DateTimeFormatter date(Locale locale) {
        return isEnglish(locale) ? DATE : LOCAL_DATE.withLocale(locale);
    }

    private static boolean isEnglish(Locale locale) {
        return locale.getLanguage().equals("en");
    }

    /** The locale of the page being rendered, English outside a page (timers, emails use their own). */
    private static Locale pageLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || faces.getViewRoot() == null) {
            return Locale.UK;
        }
        return faces.getViewRoot().getLocale();
    }
}
