package org.geobrief.batch;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.schema.MessageType;

/**
 * Makes Spark's Parquet files GeoParquet (1.1.0): the {@code geo} key of the file metadata names the WKB point
 * column. Spark's writer has no hook for file metadata, so each written part file is copied once, its row groups
 * appended unchanged (no decoding), with the footer gaining that key.
 */
final class GeoParquet {

    /** The {@code geo} metadata of a file whose column {@code column} holds WKB points in lon/lat (OGC:CRS84). */
    static String metadata(String column) {
        return "{\"version\":\"1.1.0\",\"primary_column\":\"" + column + "\",\"columns\":{\"" + column
                + "\":{\"encoding\":\"WKB\",\"geometry_types\":[\"Point\"]}}}";
    }

    private GeoParquet() {}

    /** Adds the {@code geo} metadata to every {@code part-*.parquet} file of {@code folder}; returns how many. */
    static int addMetadata(Configuration conf, String folder, String column) throws IOException {
        Path dir = new Path(folder);
        FileSystem fs = dir.getFileSystem(conf);
        int n = 0;
        for (FileStatus f : fs.listStatus(
                dir, p -> p.getName().startsWith("part-") && p.getName().endsWith(".parquet"))) {
            Path part = f.getPath();
            HadoopInputFile in = HadoopInputFile.fromPath(part, conf);
            ParquetMetadata footer;
            try (ParquetFileReader reader = ParquetFileReader.open(in)) {
                footer = reader.getFooter();
            }
            MessageType schema = footer.getFileMetaData().getSchema();
            Map<String, String> kv = new HashMap<>(footer.getFileMetaData().getKeyValueMetaData());
            kv.put("geo", metadata(column));
            Path tmp = new Path(part.getParent(), "." + part.getName() + ".geo");
            ParquetFileWriter w = new ParquetFileWriter(
                    HadoopOutputFile.fromPath(tmp, conf),
                    schema,
                    ParquetFileWriter.Mode.OVERWRITE,
                    ParquetWriter.DEFAULT_BLOCK_SIZE,
                    ParquetWriter.MAX_PADDING_SIZE_DEFAULT);
            w.start();
            w.appendFile(in);
            w.end(kv);
            fs.delete(part, false);
            if (!fs.rename(tmp, part)) {
                throw new IOException("cannot rename " + tmp + " to " + part);
            }
            n++;
        }
        return n;
    }
}
