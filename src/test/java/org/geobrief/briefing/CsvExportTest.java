package org.geobrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.geobrief.base.GeoPoint;
import org.geobrief.briefing.Briefings.Format;
import org.geobrief.events.EventType;
import org.geobrief.events.GeoEvent;
import org.geobrief.gazetteer.Place;
import org.geobrief.timeline.TimePrecision;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    private static List<CSVRecord> export(List<GeoEvent> events) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Briefings.write(Format.CSV, events, SampleEvents.context(), out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF"); // so spreadsheets read UTF-8
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text.substring(1)))
                .getRecords();
    }

    @Test
    void one_row_per_event_in_acled_columns() throws Exception {
        List<CSVRecord> rows = export(SampleEvents.kazakhstan());

        assertThat(rows).hasSize(7);
        assertThat(rows.get(0).getParser().getHeaderNames())
                .containsSequence(
                        "event_date",
                        "event_type",
                        "sub_event_type",
                        "actor1",
                        "location",
                        "country",
                        "admin1",
                        "latitude",
                        "longitude",
                        "geo_precision",
                        "time_precision",
                        "source",
                        "notes",
                        "fatalities");
        CSVRecord riot = rows.get(1);
        assertThat(riot.get("event_date")).isEqualTo("2022-01-05");
        assertThat(riot.get("event_type")).isEqualTo("Riots");
        assertThat(riot.get("location")).isEqualTo("Almaty");
        assertThat(riot.get("country")).isEqualTo("Kazakhstan");
        assertThat(Double.parseDouble(riot.get("latitude"))).isEqualTo(43.25);
        assertThat(Double.parseDouble(riot.get("longitude"))).isEqualTo(76.91667);
        assertThat(riot.get("source")).isEqualTo("Reuters; Eurasianet; Vlast.kz");
        assertThat(riot.get("fatalities")).isEqualTo("8");
        assertThat(rows.get(0).get("fatalities")).isEmpty();
    }

    @Test
    void quotes_commas_and_line_breaks_survive_the_round_trip() throws Exception {
        String notes = export(SampleEvents.kazakhstan()).get(1).get("notes");

        assertThat(notes)
                .contains("\u201CProtesters in Алматы shouted \"Shal, ket!\" & stormed the akimat <city hall>,"
                        + " witnesses said.\u201D");
    }

    @Test
    void cells_a_spreadsheet_would_run_as_formulas_are_defused_but_numbers_are_not() throws Exception {
        Place santiago = new Place(
                3871336, "Santiago", "P", "PPLC", "CL", "12", "Santiago Metropolitan", 0, new GeoPoint(-33.45, -70.66));
        GeoEvent e = new GeoEvent(
                "x",
                EventType.PROTESTS,
                "+cmd|' /C calc'!A0",
                LocalDate.of(2022, 1, 1),
                TimePrecision.DAY,
                1,
                santiago,
                List.of("@SUM(1+1)"),
                null,
                0.5,
                List.of());

        CSVRecord row = export(List.of(e)).get(0);
        CSVRecord injected = export(SampleEvents.kazakhstan()).get(2);

        assertThat(row.get("sub_event_type")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(row.get("actor1")).isEqualTo("'@SUM(1+1)");
        assertThat(injected.get("actor1")).isEqualTo("'" + SampleEvents.CSV_INJECTION_ACTOR);
        assertThat(row.get("latitude")).isEqualTo("-33.45");
        assertThat(row.get("longitude")).isEqualTo("-70.66");
    }
}
