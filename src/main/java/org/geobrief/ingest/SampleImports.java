package org.geobrief.ingest;

import java.util.List;

/** The sample documents imported into an empty database when GeoBrief first starts. */
public interface SampleImports {

    /** The sample imports this run started, running or done; none when the database already held articles. */
    List<ImportJob> jobs();
}
