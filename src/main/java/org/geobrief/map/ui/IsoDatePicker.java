package org.geobrief.map.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * A date picker that reads and writes dates as the rest of GeoBrief shows them, 2022-01-07, whatever the browser's
 * locale: the library's Published column and the event list are ISO, and "1/7/2022" beside them reads as July in
 * most of the world.
 */
final class IsoDatePicker {

    static final String FORMAT = "yyyy-MM-dd";

    private IsoDatePicker() {}

    static DatePicker of(String label) {
        DatePicker picker = new DatePicker(label);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat(FORMAT);
        picker.setI18n(i18n);
        picker.setPlaceholder(FORMAT.toUpperCase(java.util.Locale.ROOT));
        return picker;
    }
}
