package org.geobrief.batch;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The job's row types. Spans are code-point offsets, end exclusive (as everywhere in GeoBrief); points are WGS84
 * degrees, and {@code geometry} is the same point as WKB (GeoParquet's encoding, lon/lat order, no SRID: CRS84).
 */
final class Schemas {

    private Schemas() {}

    /** An article read from the input, or the reason it was not ({@code reason} set, the rest mostly null). */
    static final StructType CANDIDATE = createStructType(List.of(
            createStructField("input_id", StringType, true), // the record's own id, or file[:line]
            createStructField("source", StringType, true), // the input file's name, as the import's source
            createStructField("span_start", IntegerType, true), // the article's span in its source document
            createStructField("span_end", IntegerType, true),
            createStructField("id", StringType, true), // the import's id: SHA-256 of the normalised text
            createStructField("title", StringType, true),
            createStructField("outlet", StringType, true),
            createStructField("author", StringType, true),
            createStructField("url", StringType, true),
            createStructField("published", DateType, true),
            createStructField("language", StringType, true),
            createStructField("text", StringType, true),
            createStructField("reason", StringType, true)));

    static final StructType MENTION = createStructType(List.of(
            createStructField("span_start", IntegerType, false), // in the article's text
            createStructField("span_end", IntegerType, false),
            createStructField("surface", StringType, false),
            createStructField("kind", StringType, false),
            createStructField("geonameid", LongType, true), // null: unresolved
            createStructField("place_name", StringType, true),
            createStructField("country_code", StringType, true),
            createStructField("confidence", DoubleType, false),
            createStructField("lat", DoubleType, true),
            createStructField("lon", DoubleType, true),
            createStructField("geometry", BinaryType, true)));

    /** One report of an event: one row per event and source sentence. */
    static final StructType EVENT = createStructType(List.of(
            createStructField("event_id", StringType, false),
            createStructField("event_type", StringType, false), // the label, as exported
            createStructField("subtype", StringType, true),
            createStructField("event_date", DateType, true),
            createStructField("time_precision", IntegerType, false), // ACLED: 1 day, 2 week, 3 month
            createStructField("geo_precision", IntegerType, false), // ACLED: 1 town, 2 near/part, 3 region/country
            createStructField("place_geonameid", LongType, false),
            createStructField("place_name", StringType, false),
            createStructField("country_code", StringType, false),
            createStructField("admin1_name", StringType, true),
            createStructField("lat", DoubleType, false),
            createStructField("lon", DoubleType, false),
            createStructField("actors", createArrayType(StringType, false), false),
            createStructField("fatalities", IntegerType, true),
            createStructField("confidence", DoubleType, false),
            createStructField("sentence_start", IntegerType, false), // in the article's source document
            createStructField("sentence_end", IntegerType, false),
            createStructField("sentence", StringType, false),
            createStructField("geometry", BinaryType, false)));

    /** A candidate with its analysis (empty arrays for a reject). */
    static final StructType ANALYSED = with(
            CANDIDATE,
            createStructField("mentions", createArrayType(MENTION, false), false),
            createStructField("events", createArrayType(EVENT, false), false));

    private static StructType with(StructType base, StructField... more) {
        List<StructField> fields = new ArrayList<>(List.of(base.fields()));
        fields.addAll(List.of(more));
        return createStructType(fields);
    }
}
