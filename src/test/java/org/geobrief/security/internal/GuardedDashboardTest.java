package org.geobrief.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.Flyway;
import org.geobrief.map.ui.DashboardData;
import org.geobrief.security.AuditLog;
import org.geobrief.security.Role;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class GuardedDashboardTest {

    AuditLog audit;
    DashboardData facade = mock(DashboardData.class);
    DashboardData guarded;

    @BeforeEach
    void setUp() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:audit" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(ds).load().migrate();
        audit = new AuditLog(ds);
        @SuppressWarnings("unchecked")
        ObjectProvider<AuditLog> provider = mock(ObjectProvider.class);
        when(provider.getObject()).thenReturn(audit);
        guarded = (DashboardData) new GuardedDashboard(provider, true).postProcessAfterInitialization(facade, "data");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static void signIn(String name, Role role) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        name, null, SecurityConfiguration.authorities(role)));
    }

    @Test
    void a_viewer_cannot_import_and_nothing_is_imported_or_logged() {
        signIn("vera", Role.VIEWER);
        assertThatThrownBy(() -> guarded.importText("Troops in Almaty."))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only an analyst may import articles.");
        verify(facade, never()).importText(anyString());
        assertThat(audit.recent(10)).isEmpty();
    }

    @Test
    void an_analysts_import_is_logged_with_who_and_what() throws Exception {
        signIn("ana", Role.ANALYST);
        when(facade.importText(anyString())).thenReturn(new GuardedDashboard.Refused("Imported 1 article."));
        DashboardData.ImportJob job = guarded.importText("Troops in Almaty.");
        for (int i = 0; i < 100 && !job.isDone(); i++) Thread.sleep(50);
        assertThat(job.message()).isEqualTo("Imported 1 article.");
        assertThat(audit.recent(10)).singleElement().satisfies(e -> {
            assertThat(e.user()).isEqualTo("ana");
            assertThat(e.action()).isEqualTo("import");
            assertThat(e.detail()).isEqualTo("pasted text, 17 characters");
        });
    }

    @Test
    void an_import_past_a_users_queue_bound_is_refused_while_another_user_still_imports() throws Exception {
        AtomicBoolean release = new AtomicBoolean();
        DashboardData.ImportJob running = mock(DashboardData.ImportJob.class);
        when(running.isDone()).thenAnswer(i -> release.get());
        when(facade.importText(anyString())).thenReturn(running);
        signIn("ana", Role.ANALYST);
        for (int i = 0; i < GuardedDashboard.MAX_QUEUED; i++) {
            assertThat(guarded.importText("text " + i).failed()).isFalse();
        }
        DashboardData.ImportJob fourth = guarded.importText("one too many");
        assertThat(fourth.failed()).isTrue();
        assertThat(fourth.message())
                .isEqualTo("You have " + GuardedDashboard.MAX_QUEUED + " imports waiting or running; wait until one"
                        + " ends.");
        // "Recent imports" tells the refusal too, as it tells the importer's own
        verify(facade).logRefusedImport("Pasted text", fourth.message());
        DashboardData.ImportJob file = guarded.importFile("brief.pdf", new byte[] {1, 2});
        verify(facade).logRefusedImport("brief.pdf", file.message());

        signIn("bob", Role.ANALYST);
        DashboardData.ImportJob other = guarded.importText("bob's text");
        for (int i = 0;
                i < 100 && audit.recent(10).stream().noneMatch(e -> e.user().equals("bob"));
                i++) {
            Thread.sleep(50);
        }
        assertThat(audit.recent(10)).anyMatch(e -> e.user().equals("bob")); // started beside ana's queue
        assertThat(other.failed()).isFalse();
        release.set(true);
    }

    @Test
    void a_viewer_may_not_change_anything_in_the_library_and_the_views_are_told_so() {
        signIn("vera", Role.VIEWER);
        assertThat(guarded.mayChange()).isFalse();
        assertThatThrownBy(() -> guarded.delete("a1")).hasMessage("Only an analyst may delete an article.");
        assertThatThrownBy(() -> guarded.changePublished("a1", java.time.LocalDate.of(2024, 3, 6)))
                .hasMessage("Only an analyst may change a publication date.");
        assertThatThrownBy(() -> guarded.reanalyse("a1")).hasMessage("Only an analyst may analyse an article again.");
        verify(facade, never()).delete(anyString());
        verify(facade, never()).reanalyse(anyString());
        assertThat(audit.recent(10)).isEmpty();
    }

    @Test
    void an_analysts_change_of_date_is_logged() {
        signIn("ana", Role.ANALYST);
        when(facade.changePublished("a1", java.time.LocalDate.of(2024, 3, 6))).thenReturn(true);
        assertThat(guarded.mayChange()).isTrue();
        assertThat(guarded.changePublished("a1", java.time.LocalDate.of(2024, 3, 6)))
                .isTrue();
        assertThat(audit.recent(10)).singleElement().satisfies(e -> {
            assertThat(e.user()).isEqualTo("ana");
            assertThat(e.action()).isEqualTo("changePublished");
            assertThat(e.detail()).isEqualTo("a1, 2024-03-06");
        });
    }

    @Test
    void an_analysts_change_of_outlet_is_logged_and_a_viewers_refused() {
        signIn("vera", Role.VIEWER);
        assertThatThrownBy(() -> guarded.changeOutlet("a1", "Reuters"))
                .hasMessage("Only an analyst may change an article's outlet.");
        verify(facade, never()).changeOutlet(anyString(), anyString());

        signIn("ana", Role.ANALYST);
        when(facade.changeOutlet("a1", "Reuters")).thenReturn(true);
        assertThat(guarded.changeOutlet("a1", "Reuters")).isTrue();
        assertThat(audit.recent(10)).singleElement().satisfies(e -> {
            assertThat(e.user()).isEqualTo("ana");
            assertThat(e.action()).isEqualTo("changeOutlet");
            assertThat(e.detail()).isEqualTo("a1, Reuters");
        });
    }

    @Test
    void a_queued_import_passes_on_the_running_imports_progress_and_outcome() throws Exception {
        AtomicBoolean release = new AtomicBoolean();
        java.util.List<Runnable> onRunning = new java.util.concurrent.CopyOnWriteArrayList<>();
        DashboardData.ImportJob running = mock(DashboardData.ImportJob.class);
        when(running.isDone()).thenAnswer(i -> release.get());
        org.mockito.Mockito.doAnswer(i -> onRunning.add(i.getArgument(0)))
                .when(running)
                .onChange(org.mockito.ArgumentMatchers.any());
        org.geobrief.map.ui.ImportOutcome outcome =
                new org.geobrief.map.ui.ImportOutcome(1, java.util.Set.of("e1"), java.util.Set.of(1526395L), 0);
        when(running.outcome()).thenReturn(java.util.Optional.of(outcome));
        when(facade.importText(anyString())).thenReturn(running);
        signIn("ana", Role.ANALYST);
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        DashboardData.ImportJob job = guarded.importText("Troops in Almaty.");
        job.onChange(calls::incrementAndGet);
        for (int i = 0; i < 200 && onRunning.isEmpty(); i++) Thread.sleep(50);
        assertThat(onRunning).isNotEmpty(); // the dialog's listener follows the running import
        onRunning.forEach(Runnable::run);
        assertThat(calls.get()).isGreaterThanOrEqualTo(1);
        assertThat(job.outcome()).contains(outcome);
        release.set(true);
    }
}
