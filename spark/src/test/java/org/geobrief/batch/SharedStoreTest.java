package org.geobrief.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharedStoreTest {

    @Test
    void an_embedded_h2_file_is_never_compacted_on_close() {
        assertThat(SharedStore.url("jdbc:h2:file:/data/geobrief"))
                .isEqualTo("jdbc:h2:file:/data/geobrief;MAX_COMPACT_TIME=0");
        assertThat(SharedStore.url("jdbc:h2:/data/geobrief;AUTO_SERVER=TRUE"))
                .isEqualTo("jdbc:h2:/data/geobrief;AUTO_SERVER=TRUE;MAX_COMPACT_TIME=0");
    }

    @Test
    void a_url_that_says_its_compaction_and_other_databases_are_left_alone() {
        assertThat(SharedStore.url("jdbc:h2:file:/d/g;max_compact_time=200"))
                .isEqualTo("jdbc:h2:file:/d/g;max_compact_time=200");
        assertThat(SharedStore.url("jdbc:h2:mem:x")).isEqualTo("jdbc:h2:mem:x");
        assertThat(SharedStore.url("jdbc:h2:tcp://db/geobrief")).isEqualTo("jdbc:h2:tcp://db/geobrief");
        assertThat(SharedStore.url("jdbc:postgresql://db:5432/geobrief"))
                .isEqualTo("jdbc:postgresql://db:5432/geobrief");
    }
}
