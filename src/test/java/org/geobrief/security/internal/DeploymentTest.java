package org.geobrief.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DeploymentTest {

    @Test
    void the_default_on_loopback_needs_no_sign_in_and_starts() {
        MockEnvironment env = new MockEnvironment().withProperty("server.address", "127.0.0.1");
        assertThat(Deployment.of(env).loginRequired()).isFalse();
        assertThat(Deployment.refusal(env)).isNull();
    }

    @Test
    void configured_users_make_even_loopback_sign_in() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("server.address", "127.0.0.1")
                .withProperty("geobrief.users[0].name", "ana");
        assertThat(Deployment.of(env).loginRequired()).isTrue();
    }

    @Test
    void another_address_without_users_is_refused() {
        MockEnvironment env = new MockEnvironment().withProperty("server.address", "0.0.0.0");
        assertThat(Deployment.refusal(env))
                .contains("shared server (listening on 0.0.0.0")
                .contains("no user");
    }

    @Test
    void no_address_means_every_interface_and_is_refused_without_users() {
        assertThat(Deployment.refusal(new MockEnvironment())).contains("all interfaces");
    }

    @Test
    void the_postgres_profile_needs_users_and_a_password_of_its_own() {
        MockEnvironment env = new MockEnvironment().withProperty("server.address", "127.0.0.1");
        env.setActiveProfiles("postgres");
        assertThat(Deployment.refusal(env)).contains("no user");
        env.withProperty("geobrief.users[0].name", "ana").withProperty("spring.datasource.password", "geobrief");
        assertThat(Deployment.refusal(env)).contains("GEOBRIEF_DB_PASSWORD");
        env.withProperty("spring.datasource.password", "s3cret-enough");
        assertThat(Deployment.refusal(env)).isNull();
    }
}
